package vn.gov.haiphong.lgsp.conversion.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.apache.ws.commons.schema.XmlSchemaCollection;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import vn.gov.haiphong.lgsp.catalog.control.SelfContainedWsdl;
import vn.gov.haiphong.lgsp.common.JsonText;

/** Both directions on the demo provider's own contracts: types, order, arrays and faults decided by the schemas. */
class ConversionTest {

    static final String NS = "urn:lgsp:converted:test";

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ConversionTest.class.getResourceAsStream("/demo/contracts/" + name)) {
            return in.readAllBytes();
        }
    }

    static SoapAsRest.Plan civilStatus() throws IOException {
        return SoapAsRest.plan(SelfContainedWsdl.of(resource("ho-tich.wsdl"), Map.of("ho-tich.xsd", resource("ho-tich.xsd"))));
    }

    @Test
    void aSoapRequestElementBecomesTheRestCallTypedByTheOpenApiSchemas() throws IOException {
        Map<String, RestAsSoap.Operation> plan = RestAsSoap.plan(resource("tra-cuu-thua-dat.yaml"));
        assertEquals(java.util.List.of("layThuaDat", "timThuaDat", "dangKyBienDong"), java.util.List.copyOf(plan.keySet()));
        Element request = XmlTrees.parse(("<d:layThuaDat xmlns:d='" + NS + "'><d:soTo>12</d:soTo><d:soThua>345</d:soThua>"
                + "<d:maXa>11 311</d:maXa></d:layThuaDat>").getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        RestAsSoap.RestCall call = RestAsSoap.request(NS, plan.get("layThuaDat"), request);
        assertEquals("GET", call.method());
        assertEquals("/thua-dat/12/345?maXa=11+311", call.pathAndQuery());
        assertEquals(null, call.json());

        Element notANumber = XmlTrees.parse(("<d:layThuaDat xmlns:d='" + NS + "'><d:soTo>mười</d:soTo><d:soThua>1</d:soThua>"
                + "</d:layThuaDat>").getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        assertThrows(ConversionException.class, () -> RestAsSoap.request(NS, plan.get("layThuaDat"), notANumber));
        Element unknown = XmlTrees.parse(("<d:layThuaDat xmlns:d='" + NS + "'><d:khac>1</d:khac></d:layThuaDat>")
                .getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        assertThrows(ConversionException.class, () -> RestAsSoap.request(NS, plan.get("layThuaDat"), unknown));
    }

    @Test
    void aJsonAnswerBecomesTheResponseElementInSchemaOrderWithArraysRepeated() throws Exception {
        Map<String, RestAsSoap.Operation> plan = RestAsSoap.plan(resource("tra-cuu-thua-dat.yaml"));
        String json = "{\"thuaDat\":[{\"diaChi\":\"Hồng Bàng\",\"soTo\":12,\"soThua\":345,\"maXa\":\"11311\",\"dienTich\":132.5},"
                + "{\"soTo\":1,\"soThua\":2,\"maXa\":\"x\"}],\"soGiayTo\":\"031\"}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        RestAsSoap.writeAnswer(w, NS, plan.get("timThuaDat"), json.getBytes(StandardCharsets.UTF_8));
        w.close();
        String xml = out.toString(StandardCharsets.UTF_8);
        assertTrue(xml.matches(".*<tns:timThuaDatResponse xmlns:tns=\"" + NS + "\"><tns:soGiayTo>031</tns:soGiayTo>"
                + "<tns:thuaDat><tns:soTo>12</tns:soTo><tns:soThua>345</tns:soThua><tns:maXa>11311</tns:maXa>"
                + "<tns:dienTich>132.5</tns:dienTich><tns:diaChi>Hồng Bàng</tns:diaChi></tns:thuaDat><tns:thuaDat>.*"), xml);

        byte[] wsdl = RestAsSoap.wsdl(NS, "TraCuuThuaDat", plan, "http://example.org/xroad-endpoint");
        Element types = XmlTrees.child(XmlTrees.parse(wsdl).getDocumentElement(), SoapAsRest.WSDL, "types");
        XmlSchemaCollection schemas = new XmlSchemaCollection();
        schemas.read(XmlTrees.firstElement(types));
        Shape answer = SchemaShapes.ofXsd(schemas.getElementByQName(new QName(NS, "timThuaDatResponse")));
        assertEquals(Shape.Kind.ARRAY, answer.fields().get("thuaDat").shape().kind(), "maxOccurs unbounded");
        assertEquals(Shape.Kind.INTEGER, answer.fields().get("thuaDat").shape().items().fields().get("soTo").shape().kind());
    }

    @Test
    void aJsonBodyBecomesTheSoapRequestAndItsAnswerOrFaultComesBack() throws IOException {
        SoapAsRest.Plan plan = civilStatus();
        assertEquals(false, plan.soap12());
        SoapAsRest.Operation birth = plan.operations().get("traCuuKhaiSinh");
        assertNotNull(birth);
        byte[] envelope = SoapAsRest.envelope(plan, birth, JsonText.parse("{\"soDinhDanh\":\"031\"}"),
                "VN/GOV/H24.101/mot-cua", "VN/GOV/H24.03/ho-tich/tra-cuu-ho-tich", "id-1", null, null);
        String text = new String(envelope, StandardCharsets.UTF_8);
        assertTrue(text.contains("<tns:traCuuKhaiSinh><tns:soDinhDanh>031</tns:soDinhDanh></tns:traCuuKhaiSinh>"), text);
        assertTrue(text.contains("<id:serviceCode>tra-cuu-ho-tich</id:serviceCode>"), text);
        assertThrows(ConversionException.class, () -> SoapAsRest.envelope(plan, birth,
                JsonText.parse("{\"soDinhDanh\":31}"), "a/b/c/d", "a/b/c/d/e", "id", null, null));

        String answer = "<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'><s:Body>"
                + "<ht:traCuuKhaiSinhResponse xmlns:ht='http://hotich.stp.haiphong.gov.vn/v1'><ht:hoTen>Trần Thị Bình</ht:hoTen>"
                + "<ht:ngaySinh>2019-05-14</ht:ngaySinh><ht:noiDangKy>Lê Chân</ht:noiDangKy></ht:traCuuKhaiSinhResponse>"
                + "</s:Body></s:Envelope>";
        SoapAsRest.Answer json = SoapAsRest.answer(plan, birth, answer.getBytes(StandardCharsets.UTF_8));
        JsonObject value = assertInstanceOf(SoapAsRest.Json.class, json).value().asJsonObject();
        assertEquals("Trần Thị Bình", value.getString("hoTen"));

        String fault = "<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'><s:Body><s:Fault>"
                + "<faultcode>s:Client</faultcode><faultstring>Yêu cầu không hợp lệ</faultstring></s:Fault></s:Body></s:Envelope>";
        SoapAsRest.Fault f = assertInstanceOf(SoapAsRest.Fault.class,
                SoapAsRest.answer(plan, birth, fault.getBytes(StandardCharsets.UTF_8)));
        assertEquals("Yêu cầu không hợp lệ", f.text());
        assertTrue(f.client());

        String openApi = new String(SoapAsRest.openApi(plan, "Tra cứu hộ tịch", "v1", "/r1/x"), StandardCharsets.UTF_8);
        JsonObject doc = JsonText.parse(openApi).asJsonObject();
        assertEquals("date", doc.getJsonObject("components").getJsonObject("schemas")
                .getJsonObject("traCuuKhaiSinhResponse").getJsonObject("properties").getJsonObject("ngaySinh")
                .getString("format"));
    }

    @Test
    void aProviderErrorIsASoapFaultWithItsOwnWordsAndACallOutsideTheMappingNamesNoOperation() throws IOException {
        byte[] fault = RestAsSoap.faultEnvelope(false, 400, "{\"loi\":\"Thiếu maXa\"}".getBytes(StandardCharsets.UTF_8));
        SoapAsRest.Fault read = assertInstanceOf(SoapAsRest.Fault.class, SoapAsRest.answer(civilStatus(),
                civilStatus().operations().get("traCuuKhaiSinh"), fault));
        assertTrue(read.client(), "a 4xx is the caller's fault");
        assertTrue(read.text().contains("HTTP 400") && read.text().contains("Thiếu maXa"), read.text());
        assertInstanceOf(SoapAsRest.Fault.class, SoapAsRest.answer(civilStatus(),
                civilStatus().operations().get("traCuuKhaiSinh"), RestAsSoap.faultEnvelope(true, 503, new byte[0])));

        vn.gov.haiphong.lgsp.common.id.ServiceId civil = new vn.gov.haiphong.lgsp.common.id.ServiceId("H24.03", "ho-tich",
                "tra-cuu-ho-tich", "v1");
        ConversionPlan plan = ConversionPlan.of(vn.gov.haiphong.lgsp.conversion.entity.ConversionStyle.SOAP_AS_REST, civil,
                resource("ho-tich.wsdl"), Map.of("ho-tich.xsd", resource("ho-tich.xsd")));
        assertEquals("traCuuKetHon", plan.operationCode("POST", "/traCuuKetHon"));
        assertEquals(null, plan.operationCode("GET", "/traCuuKetHon"));
        assertEquals(null, plan.operationCode("POST", "/traCuuKetHon/1"));
        assertThrows(ConversionException.class, () -> RestAsSoap.plan("openapi: 3.0.3\npaths: {/a: {get: {}}}"
                .getBytes(StandardCharsets.UTF_8)), "no operationId, no SOAP operation");
    }
}
