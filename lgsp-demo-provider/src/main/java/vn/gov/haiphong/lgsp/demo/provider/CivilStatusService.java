package vn.gov.haiphong.lgsp.demo.provider;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.MimeHeaders;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Tra cứu hộ tịch: a legacy SOAP 1.1 service as Sở Tư pháp's system would answer it (made-up data), for
 * the contract {@code ho-tich.wsdl}: {@code traCuuKhaiSinh} and {@code traCuuKetHon}. Answers written by hand on
 * purpose — many provincial SOAP services are — but the request is read by a SOAP parser (SAAJ, plain or
 * MTOM/SwA), never matched as text: the operation is the body's element, as the gateway decided.
 */
@WebServlet("/ho-tich")
public class CivilStatusService extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String NS = "http://hotich.stp.haiphong.gov.vn/v1";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Calls.count();
        Element operation = operation(request);
        String number = operation == null ? null : childText(operation, "soDinhDanh");
        String body;
        int status = 200;
        if (operation == null || number == null) {
            status = 500;
            body = "<soap:Fault><faultcode>soap:Client</faultcode><faultstring>Yêu cầu không hợp lệ</faultstring></soap:Fault>";
        } else if ("traCuuKhaiSinh".equals(operation.getLocalName())) {
            body = "<ht:traCuuKhaiSinhResponse xmlns:ht=\"" + NS + "\"><ht:hoTen>Trần Thị Bình</ht:hoTen>"
                    + "<ht:ngaySinh>2019-05-14</ht:ngaySinh><ht:noiDangKy>UBND phường Lê Chân (số định danh "
                    + escape(number) + ")</ht:noiDangKy></ht:traCuuKhaiSinhResponse>";
        } else {
            body = "<ht:traCuuKetHonResponse xmlns:ht=\"" + NS + "\"><ht:tinhTrang>Chưa đăng ký kết hôn</ht:tinhTrang>"
                    + "</ht:traCuuKetHonResponse>";
        }
        response.setStatus(status);
        response.setContentType("text/xml; charset=UTF-8");
        response.getOutputStream().write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>" + body
                + "</soap:Body></soap:Envelope>").getBytes(StandardCharsets.UTF_8));
    }

    /** The body's element if it is one of this service's operations; null otherwise or when the message is not SOAP. */
    private static Element operation(HttpServletRequest request) throws IOException {
        MimeHeaders headers = new MimeHeaders();
        headers.addHeader("Content-Type", request.getContentType());
        try {
            SOAPMessage message = MessageFactory.newInstance().createMessage(headers, request.getInputStream());
            for (Node n = message.getSOAPBody().getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    return NS.equals(e.getNamespaceURI())
                            && ("traCuuKhaiSinh".equals(e.getLocalName()) || "traCuuKetHon".equals(e.getLocalName())) ? e : null;
                }
            }
            return null;
        } catch (SOAPException e) {
            return null;
        }
    }

    private static String childText(Element parent, String name) {
        NodeList children = parent.getElementsByTagNameNS(NS, name);
        return children.getLength() == 0 ? null : children.item(0).getTextContent().strip();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
