package vn.gov.haiphong.lgsp.national.sim;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.MimeHeaders;
import jakarta.xml.soap.SOAPBody;
import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.soap.SOAPMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The simulated instance's X-Road SOAP interface (message protocol 4.0) for the business-registry lookup
 * {@code traCuuDoanhNghiep}: a SOAP 1.1 envelope whose header names {@code xrd:client} and {@code xrd:service}, a
 * bearer token from {@link TokenEndpoint} in the HTTP {@code Authorization} header, or a TLS client certificate
 * ({@link Callers}). The answer echoes the request's
 * X-Road header blocks and adds {@code xrd:requestHash}; a refusal is a SOAP Fault whose {@code faultcode} is the X-Road
 * code, with HTTP 500 (WS-I BP R1126). Read and written with SAAJ, never as text. Served at the simulator's root
 * ({@code /national-sim/}), where an X-Road security server takes SOAP messages, and at {@code /ws}.
 */
@WebServlet({"", "/ws"})
public class BusinessRegistryService extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String NS = "urn:ndxp-simulator:dang-ky-doanh-nghiep:v1";
    static final String XRD = "http://x-road.eu/xsd/xroad.xsd";
    static final String ID = "http://x-road.eu/xsd/identifiers";
    static final String REPR = "http://x-road.eu/xsd/representation.xsd";

    @Inject
    Callers callers;

    @Inject
    Journal journal;

    @Inject
    SimulatorSettings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readAllBytes();
        String hash = XRoadMessage.requestHash(body);
        SOAPMessage answer;
        String client = null;
        String service = null;
        String xroadId = null;
        String userId = null;
        String represented = null;
        String error = null;
        int status = 200;
        try {
            SOAPMessage message = read(request.getContentType(), body);
            SOAPHeader header = message.getSOAPHeader();
            client = identifier(header, "client");
            service = identifier(header, "service");
            xroadId = XRoadMessage.id(text(header, XRD, "id"));
            userId = text(header, XRD, "userId");
            represented = representedParty(header);
            answer = MessageFactory.newInstance().createMessage();
            copyHeaders(header, answer.getSOAPHeader());
            answer.getSOAPHeader().addChildElement("requestHash", "xrd", XRD)
                    .addAttribute(new QName("algorithmId"), "http://www.w3.org/2001/04/xmlenc#sha512")
                    .addTextNode(hash);
            try {
                callers.verify(request.getHeader("Authorization"), Callers.certificateSubject(request), client);
                answer(message.getSOAPBody(), service, answer.getSOAPBody());
            } catch (Refusal refusal) {
                error = refusal.xroadError();
                status = 500;
                fault(answer.getSOAPBody(), refusal);
            }
        } catch (SOAPException | RuntimeException e) {
            Refusal refusal = e instanceof Refusal r ? r : new Refusal(400, "Server.ServerProxy.InvalidRequest",
                    "Thông điệp SOAP không hợp lệ", "Not a valid X-Road SOAP message");
            error = refusal.xroadError();
            status = 500;
            answer = faultOnly(refusal);
        }
        journal.add(new Journal.Entry(Instant.now(), xroadId, client, represented, userId, service,
                "traCuuDoanhNghiep", status, error, hash, Callers.certificateSubject(request)));
        response.setStatus(status);
        response.setContentType("text/xml; charset=UTF-8");
        try {
            answer.writeTo(response.getOutputStream());
        } catch (SOAPException e) {
            throw new IOException(e);
        }
    }

    private static SOAPMessage read(String contentType, byte[] body) throws SOAPException, IOException {
        MimeHeaders headers = new MimeHeaders();
        headers.addHeader("Content-Type", contentType == null ? "text/xml" : contentType);
        SOAPMessage message = MessageFactory.newInstance().createMessage(headers, new ByteArrayInputStream(body));
        if (message.getSOAPHeader() == null) {
            throw new Refusal(400, "Server.ServerProxy.InvalidRequest", "Thiếu phần đầu X-Road (xrd:client, xrd:service)",
                    "The X-Road header (xrd:client, xrd:service) is missing");
        }
        return message;
    }

    private void answer(SOAPBody request, String service, SOAPBody answer) throws SOAPException {
        String expected = settings.instance() + "/" + NationalCatalog.BUSINESS_REGISTRY.id() + "/"
                + NationalCatalog.BUSINESS_LOOKUP.serviceCode();
        Element operation = firstElement(request);
        if (!expected.equals(service) || operation == null || !NS.equals(operation.getNamespaceURI())
                || !"traCuuDoanhNghiep".equals(operation.getLocalName())) {
            throw Refusal.unknownService(String.valueOf(service));
        }
        Businesses.Enterprise e = Businesses.lookup(childText(operation, "maSoDoanhNghiep"));
        SOAPElement out = answer.addChildElement("traCuuDoanhNghiepResponse", "dn", NS);
        out.addChildElement("maSoDoanhNghiep", "dn", NS).addTextNode(e.code());
        out.addChildElement("tenDoanhNghiep", "dn", NS).addTextNode(e.name());
        out.addChildElement("diaChiTruSo", "dn", NS).addTextNode(e.address());
        out.addChildElement("nguoiDaiDienTheoPhapLuat", "dn", NS).addTextNode(e.representative());
        out.addChildElement("ngayDangKyLanDau", "dn", NS).addTextNode(e.registered());
        out.addChildElement("tinhTrang", "dn", NS).addTextNode(e.status());
    }

    private static void fault(SOAPBody body, Refusal refusal) throws SOAPException {
        SOAPFault fault = body.addFault();
        fault.setFaultCode(refusal.xroadError() == null ? "Server" : refusal.xroadError());
        fault.setFaultString(refusal.vietnamese() + " / " + refusal.english());
    }

    private static SOAPMessage faultOnly(Refusal refusal) {
        try {
            SOAPMessage message = MessageFactory.newInstance().createMessage();
            fault(message.getSOAPBody(), refusal);
            return message;
        } catch (SOAPException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyHeaders(SOAPHeader from, SOAPHeader to) throws SOAPException {
        for (Iterator<?> it = from.getChildElements(); it.hasNext(); ) {
            Object child = it.next();
            if (child instanceof SOAPElement element && (XRD.equals(element.getNamespaceURI())
                    || REPR.equals(element.getNamespaceURI()))) {
                to.addChildElement((SOAPElement) element.cloneNode(true));
            }
        }
    }

    /** {@code xrd:client} or {@code xrd:service} as {@code instance/class/member/subsystem[/service]}. */
    private static String identifier(SOAPHeader header, String name) {
        Element block = child(header, XRD, name);
        if (block == null) {
            throw new Refusal(400, "Server.ServerProxy.InvalidRequest", "Thiếu xrd:" + name, "xrd:" + name + " is missing");
        }
        StringBuilder id = new StringBuilder();
        for (String part : new String[] {"xRoadInstance", "memberClass", "memberCode", "subsystemCode", "serviceCode"}) {
            String value = childText(block, part);
            if (value != null) {
                id.append(id.length() == 0 ? "" : "/").append(value);
            }
        }
        return id.toString();
    }

    /** {@code repr:representedParty} as {@code memberClass/memberCode}, if the message names one. */
    private static String representedParty(SOAPHeader header) {
        Element party = child(header, REPR, "representedParty");
        if (party == null) {
            return null;
        }
        String memberClass = childText(party, "partyClass");
        String code = childText(party, "partyCode");
        return memberClass == null ? code : memberClass + "/" + code;
    }

    static String text(SOAPHeader header, String ns, String name) {
        Element e = child(header, ns, name);
        return e == null ? null : e.getTextContent().trim();
    }

    private static Element child(Node parent, String ns, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName()) && (ns == null || ns.equals(e.getNamespaceURI()))) {
                return e;
            }
        }
        return null;
    }

    private static String childText(Element parent, String name) {
        Element e = child(parent, null, name);
        return e == null ? null : e.getTextContent().trim();
    }

    private static Element firstElement(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }
}
