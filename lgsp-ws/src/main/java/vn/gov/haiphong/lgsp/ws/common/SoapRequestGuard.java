package vn.gov.haiphong.lgsp.ws.common;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.Language;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.error.Messages;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.xml.SafeXml;
import vn.gov.haiphong.lgsp.gateway.control.SoapEnvelope;
import vn.gov.haiphong.lgsp.monitoring.control.DataUseRecorder;
import vn.gov.haiphong.lgsp.ws.security.BasicCredentialExchange;
import vn.gov.haiphong.lgsp.ws.security.SoapAuthenticator;

/**
 * Guards the SOAP services (not the gateway, which streams) before the SOAP stack sees a request:
 * SOAP content type, body size ({@code lgsp.ws.max-request-bytes}), and XML that is well formed,
 * has no DOCTYPE (no external entities, no entity expansion), is not absurdly deep and, for an envelope, has
 * exactly one Body; then an
 * authenticated caller ({@link SoapAuthenticator}). Each refusal is a SOAP Fault in the caller's
 * language, with HTTP 500 as WS-I Basic Profile asks (413 and 415 for what is no SOAP message to read); GET (the WSDL and XSDs, public contracts) passes untouched.
 */
@WebFilter(urlPatterns = "/*")
public class SoapRequestGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final int MAX_DEPTH = SafeXml.MAX_DEPTH;
    private static final XMLInputFactory XML = SafeXml.factory();

    @Inject
    @ConfigProperty(name = "lgsp.ws.max-request-bytes", defaultValue = "1048576")
    int maxRequestBytes;

    @Inject
    SoapAuthenticator authenticator;

    @Inject
    DataUseRecorder recorder;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || SoapGatewayPath.is(request)) {
            chain.doFilter(request, response);
            return;
        }
        Language language = Language.fromAcceptLanguage(request.getHeader("Accept-Language"));
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean soap12 = contentType.startsWith("application/soap+xml");
        if (!soap12 && !contentType.startsWith("text/xml")) {
            refuse(response, false, language, ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    Messages.detail(language, ErrorCode.UNSUPPORTED_MEDIA_TYPE, request.getContentType(),
                            "text/xml (SOAP 1.1)"));
            return;
        }
        long declared = request.getContentLengthLong();
        byte[] body = declared > maxRequestBytes ? null : readAtMost(request.getInputStream(), maxRequestBytes);
        if (body == null) {
            refuse(response, soap12, language, ErrorCode.PAYLOAD_TOO_LARGE,
                    Messages.detail(language, ErrorCode.PAYLOAD_TOO_LARGE, maxRequestBytes));
            return;
        }
        String problem = xmlProblem(body, language);
        if (problem != null) {
            refuse(response, soap12, language, ErrorCode.MALFORMED_REQUEST,
                    Messages.detail(language, ErrorCode.MALFORMED_REQUEST, problem));
            return;
        }
        try {
            Caller caller = authenticator.authenticate(request);
            request.setAttribute(SoapAuthenticator.CALLER, caller);
            SoapDataUse.track(caller, recorder);
        } catch (LgspException refused) {
            ErrorCode code = refused.code();
            if (code.httpStatus() == 401) {
                response.setHeader("WWW-Authenticate", SoapAuthenticator.CHALLENGE);
            } else if (code == ErrorCode.TOO_MANY_FAILED_ATTEMPTS || code == ErrorCode.SERVICE_UNAVAILABLE) {
                response.setHeader("Retry-After", String.valueOf(BasicCredentialExchange.WINDOW_SECONDS));
            }
            refuse(response, soap12, language, code, Messages.detail(language, refused));
            return;
        }
        chain.doFilter(new BufferedRequest(request, body), response);
    }

    /** The body, or {@code null} when it is longer than {@code limit}. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] body = in.readNBytes(limit + 1);
        return body.length > limit ? null : body;
    }

    /** Why the body is not an acceptable SOAP message, in the caller's language; {@code null} when it is. */
    private static String xmlProblem(byte[] body, Language language) {
        try {
            XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                int depth = 0;
                EnvelopeParts parts = new EnvelopeParts();
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        return Messages.text(language, "xml.dtd-forbidden", List.of());
                    }
                    if (event == XMLStreamConstants.START_ELEMENT && ++depth > MAX_DEPTH) {
                        return Messages.text(language, "xml.too-deep", List.of(MAX_DEPTH));
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        parts.element(depth, reader.getNamespaceURI(), reader.getLocalName());
                    }
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
                return parts.problem(language);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return Messages.text(language, "xml.malformed", SafeXml.whereAndWhy(e));
        }
    }

    /**
     * The children of a SOAP 1.1 or 1.2 Envelope: exactly one Body, at most one Header and only before it. A
     * second Body is refused rather than left to the stack, which answered the first and ignored the other —
     * what a caller, a log or a signature checker reads as the request would not be what was processed.
     */
    private static final class EnvelopeParts {

        private static final Set<String> SOAP = Set.of(SoapEnvelope.SOAP11, SoapEnvelope.SOAP12);

        private boolean envelope;
        private int bodies;
        private int headers;
        private boolean headerAfterBody;

        /** @param namespace the element's namespace, {@code null} for none */
        void element(int depth, String namespace, String name) {
            boolean soap = namespace != null && SOAP.contains(namespace);
            if (depth == 1) {
                envelope = soap && "Envelope".equals(name);
            } else if (depth == 2 && envelope && soap) {
                if ("Body".equals(name)) {
                    bodies++;
                } else if ("Header".equals(name)) {
                    headers++;
                    headerAfterBody |= bodies > 0;
                }
            }
        }

        /** {@code null} when the parts are right, or not an envelope at all (the SOAP stack answers that). */
        String problem(Language language) {
            if (!envelope) {
                return null;
            }
            if (bodies != 1) {
                return Messages.text(language, "soap.envelope.bodies", List.of(bodies));
            }
            return headers > 1 || headerAfterBody ? Messages.text(language, "soap.envelope.headers", List.of()) : null;
        }
    }

    /**
     * A refusal as a SOAP Fault with HTTP 500 (WS-I Basic Profile R1126: a client stack reads the fault of a 500;
     * of a 401 it reports only that the call failed); the error's own nature is in the fault's code and detail, and
     * an authentication failure still carries its challenge. What is no SOAP message to read at all — too large,
     * or not SOAP — keeps its HTTP refusal (413, 415), as at the gateway.
     */
    private static void refuse(HttpServletResponse response, boolean soap12, Language language,
                               ErrorCode code, String detail) throws IOException {
        response.setStatus(RawFault.httpStatus(code));
        response.setCharacterEncoding("UTF-8");
        response.setContentType(soap12 ? "application/soap+xml" : "text/xml");
        response.setHeader("Content-Language", language.locale().getLanguage());
        try (Writer out = response.getWriter()) {
            out.write(RawFault.xml(soap12, language.locale().getLanguage(), code, Messages.title(language, code), detail));
        }
    }

    /**
     * The request with its body already read into memory (bounded by the limit above). A content
     * type without charset is read as UTF-8, the XML default (RFC 7303), so answers are UTF-8 too
     * rather than HTTP's historical ISO-8859-1.
     */
    private static final class BufferedRequest extends HttpServletRequestWrapper {

        private final byte[] body;
        private final String contentType;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
            String declared = request.getContentType();
            this.contentType = request.getCharacterEncoding() == null ? declared + "; charset=UTF-8" : declared;
        }

        @Override
        public String getCharacterEncoding() {
            String declared = super.getCharacterEncoding();
            return declared == null ? StandardCharsets.UTF_8.name() : declared;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public String getHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) ? contentType : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Content-Type".equalsIgnoreCase(name)
                    ? Collections.enumeration(List.of(contentType)) : super.getHeaders(name);
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), Charset.forName(getCharacterEncoding())));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
