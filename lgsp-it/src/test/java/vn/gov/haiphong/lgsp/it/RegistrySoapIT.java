package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.request;
import static vn.gov.haiphong.lgsp.it.Http.send;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.handler.MessageContext;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.haiphong.lgsp.client.soap.registry.Agency;
import vn.gov.haiphong.lgsp.client.soap.registry.FindAgencies;
import vn.gov.haiphong.lgsp.client.soap.registry.FindAgenciesResponse;
import vn.gov.haiphong.lgsp.client.soap.registry.FindSystems;
import vn.gov.haiphong.lgsp.client.soap.registry.FindSystemsResponse;
import vn.gov.haiphong.lgsp.client.soap.registry.GetAgency;
import vn.gov.haiphong.lgsp.client.soap.registry.RegistryFault_Exception;
import vn.gov.haiphong.lgsp.client.soap.registry.RegistryPortType;
import vn.gov.haiphong.lgsp.client.soap.registry.RegistryService;

/**
 * RegistryService through a Metro client generated from the WSDL (wsimport), bound to the WSDL the
 * server publishes, calling with a real token; and the SOAP request guard, with raw HTTP (the guard
 * checks content type, size and XML before it authenticates, so these need no token).
 */
@ExtendWith(ArquillianExtension.class)
class RegistrySoapIT {

    private static final String ENDPOINT = "/ws/RegistryService";
    private RegistryPortType registry;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void clientFromThePublishedWsdl() throws Exception {
        registry = new RegistryService(new URL(Http.BASE + ENDPOINT + "?wsdl")).getRegistryPort();
        headers(registry, Map.of());
    }

    /** HTTP headers for every call of this client: the system's bearer token and {@code extra}. */
    static void headers(Object port, Map<String, List<String>> extra) {
        Map<String, List<String>> headers = new HashMap<>(extra);
        headers.put("Authorization", List.of("Bearer " + Tokens.of(Tokens.SYSTEM)));
        ((BindingProvider) port).getRequestContext().put(MessageContext.HTTP_REQUEST_HEADERS, headers);
    }

    @Test
    void getAgencyAnswersFromTheRegistry() throws Exception {
        GetAgency request = new GetAgency();
        request.setCode("H24.08");
        Agency agency = registry.getAgency(request).getAgency();
        assertEquals("Sở Khoa học và Công nghệ", agency.getName());
        assertEquals("H24", agency.getParentCode());
        assertEquals("DEPARTMENT", agency.getKind().value());
        assertEquals("ACTIVE", agency.getStatus().value());
        assertTrue(agency.getCreatedAt().isValid());
    }

    @Test
    void findAgenciesSearchesWithoutDiacriticsAndPages() throws Exception {
        FindAgencies request = new FindAgencies();
        request.setQuery("bach long vi");
        FindAgenciesResponse response = registry.findAgencies(request);
        assertEquals(1, response.getTotalItems());
        assertEquals("11948", response.getAgency().get(0).getAdministrativeUnitCode());
        assertEquals("Ủy ban nhân dân đặc khu Bạch Long Vĩ", response.getAgency().get(0).getName());

        FindAgencies all = new FindAgencies();
        all.setParentCode("H24");
        all.setSize(50);
        all.setPage(2);
        FindAgenciesResponse third = registry.findAgencies(all);
        long total = json(Http.get("/api/v1/agencies?parent=H24")).get("totalItems").asLong();
        assertEquals(total, third.getTotalItems(), "the same answer as REST");
        assertEquals(Math.min(50, total - 100), third.getAgency().size());
    }

    @Test
    void findSystemsListsTheDemoSystems() throws Exception {
        FindSystems request = new FindSystems();
        request.setAgencyCode("H24.10");
        FindSystemsResponse response = registry.findSystems(request);
        assertTrue(response.getSystem().stream().anyMatch(s -> s.getIdentifier().equals("H24.10/his")
                && s.getConnectionStatus().equals("CONNECTED") && s.getBlocker().isEmpty()), "demo system H24.10/his");
    }

    @Test
    void faultsAreTypedAndInTheCallersLanguage() {
        GetAgency malformed = new GetAgency();
        malformed.setCode("h24");
        RegistryFault_Exception vi = assertThrows(RegistryFault_Exception.class, () -> registry.getAgency(malformed));
        assertEquals("invalid-agency-code", vi.getFaultInfo().getCode());
        assertEquals("Mã định danh không hợp lệ", vi.getFaultInfo().getTitle());

        headers(registry, Map.of("Accept-Language", List.of("en")));
        GetAgency unknown = new GetAgency();
        unknown.setCode("H24.99");
        RegistryFault_Exception en = assertThrows(RegistryFault_Exception.class, () -> registry.getAgency(unknown));
        assertEquals("agency-not-found", en.getFaultInfo().getCode());
        assertEquals("No agency has the identifier code \"H24.99\".", en.getMessage());

        FindAgencies tooBig = new FindAgencies();
        tooBig.setSize(1000);
        RegistryFault_Exception invalid = assertThrows(RegistryFault_Exception.class, () -> registry.findAgencies(tooBig));
        assertEquals("validation-failed", invalid.getFaultInfo().getCode());
        assertEquals("size", invalid.getFaultInfo().getFieldError().get(0).getField());
    }

    @Test
    void wsdlAndItsSchemaArePublished() {
        HttpResponse<String> wsdl = send(request(ENDPOINT + "?wsdl"));
        assertEquals(200, wsdl.statusCode());
        assertTrue(wsdl.body().contains("schemaLocation=\"" + Http.BASE + ENDPOINT + "?xsd=registry-v1.xsd\""),
                wsdl.body());
        HttpResponse<String> xsd = send(request(ENDPOINT + "?xsd=registry-v1.xsd"));
        assertEquals(200, xsd.statusCode());
        assertTrue(xsd.body().contains("name=\"registryFault\""));
    }

    @Test
    void malformedXmlIsAClientFault() {
        HttpResponse<String> response = post("text/xml", "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><a></soap:Body>");
        assertFault(response, 500, "<faultcode>soap:Client</faultcode>", "malformed-request");
        assertTrue(response.body().contains("XML sai cú pháp tại dòng 1"), response.body());
    }

    @Test
    void aBodyThatDoesNotMatchTheSchemaIsABilingualClientFault() {
        String wrongElement = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                + "<findAgencies xmlns=\"http://lgsp.haiphong.gov.vn/ws/registry/v1\"><code>H24</code></findAgencies>"
                + "</s:Body></s:Envelope>";
        HttpResponse<String> vi = send(Http.as(Tokens.SYSTEM, ENDPOINT).header("Content-Type", "text/xml; charset=utf-8")
                .POST(BodyPublishers.ofString(wrongElement)));
        assertFault(vi, 500, "Client</faultcode>", "malformed-request");
        assertTrue(vi.body().contains("Yêu cầu sai định dạng"), vi.body());
        HttpResponse<String> en = send(Http.as(Tokens.SYSTEM, ENDPOINT).header("Content-Type", "text/xml; charset=utf-8")
                .header("Accept-Language", "en").POST(BodyPublishers.ofString(wrongElement)));
        assertTrue(en.body().contains("Malformed request"), en.body());
    }

    @Test
    void soap12FaultsUseSender() {
        HttpResponse<String> response = post("application/soap+xml; charset=utf-8", "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body>");
        // the caller's fault is in the code (Sender); the status is 500 for every fault (WS-I Basic Profile R1126)
        assertFault(response, 500, "<env:Value>env:Sender</env:Value>", "malformed-request");
    }

    @Test
    void externalEntitiesAndEntityExpansionAreRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>&x;</soap:Body></soap:Envelope>";
        HttpResponse<String> refused = post("text/xml", xxe);
        assertFault(refused, 500, "soap:Client", "malformed-request");
        assertTrue(!refused.body().contains("root:"), "file contents must never appear");
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><l>&c;</l>";
        assertFault(post("text/xml", laughs), 500, "soap:Client", "malformed-request");
    }

    @Test
    void absurdNestingIsRefused() {
        String deep = "<a>".repeat(1000) + "</a>".repeat(1000);
        HttpResponse<String> response = send(request(ENDPOINT).header("Content-Type", "text/xml")
                .header("Accept-Language", "en").POST(BodyPublishers.ofString(deep)));
        assertFault(response, 500, "soap:Client", "malformed-request");
        assertTrue(response.body().contains("nests deeper than 64 levels"), response.body());
    }

    @Test
    void wrongContentTypeAndOversizedRequestsAreRefused() {
        assertFault(post("application/json", "{\"code\":\"H24\"}"), 415, "soap:Client", "unsupported-media-type");
        String big = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<x>" + "a".repeat(2 * 1024 * 1024) + "</x></soap:Body></soap:Envelope>";
        assertFault(post("text/xml", big), 413, "soap:Client", "payload-too-large");
    }

    private static HttpResponse<String> post(String contentType, String body) {
        return send(request(ENDPOINT).header("Content-Type", contentType).POST(BodyPublishers.ofString(body)));
    }

    private static void assertFault(HttpResponse<String> response, int status, String faultCode, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains(faultCode), response.body());
        assertTrue(response.body().contains("<lgsp:code>" + code + "</lgsp:code>"), response.body());
        assertTrue(!response.body().contains("Exception:"), "no internals: " + response.body());
    }
}
