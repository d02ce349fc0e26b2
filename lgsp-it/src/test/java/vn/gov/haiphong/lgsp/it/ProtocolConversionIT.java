package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.call;
import static vn.gov.haiphong.lgsp.it.Http.expect;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.StringReader;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.stream.StreamSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import vn.gov.haiphong.lgsp.client.soap.LgspSoap;
import vn.gov.haiphong.lgsp.client.soap.XRoadHeaders;
import vn.gov.haiphong.lgsp.it.converted.ApiClient;
import vn.gov.haiphong.lgsp.it.converted.ApiException;
import vn.gov.haiphong.lgsp.it.converted.api.DefaultApi;
import vn.gov.haiphong.lgsp.it.converted.model.TraCuuKetHon;
import vn.gov.haiphong.lgsp.it.converted.model.TraCuuKhaiSinh;
import vn.gov.haiphong.lgsp.it.converted.model.TraCuuKhaiSinhResponse;

/**
 * Protocol conversion end to end, on the demo provider's own services: its REST land-parcel lookup called over SOAP by a
 * Metro client built from the generated WSDL (which CXF's wsdl2java also accepts with validation), and its SOAP
 * civil-status lookup called over REST at the address and with the schema of the generated OpenAPI document (which
 * swagger-parser accepts without a finding), the answer read into a typed record. Provider errors come back as SOAP
 * Faults and problem+json; a body above {@code lgsp.gateway.conversion.max-body-bytes} (64 KiB on the IT server) is
 * refused naming the limit; every call is logged as usual. The REST client openapi-generator makes of the generated
 * OpenAPI document works against it as generated.
 */
@ExtendWith(ArquillianExtension.class)
class ProtocolConversionIT {

    static final String LAND = "H24.06/dat-dai/tra-cuu-thua-dat/v1";
    static final String CIVIL = "H24.03/ho-tich/tra-cuu-ho-tich/v1";
    static final String LAND_NS = "http://lgsp.haiphong.gov.vn/converted/" + LAND;
    static final String CIVIL_CLIENT = "VN/GOV/H24.101/mot-cua";
    static final int LIMIT = 65536;

    /** The generated schema's answer, read strictly: a field the schema does not declare fails the test. */
    record BirthRecord(String hoTen, String ngaySinh, String noiDangKy) {
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void noConversions() {
        for (String service : List.of(LAND, CIVIL)) {
            call(Tokens.OPERATOR, "PUT", "/admin/v1/services/" + service + "/conversion", "{\"style\":\"NONE\"}");
        }
    }

    private static HttpResponse<String> declare(String caller, String service, String style) {
        return call(caller, "PUT", "/admin/v1/services/" + service + "/conversion", "{\"style\":\"" + style + "\"}");
    }

    @Test
    void aConversionIsDeclaredByTheProviderSideForTheProtocolTheServiceDoesNotSpeak() {
        assertEquals(404, send(Http.as(Tokens.SYSTEM, "/api/v1/services/" + LAND + "/converted-contract")).statusCode(),
                "no conversion, no generated contract");
        HttpResponse<String> wrongWay = declare(Tokens.OPERATOR, LAND, "SOAP_AS_REST");
        assertEquals(400, wrongWay.statusCode(), wrongWay.body());
        assertTrue(wrongWay.body().contains("REST"), wrongWay.body());
        assertEquals(403, declare(Tokens.ADMIN_A, LAND, "REST_AS_SOAP").statusCode(), "another agency's service");

        JsonNode declared = json(expect(200, declare(Tokens.OPERATOR, LAND, "REST_AS_SOAP")));
        assertEquals("REST_AS_SOAP", declared.get("style").asText());
        assertTrue(declared.get("mapping").toString().contains("layThuaDat ↔ GET /thua-dat/{soTo}/{soThua}"),
                declared.toString());
        HttpResponse<String> asRest = send(Http.as(Tokens.SYSTEM, "/r1/VN/GOV/H24.06/dat-dai/tra-cuu-thua-dat/thua-dat/12/345"
                + "?maXa=11311").header("X-Road-Client", "VN/GOV/H24.10/his"));
        assertEquals(200, asRest.statusCode(), "its own protocol still passes through: " + asRest.body());
        assertEquals("NONE", json(expect(200, declare(Tokens.OPERATOR, LAND, "NONE"))).get("style").asText());
    }

    @Test
    void aRestServiceIsCalledOverSoapByAMetroClientOfTheGeneratedWsdl() throws Exception {
        expect(200, declare(Tokens.OPERATOR, LAND, "REST_AS_SOAP"));
        HttpResponse<String> served = expect(200, send(Http.as(Tokens.SYSTEM, "/api/v1/services/" + LAND
                + "/converted-contract").setHeader("Accept", "text/xml")));
        Path wsdl = Files.writeString(Files.createDirectories(Path.of("target", "served-contracts"))
                .resolve("tra-cuu-thua-dat-soap.wsdl"), served.body());
        ContractsIT.wsdl2java("tra-cuu-thua-dat-soap", wsdl.toUri().toString());
        // Discoverable as a SOAP service through the X-Road metadata services, with the generated WSDL.
        assertTrue(SoapGatewayIT.listedServices(send(SoapGatewayIT.soap(Tokens.SYSTEM, SoapGatewayIT.envelope(
                "H24.10/his", "H24.06/dat-dai/listMethods", "<xrd:listMethods/>"))).body()).contains("tra-cuu-thua-dat/v1"));
        HttpResponse<String> getWsdl = send(SoapGatewayIT.soap(Tokens.SYSTEM, SoapGatewayIT.envelope("H24.10/his",
                "H24.06/dat-dai/getWsdl", "<xrd:getWsdl><xrd:serviceCode>tra-cuu-thua-dat</xrd:serviceCode></xrd:getWsdl>")));
        assertEquals(200, getWsdl.statusCode(), getWsdl.body());
        assertTrue(getWsdl.body().contains("layThuaDat") && getWsdl.body().contains(LAND_NS), getWsdl.body());

        String xroadId = "conv-" + UUID.randomUUID();
        XRoadHeaders headers = new XRoadHeaders("H24.10/his", "H24.06/dat-dai/tra-cuu-thua-dat").nextId(xroadId);
        Dispatch<Source> port = landPort(wsdl, headers);
        Element parcel = payload(port.invoke(request("layThuaDat", "<d:soTo>12</d:soTo><d:soThua>345</d:soThua>"
                + "<d:maXa>11311</d:maXa>")));
        assertEquals("layThuaDatResponse", parcel.getLocalName());
        assertEquals(LAND_NS, parcel.getNamespaceURI());
        assertEquals("12", text(parcel, "soTo"));
        assertEquals("177.5", text(parcel, "dienTich"), "a JSON number, written as the xs:decimal it is declared");
        assertEquals("Nguyễn Văn An", text(parcel, "chuSuDung"));
        assertEquals(xroadId, headers.echoed().get("id"));
        assertNotNull(headers.echoed().get("requestHash"));
        Map<String, Object> row = Database.row("SELECT protocol, operation, status, request_sha256, response_sha256"
                + " FROM exchange_log WHERE xroad_id = '" + xroadId + "'");
        assertEquals("SOAP", row.get("protocol"));
        assertEquals("layThuaDat", row.get("operation"));
        assertEquals(200, ((Number) row.get("status")).intValue());
        assertNotNull(row.get("request_sha256"));
        assertNotNull(row.get("response_sha256"));

        Element found = payload(port.invoke(request("timThuaDat", "<d:soGiayTo>031190004567</d:soGiayTo>")));
        assertEquals(1, found.getElementsByTagNameNS(LAND_NS, "thuaDat").getLength(), "a JSON array, a repeated element");

        SOAPFaultException fault = assertThrows(SOAPFaultException.class,
                () -> port.invoke(request("layThuaDat", "<d:soTo>12</d:soTo><d:soThua>345</d:soThua>")));
        assertEquals("Client", fault.getFault().getFaultCodeAsQName().getLocalPart(), "the provider's 400: the caller's fault");
        assertTrue(fault.getFault().getFaultString().contains("Thiếu maXa"), fault.getFault().getFaultString());
        assertTrue(fault.getFault().getFaultString().contains("HTTP 400"), fault.getFault().getFaultString());
    }

    @Test
    void aSoapRequestThatDoesNotFitTheSchemaOrTheLimitIsRefusedBeforeTheProvider() {
        expect(200, declare(Tokens.OPERATOR, LAND, "REST_AS_SOAP"));
        HttpResponse<String> notANumber = send(SoapGatewayIT.soap(Tokens.SYSTEM, SoapGatewayIT.envelope("H24.10/his",
                "H24.06/dat-dai/tra-cuu-thua-dat", "<d:layThuaDat xmlns:d=\"" + LAND_NS + "\"><d:soTo>mười hai</d:soTo>"
                        + "<d:soThua>1</d:soThua><d:maXa>1</d:maXa></d:layThuaDat>")));
        assertEquals(400, Http.refusalStatus(notANumber), notANumber.body());
        assertTrue(notANumber.body().contains("Server.ClientProxy.InvalidRequest"), notANumber.body());
        assertTrue(notANumber.body().contains("soTo"), notANumber.body());

        HttpResponse<String> tooLarge = send(SoapGatewayIT.soap(Tokens.SYSTEM, SoapGatewayIT.envelope("H24.10/his",
                "H24.06/dat-dai/tra-cuu-thua-dat", "<d:layThuaDat xmlns:d=\"" + LAND_NS + "\"><d:soTo>1</d:soTo>"
                        + "<d:soThua>1</d:soThua><d:maXa>" + "x".repeat(LIMIT) + "</d:maXa></d:layThuaDat>")));
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertTrue(tooLarge.body().contains(String.valueOf(LIMIT)), "the fault names the limit: " + tooLarge.body());
    }

    @Test
    void aSoapServiceIsCalledOverRestAsItsGeneratedOpenApiDocumentSays() throws Exception {
        expect(200, declare(Tokens.ADMIN_B, CIVIL, "SOAP_AS_REST"));
        String document = expect(200, send(Http.as(Tokens.SYSTEM, "/api/v1/services/" + CIVIL + "/converted-contract")))
                .body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document, null, options);
        assertEquals(List.of(), parsed.getMessages(), "swagger-parser's findings");
        OpenAPI api = parsed.getOpenAPI();
        String server = api.getServers().get(0).getUrl();
        assertEquals("/r1/VN/GOV/H24.03/ho-tich/tra-cuu-ho-tich", server);
        assertEquals(Http.JSON.readTree(document), json(expect(200, send(Http.as(Tokens.SYSTEM,
                "/r1/VN/GOV/H24.03/ho-tich/getOpenAPI?serviceCode=tra-cuu-ho-tich").header("Accept", "application/json")))),
                "getOpenAPI hands out the generated document of a SOAP service published as REST");
        Operation birth = api.getPaths().get("/traCuuKhaiSinh").getPost();
        assertEquals("traCuuKhaiSinh", birth.getOperationId());
        Schema<?> birthDate = (Schema<?>) api.getComponents().getSchemas().get("traCuuKhaiSinhResponse").getProperties()
                .get("ngaySinh");
        assertEquals("date", birthDate.getFormat(), "xs:date, typed in the JSON Schema");

        String xroadId = "conv-" + UUID.randomUUID();
        HttpResponse<String> answer = rest(server + "/traCuuKhaiSinh", "{\"soDinhDanh\":\"031219000777\"}", xroadId);
        assertEquals(200, answer.statusCode(), answer.body());
        BirthRecord record = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(answer.body(), BirthRecord.class);
        assertEquals("Trần Thị Bình", record.hoTen());
        assertEquals("2019-05-14", record.ngaySinh());
        assertTrue(record.noiDangKy().contains("031219000777"));
        assertNotNull(answer.headers().firstValue("X-Road-Request-Hash").orElse(null));
        Map<String, Object> row = Database.row("SELECT protocol, operation, status FROM exchange_log WHERE xroad_id = '"
                + xroadId + "'");
        assertEquals("REST", row.get("protocol"));
        assertEquals("/traCuuKhaiSinh", row.get("operation"));
        assertEquals(200, ((Number) row.get("status")).intValue());

        HttpResponse<String> fault = rest(server + "/traCuuKhaiSinh", "{}", "conv-" + UUID.randomUUID());
        assertEquals(400, fault.statusCode(), fault.body());
        assertTrue(fault.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        JsonNode problem = json(fault);
        assertEquals("Yêu cầu không hợp lệ", problem.get("detail").asText(), "the provider's faultstring");
        assertEquals("soap:Client", problem.get("faultCode").asText());

        HttpResponse<String> refused = rest(server + "/traCuuKetHon", "{\"soDinhDanh\":\"1\"}", "conv-" + UUID.randomUUID());
        assertEquals(403, refused.statusCode(), "the group's right covers traCuuKhaiSinh only: " + refused.body());
        HttpResponse<String> mistyped = rest(server + "/traCuuKhaiSinh", "{\"soDinhDanh\":31}", "conv-" + UUID.randomUUID());
        assertEquals(400, mistyped.statusCode(), mistyped.body());
        assertEquals("Server.ClientProxy.InvalidRequest", mistyped.headers().firstValue("X-Road-Error").orElseThrow());
        HttpResponse<String> tooLarge = rest(server + "/traCuuKhaiSinh", "{\"soDinhDanh\":\"" + "1".repeat(LIMIT) + "\"}",
                "conv-" + UUID.randomUUID());
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertTrue(json(tooLarge).get("detail").asText().contains(String.valueOf(LIMIT)), tooLarge.body());
    }

    /**
     * An integrator's REST client, generated by openapi-generator (java, native) at build time from the checked-in copy
     * of the civil-status service's converted document ({@code src/test/openapi}), calls the SOAP service over REST as
     * generated: typed answers, the service's date as a {@code LocalDate}, refusals and the provider's fault as
     * {@code ApiException}s. The copy must be the document the platform serves; when it is not, the served one is left
     * in {@code target/served-contracts} to be copied over.
     */
    @Test
    void theRestClientGeneratedFromTheConvertedContractCallsTheSoapService() throws Exception {
        expect(200, declare(Tokens.ADMIN_B, CIVIL, "SOAP_AS_REST"));
        JsonNode served = Http.JSON.readTree(expect(200, send(Http.as(Tokens.SYSTEM, "/api/v1/services/" + CIVIL
                + "/converted-contract"))).body());
        Path copy = Path.of(System.getProperty("it.project.root"), "lgsp-it", "src", "test", "openapi",
                "tra-cuu-ho-tich-converted.json");
        if (!served.equals(Http.JSON.readTree(copy.toFile()))) {
            Path fresh = Files.createDirectories(Path.of("target", "served-contracts"))
                    .resolve("tra-cuu-ho-tich-converted.json");
            Http.JSON.writerWithDefaultPrettyPrinter().writeValue(fresh.toFile(), served);
            assertEquals(copy.toString(), fresh.toAbsolutePath().toString(),
                    "the generated client's document differs from the served one: copy the second over the first");
        }

        ApiClient client = new ApiClient();
        client.updateBaseUri(Http.BASE + served.get("servers").get(0).get("url").asText());
        String token = Tokens.of("H24.101/mot-cua");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        DefaultApi api = new DefaultApi(client);
        String xroadId = "gen-" + UUID.randomUUID();
        TraCuuKhaiSinhResponse birth = api.traCuuKhaiSinh(CIVIL_CLIENT,
                new TraCuuKhaiSinh().soDinhDanh("031219000777"), xroadId, "VN-CCCD-031080000123");
        assertEquals("Trần Thị Bình", birth.getHoTen());
        assertEquals(LocalDate.of(2019, 5, 14), birth.getNgaySinh());
        assertTrue(birth.getNoiDangKy().contains("031219000777"), birth.getNoiDangKy());
        Map<String, Object> row = Database.row("SELECT protocol, operation, status, user_id FROM exchange_log"
                + " WHERE xroad_id = '" + xroadId + "'");
        assertEquals("REST", row.get("protocol"));
        assertEquals("/traCuuKhaiSinh", row.get("operation"));
        assertEquals(200, ((Number) row.get("status")).intValue());
        assertEquals("VN-CCCD-031080000123", row.get("user_id"));

        ApiException refused = assertThrows(ApiException.class,
                () -> api.traCuuKetHon(CIVIL_CLIENT, new TraCuuKetHon().soDinhDanh("031219000777"), null, null));
        assertEquals(403, refused.getCode(), "the group's right covers traCuuKhaiSinh only: " + refused.getResponseBody());
        assertEquals(List.of("Server.ServerProxy.AccessDenied"), refused.getResponseHeaders().map().get("x-road-error"));
        ApiException fault = assertThrows(ApiException.class,
                () -> api.traCuuKhaiSinh(CIVIL_CLIENT, new TraCuuKhaiSinh(), null, null));
        assertEquals(400, fault.getCode(), fault.getResponseBody());
        assertEquals("soap:Client", Http.JSON.readTree(fault.getResponseBody()).get("faultCode").asText(),
                "the provider's SOAP fault, as problem+json");
    }

    private static HttpResponse<String> rest(String path, String body, String xroadId) {
        return send(Http.as("H24.101/mot-cua", path).header("Content-Type", "application/json")
                .header("X-Road-Client", CIVIL_CLIENT).header("X-Road-Id", xroadId)
                .POST(BodyPublishers.ofString(body)));
    }

    /** A Metro dispatch client of the generated WSDL's port, through the gateway with the X-Road headers. */
    private static Dispatch<Source> landPort(Path wsdl, XRoadHeaders headers) throws Exception {
        Service service = Service.create(wsdl.toUri().toURL(), new QName(LAND_NS, "TraCuuThuaDat"));
        Dispatch<Source> dispatch = service.createDispatch(new QName(LAND_NS, "TraCuuThuaDatPort"), Source.class,
                Service.Mode.PAYLOAD);
        return new LgspSoap(Http.BASE, () -> "Bearer " + Tokens.of(Tokens.SYSTEM)).throughGateway(dispatch, headers);
    }

    private static Source request(String operation, String content) {
        return new StreamSource(new StringReader("<d:" + operation + " xmlns:d=\"" + LAND_NS + "\">" + content + "</d:"
                + operation + ">"));
    }

    private static Element payload(Source answer) throws Exception {
        DOMResult tree = new DOMResult();
        TransformerFactory.newInstance().newTransformer().transform(answer, tree);
        Object node = tree.getNode();
        return node instanceof org.w3c.dom.Document d ? d.getDocumentElement() : (Element) node;
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(LAND_NS, name).item(0).getTextContent();
    }
}
