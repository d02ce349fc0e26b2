package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.send;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.haiphong.lgsp.client.soap.LgspSoap;
import vn.gov.haiphong.lgsp.client.soap.XRoadHeaders;
import vn.gov.haiphong.lgsp.it.client.hotich.HoTichPort;
import vn.gov.haiphong.lgsp.it.client.hotich.HoTichService;
import vn.gov.haiphong.lgsp.it.client.hotich.TraCuuKhaiSinh;
import vn.gov.haiphong.lgsp.it.client.hotich.TraCuuKhaiSinhResponse;

/**
 * The SOAP gateway end to end: a Metro client generated from the provider's own WSDL calls through
 * {@code /ws/gateway} with the X-Road 4.0 headers the client library ({@code lgsp-client}) sets and gets the provider's answer with the headers echoed
 * and {@code xrd:requestHash}; hostile and wrong messages are X-Road faults and never reach the provider.
 */
@ExtendWith(ArquillianExtension.class)
class SoapGatewayIT {

    static final String XRD = "http://x-road.eu/xsd/xroad.xsd";
    static final String ID = "http://x-road.eu/xsd/identifiers";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aMetroClientReachesTheProviderThroughTheGatewayWithTheXRoadHeaders() throws Exception {
        // The commune one-stop shop may call traCuuKhaiSinh: its group's right in the demo data.
        String xroadId = "soap-" + UUID.randomUUID();
        XRoadHeaders headers = new XRoadHeaders("H24.101/mot-cua", "H24.03/ho-tich/tra-cuu-ho-tich").nextId(xroadId);
        // The provider's own WSDL (as published in the catalog), pointed at the gateway by the client library.
        HoTichPort port = new LgspSoap(Http.BASE, () -> "Bearer " + Tokens.of("H24.101/mot-cua"))
                .throughGateway(new HoTichService().getHoTichPort(), headers);

        TraCuuKhaiSinh ask = new TraCuuKhaiSinh();
        ask.setSoDinhDanh("031219000777");
        TraCuuKhaiSinhResponse answer = port.traCuuKhaiSinh(ask);
        assertEquals("Trần Thị Bình", answer.getHoTen());
        assertTrue(answer.getNoiDangKy().contains("031219000777"));
        assertEquals(xroadId, headers.echoed().get("id"));
        assertEquals("ho-tich", headers.echoed().get("service.subsystemCode"));
        assertEquals(64, Base64.getDecoder().decode(headers.echoed().get("requestHash")).length, "SHA-512");

        Map<String, Object> row = Database.row("SELECT protocol, operation, status, client, service FROM exchange_log"
                + " WHERE xroad_id = '" + xroadId + "'");
        assertEquals("SOAP", row.get("protocol"));
        assertEquals("traCuuKhaiSinh", row.get("operation"));
        assertEquals(200, row.get("status"));
        assertEquals("VN/GOV/H24.101/mot-cua", row.get("client"));
        assertEquals("VN/GOV/H24.03/ho-tich/tra-cuu-ho-tich", row.get("service"));
    }

    @Test
    void anMtomMessagePassesThroughWithItsAttachmentUntouched() {
        String xroadId = "mtom-" + UUID.randomUUID();
        String root = envelope("H24.101/mot-cua", "H24.03/ho-tich/tra-cuu-ho-tich",
                "<ht:traCuuKhaiSinh xmlns:ht=\"http://hotich.stp.haiphong.gov.vn/v1\"><ht:soDinhDanh>031219000888"
                        + "</ht:soDinhDanh></ht:traCuuKhaiSinh>").replaceFirst("<xrd:id>[^<]*</xrd:id>", "<xrd:id>" + xroadId
                + "</xrd:id>");
        byte[] attachment = new byte[300_000];
        new java.util.Random(7).nextBytes(attachment);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String boundary = "uuid:lgsp-test-boundary";
        body.writeBytes(("--" + boundary + "\r\nContent-Type: application/xop+xml; charset=UTF-8; type=\"text/xml\"\r\n"
                + "Content-ID: <root.message@cxf.apache.org>\r\n\r\n" + root + "\r\n--" + boundary
                + "\r\nContent-Type: application/octet-stream\r\nContent-ID: <giay-khai-sinh.pdf>\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(attachment);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] message = body.toByteArray();
        HttpResponse<String> answer = send(Http.request("/ws/gateway")
                .header("Authorization", "Bearer " + Tokens.of("H24.101/mot-cua"))
                .header("Content-Type", "multipart/related; type=\"application/xop+xml\"; boundary=\"" + boundary
                        + "\"; start=\"<root.message@cxf.apache.org>\"; start-info=\"text/xml\"")
                .POST(BodyPublishers.ofByteArray(message)));
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Trần Thị Bình"), answer.body());
        assertTrue(answer.body().contains("requestHash"), answer.body());
        assertEquals((long) message.length, ((Number) Database.row("SELECT request_bytes FROM exchange_log WHERE xroad_id = '"
                + xroadId + "'").get("request_bytes")).longValue(), "the whole message, attachment included, went through");
    }

    @Test
    void hostileOrWrongMessagesAreXRoadFaultsAndNeverReachTheProvider() {
        long before = GatewayIT.providerCalls();
        String body = "<ht:traCuuKetHon xmlns:ht=\"http://hotich.stp.haiphong.gov.vn/v1\"><ht:soDinhDanh>1</ht:soDinhDanh>"
                + "</ht:traCuuKetHon>";
        Map<String, HttpRequest.Builder> refused = new LinkedHashMap<>();
        refused.put("Server.ClientProxy.InvalidRequest DOCTYPE", soap(Tokens.SYSTEM, "<!DOCTYPE e [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]>" + envelope("H24.10/his", "H24.03/ho-tich/tra-cuu-ho-tich", "&x;" + body)));
        refused.put("Server.ClientProxy.InvalidRequest  DOCTYPE", soap(Tokens.SYSTEM, "<!DOCTYPE e [<!ENTITY a \"ha\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>" + envelope("H24.10/his", "H24.03/ho-tich/tra-cuu-ho-tich", body)));
        refused.put("Server.ClientProxy.InvalidRequest nesting", soap(Tokens.SYSTEM, envelope("H24.10/his",
                "H24.03/ho-tich/tra-cuu-ho-tich", "<a>".repeat(1000) + "</a>".repeat(1000))));
        refused.put("Server.ClientProxy.InvalidRequest protocolVersion", soap(Tokens.SYSTEM,
                envelope("H24.10/his", "H24.03/ho-tich/tra-cuu-ho-tich", body).replace(">4.0<", ">3.1<")));
        refused.put("Server.ClientProxy.InvalidClient H24.101", soap(Tokens.SYSTEM,
                envelope("H24.101/mot-cua", "H24.03/ho-tich/tra-cuu-ho-tich", body)));
        refused.put("Server.ServerProxy.UnknownService khong-co", soap(Tokens.SYSTEM,
                envelope("H24.10/his", "H24.03/ho-tich/khong-co", body)));
        // The commune one-stop shop may call traCuuKhaiSinh (its group's right), not traCuuKetHon.
        refused.put("Server.ServerProxy.AccessDenied traCuuKetHon", soap("H24.101/mot-cua",
                envelope("H24.101/mot-cua", "H24.03/ho-tich/tra-cuu-ho-tich", body)));
        refused.put("Server.ClientProxy.InvalidRequest REST", soap(Tokens.SYSTEM,
                envelope("H24.10/his", "H24.06/dat-dai/echo", body)));
        refused.put("Server.ClientProxy.AuthenticationFailed Bearer", soap(null,
                envelope("H24.10/his", "H24.03/ho-tich/tra-cuu-ho-tich", body)));
        refused.put("Server.ClientProxy.InvalidRequest 10485760", soap(Tokens.SYSTEM, envelope("H24.10/his",
                "H24.03/ho-tich/tra-cuu-ho-tich", body + "<!--" + "x".repeat(11 * 1024 * 1024) + "-->")));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, HttpRequest.Builder> attempt : refused.entrySet()) {
            String[] expected = attempt.getKey().split(" +", 2);
            HttpResponse<String> answer = send(attempt.getValue());
            // a fault travels with HTTP 500 (WS-I BP R1126); only a message too large to read keeps its 413
            int status = expected[1].equals("10485760") ? 413 : 500;
            if (!answer.body().contains("<faultcode>" + expected[0] + "</faultcode>") || answer.statusCode() != status
                    || !answer.headers().firstValue("X-Road-Error").orElse("").equals(expected[0])) {
                wrong.add(attempt.getKey() + " → " + answer.statusCode() + " " + answer.body());
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(before, GatewayIT.providerCalls(), "the provider was never called");

        HttpResponse<String> soap12 = send(Http.request("/ws/gateway").header("Authorization", "Bearer "
                + Tokens.of(Tokens.SYSTEM)).header("Content-Type", "application/soap+xml; charset=utf-8")
                .POST(BodyPublishers.ofString(envelope("H24.10/his", "H24.03/ho-tich/khong-co", body)
                        .replace("http://schemas.xmlsoap.org/soap/envelope/", "http://www.w3.org/2003/05/soap-envelope"))));
        assertTrue(soap12.body().contains("xrd:Server.ServerProxy.UnknownService"), soap12.body());
        assertTrue(soap12.body().contains("env:Sender"), soap12.body());
    }

    @Test
    void theXRoadMetadataServicesAreAnsweredByTheGatewayAndLogged() throws Exception {
        long before = GatewayIT.providerCalls();
        // listMethods: the provider's SOAP services (its REST ones are listed at /r1/).
        String listId = "meta-" + UUID.randomUUID();
        HttpResponse<String> list = send(soap("H24.101/mot-cua", envelope("H24.101/mot-cua", "H24.03/ho-tich/listMethods",
                "<xrd:listMethods/>").replaceFirst("<xrd:id>[^<]*</xrd:id>", "<xrd:id>" + listId + "</xrd:id>")));
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains("listMethodsResponse") && list.body().contains("requestHash"), list.body());
        assertTrue(listedServices(list.body()).contains("tra-cuu-ho-tich/v1"), list.body());
        List<String> landServices = listedServices(send(soap(Tokens.SYSTEM, envelope("H24.10/his",
                "H24.06/dat-dai/listMethods", "<xrd:listMethods/>"))).body());
        assertTrue(!landServices.contains("tra-cuu-thua-dat/v1") && !landServices.contains("echo/v1"), "REST: " + landServices);
        // allowedMethods: what the calling system may call — the one-stop shop has a right, the hospital none.
        assertTrue(listedServices(send(soap("H24.101/mot-cua", envelope("H24.101/mot-cua",
                "H24.03/ho-tich/allowedMethods", "<xrd:allowedMethods/>"))).body()).contains("tra-cuu-ho-tich/v1"));
        assertTrue(!listedServices(send(soap(Tokens.SYSTEM, envelope("H24.10/his", "H24.03/ho-tich/allowedMethods",
                "<xrd:allowedMethods/>"))).body()).contains("tra-cuu-ho-tich/v1"));
        // getWsdl: the WSDL as an attachment, the provider's address hidden.
        HttpResponse<String> wsdl = send(soap("H24.101/mot-cua", envelope("H24.101/mot-cua", "H24.03/ho-tich/getWsdl",
                "<xrd:getWsdl><xrd:serviceCode>tra-cuu-ho-tich</xrd:serviceCode><xrd:serviceVersion>v1"
                        + "</xrd:serviceVersion></xrd:getWsdl>")));
        assertEquals(200, wsdl.statusCode(), wsdl.body());
        assertTrue(wsdl.headers().firstValue("Content-Type").orElse("").startsWith("multipart/related"), wsdl.headers().toString());
        assertTrue(wsdl.body().contains("getWsdlResponse") && wsdl.body().contains("traCuuKhaiSinh")
                && wsdl.body().contains("location=\"http://example.org/xroad-endpoint\""), wsdl.body());
        assertTrue(!wsdl.body().contains("https://hotich.stp.haiphong.gov.vn/ws/HoTichService"), "the provider's address never leaves the gateway");
        // Refusals: a REST service's WSDL, a body that is not the service named, another system's name.
        Map<String, HttpRequest.Builder> refused = new LinkedHashMap<>();
        refused.put("Server.ServerProxy.UnknownService", soap(Tokens.SYSTEM, envelope("H24.10/his",
                "H24.06/dat-dai/getWsdl", "<xrd:getWsdl><xrd:serviceCode>tra-cuu-thua-dat</xrd:serviceCode></xrd:getWsdl>")));
        refused.put("Server.ClientProxy.InvalidRequest", soap(Tokens.SYSTEM, envelope("H24.10/his",
                "H24.03/ho-tich/listMethods", "<xrd:allowedMethods/>")));
        refused.put("Server.ClientProxy.InvalidRequest ", soap(Tokens.SYSTEM, envelope("H24.10/his",
                "H24.03/ho-tich/getWsdl", "<xrd:getWsdl/>")));
        refused.put("Server.ClientProxy.InvalidClient", soap(Tokens.SYSTEM, envelope("H24.101/mot-cua",
                "H24.03/ho-tich/listMethods", "<xrd:listMethods/>")));
        for (Map.Entry<String, HttpRequest.Builder> attempt : refused.entrySet()) {
            HttpResponse<String> answer = send(attempt.getValue());
            assertTrue(answer.body().contains("<faultcode>" + attempt.getKey().strip() + "</faultcode>"),
                    attempt.getKey() + " → " + answer.body());
        }
        assertEquals(before, GatewayIT.providerCalls(), "answered by the gateway, never forwarded");
        Map<String, Object> row = Database.row("SELECT status, service, operation, client FROM exchange_log WHERE xroad_id = '"
                + listId + "'");
        assertEquals(200, row.get("status"));
        assertEquals("VN/GOV/H24.03/ho-tich/listMethods", row.get("service"));
        assertEquals("listMethods", row.get("operation"));
        assertEquals("VN/GOV/H24.101/mot-cua", row.get("client"));
    }

    /** {@code serviceCode/serviceVersion} of each {@code xrd:service} in a method list's body. */
    static List<String> listedServices(String answer) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document document = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(
                new java.io.StringReader(answer)));
        org.w3c.dom.Element body = (org.w3c.dom.Element) document.getDocumentElement()
                .getElementsByTagNameNS("http://schemas.xmlsoap.org/soap/envelope/", "Body").item(0);
        org.w3c.dom.NodeList services = body.getElementsByTagNameNS(XRD, "service");
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < services.getLength(); i++) {
            org.w3c.dom.Element service = (org.w3c.dom.Element) services.item(i);
            listed.add(service.getElementsByTagNameNS(ID, "serviceCode").item(0).getTextContent() + "/"
                    + service.getElementsByTagNameNS(ID, "serviceVersion").item(0).getTextContent());
        }
        return listed;
    }

    static HttpRequest.Builder soap(String caller, String envelope) {
        HttpRequest.Builder request = Http.request("/ws/gateway").header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"\"").POST(BodyPublishers.ofString(envelope));
        return caller == null ? request : request.header("Authorization", "Bearer " + Tokens.of(caller));
    }

    /**
     * A SOAP 1.1 envelope with the X-Road 4.0 headers; client {@code agency/system} (of this instance) or
     * {@code instance/class/member/subsystem} (a national peer's member), service {@code agency/system/code}.
     */
    static String envelope(String client, String service, String body) {
        return envelope(client, service, UUID.randomUUID().toString(), body);
    }

    static String envelope(String client, String service, String id, String body) {
        String[] c = client.split("/").length == 4 ? client.split("/") : ("VN/GOV/" + client).split("/");
        String[] s = service.split("/");
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:xrd=\"" + XRD + "\""
                + " xmlns:id=\"" + ID + "\"><soap:Header>"
                + "<xrd:client id:objectType=\"SUBSYSTEM\"><id:xRoadInstance>" + c[0] + "</id:xRoadInstance>"
                + "<id:memberClass>" + c[1] + "</id:memberClass><id:memberCode>" + c[2] + "</id:memberCode>"
                + "<id:subsystemCode>" + c[3] + "</id:subsystemCode></xrd:client>"
                + "<xrd:service id:objectType=\"SERVICE\"><id:xRoadInstance>VN</id:xRoadInstance><id:memberClass>GOV"
                + "</id:memberClass><id:memberCode>" + s[0] + "</id:memberCode><id:subsystemCode>" + s[1]
                + "</id:subsystemCode><id:serviceCode>" + s[2] + "</id:serviceCode></xrd:service>"
                + "<xrd:id>" + id + "</xrd:id><xrd:userId>VN-CCCD-031080000123</xrd:userId>"
                + "<xrd:protocolVersion>4.0</xrd:protocolVersion></soap:Header><soap:Body>" + body
                + "</soap:Body></soap:Envelope>";
    }
}
