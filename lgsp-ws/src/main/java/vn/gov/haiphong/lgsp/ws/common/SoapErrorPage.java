package vn.gov.haiphong.lgsp.ws.common;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.Language;
import vn.gov.haiphong.lgsp.common.error.Messages;

/**
 * The SOAP module's error page (web.xml): whatever the container answers on its own — no such path (a
 * {@code ?wsdl} of a service that has none), a method a servlet does not take, an uncaught failure — is a SOAP 1.1
 * Fault naming the platform's error code in the caller's language, with the container's status, never an HTML
 * page. Client stacks and people reading with curl get the same bilingual text as every other refusal.
 */
@WebServlet(SoapErrorPage.PATH)
public class SoapErrorPage extends HttpServlet {

    static final String PATH = "/error-page";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SoapErrorPage.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer given ? given : HttpServletResponse.SC_NOT_FOUND;
        Language language = Language.fromAcceptLanguage(request.getHeader("Accept-Language"));
        ErrorCode error = switch (code) {
            case HttpServletResponse.SC_NOT_FOUND -> ErrorCode.RESOURCE_NOT_FOUND;
            case HttpServletResponse.SC_METHOD_NOT_ALLOWED -> ErrorCode.METHOD_NOT_ALLOWED;
            default -> code < 500 ? ErrorCode.MALFORMED_REQUEST : ErrorCode.INTERNAL_ERROR;
        };
        String detail;
        if (error == ErrorCode.INTERNAL_ERROR) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Incident " + incident + " at " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            detail = Messages.detail(language, error, incident);
        } else {
            detail = Messages.detail(language, error);
        }
        send(response, code, language, error, detail);
    }

    /** A SOAP 1.1 Fault with {@code lgsp:error} and the given HTTP status, in the caller's language. */
    public static void send(HttpServletResponse response, int status, Language language, ErrorCode error, String detail)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType("text/xml");
        response.setHeader("Content-Language", language.locale().getLanguage());
        try (Writer out = response.getWriter()) {
            out.write(RawFault.xml(false, language.locale().getLanguage(), error, Messages.title(language, error), detail));
        }
    }
}
