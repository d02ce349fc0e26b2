package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.request;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every endpoint × every kind of caller, with real tokens. Endpoints are discovered from the
 * published OpenAPI document and WSDLs: one without an entry in {@link #MATRIX} fails the test.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    static final String ANONYMOUS = "anonymous";
    static final List<String> CALLERS = List.of(ANONYMOUS, Tokens.SYSTEM, Tokens.ADMIN_A, Tokens.ADMIN_B,
            Tokens.OPERATOR, Tokens.AUTHORITY, Tokens.AUDITOR);
    static final List<String> AUTHENTICATED = CALLERS.subList(1, CALLERS.size());
    static final List<String> SOAP_SERVICES = List.of("RegistryService", "CodeListService", "MetaService");
    static final List<String> OVERSIGHT = List.of(Tokens.ADMIN_A, Tokens.ADMIN_B, Tokens.OPERATOR, Tokens.AUTHORITY,
            Tokens.AUDITOR);

    /** A valid request body per SOAP operation. */
    static final Map<String, String> SOAP_SAMPLES = Map.ofEntries(
            Map.entry("getAgency", "<getAgency xmlns=\"http://lgsp.haiphong.gov.vn/ws/registry/v1\"><code>H24</code></getAgency>"),
            Map.entry("findAgencies", "<findAgencies xmlns=\"http://lgsp.haiphong.gov.vn/ws/registry/v1\"><query>y te</query>"
                    + "</findAgencies>"),
            Map.entry("getSystem", "<getSystem xmlns=\"http://lgsp.haiphong.gov.vn/ws/registry/v1\"><agencyCode>H24.10</agencyCode>"
                    + "<systemCode>no-such-system</systemCode></getSystem>"),
            Map.entry("findSystems", "<findSystems xmlns=\"http://lgsp.haiphong.gov.vn/ws/registry/v1\"/>"),
            Map.entry("resolveAgencyCode", "<resolveAgencyCode xmlns=\"http://lgsp.haiphong.gov.vn/ws/registry/v1\"><code>H24</code>"
                    + "</resolveAgencyCode>"),
            Map.entry("listCodeLists", "<listCodeLists xmlns=\"http://lgsp.haiphong.gov.vn/ws/codelist/v1\"/>"),
            Map.entry("getItems", "<getItems xmlns=\"http://lgsp.haiphong.gov.vn/ws/codelist/v1\"><list>dan-toc</list></getItems>"),
            Map.entry("getItem", "<getItem xmlns=\"http://lgsp.haiphong.gov.vn/ws/codelist/v1\"><list>dan-toc</list><code>01</code>"
                    + "</getItem>"),
            Map.entry("getChanges", "<getChanges xmlns=\"http://lgsp.haiphong.gov.vn/ws/codelist/v1\"><list>dan-toc</list>"
                    + "<fromVersion>1</fromVersion><toVersion>1</toVersion></getChanges>"),
            Map.entry("listClients", "<listClients xmlns=\"http://lgsp.haiphong.gov.vn/ws/meta/v1\"/>"),
            Map.entry("listMethods", "<listMethods xmlns=\"http://lgsp.haiphong.gov.vn/ws/meta/v1\"><provider>"
                    + "<agencyCode>H24.06</agencyCode><systemCode>dat-dai</systemCode></provider></listMethods>"),
            Map.entry("allowedMethods", "<allowedMethods xmlns=\"http://lgsp.haiphong.gov.vn/ws/meta/v1\"><provider>"
                    + "<agencyCode>H24.06</agencyCode><systemCode>dat-dai</systemCode></provider></allowedMethods>"),
            Map.entry("getWsdl", "<getWsdl xmlns=\"http://lgsp.haiphong.gov.vn/ws/meta/v1\"><provider>"
                    + "<agencyCode>H24.03</agencyCode><systemCode>ho-tich</systemCode></provider>"
                    + "<serviceCode>tra-cuu-ho-tich</serviceCode></getWsdl>"),
            Map.entry("getOpenAPI", "<getOpenAPI xmlns=\"http://lgsp.haiphong.gov.vn/ws/meta/v1\"><provider>"
                    + "<agencyCode>H24.06</agencyCode><systemCode>dat-dai</systemCode></provider>"
                    + "<serviceCode>tra-cuu-thua-dat</serviceCode></getOpenAPI>"));

    /** Who may call what (DESIGN §2). Everyone else is refused: 401 anonymous, 403 otherwise. */
    static final Map<String, List<String>> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("GET /api/v1/agencies", AUTHENTICATED);
        MATRIX.put("GET /api/v1/agencies/{code}", AUTHENTICATED);
        MATRIX.put("POST /admin/v1/agencies", List.of(Tokens.OPERATOR));
        // Sample {code} is H24.10, admin A's own agency; admin B is refused by the business layer.
        MATRIX.put("PUT /admin/v1/agencies/{code}", List.of(Tokens.OPERATOR, Tokens.ADMIN_A));
        MATRIX.put("GET /admin/v1/audit", List.of(Tokens.ADMIN_A, Tokens.ADMIN_B, Tokens.OPERATOR, Tokens.AUTHORITY,
                Tokens.AUDITOR));
        MATRIX.put("GET /api/v1/agencies/{code}/resolution", AUTHENTICATED);
        // Organisational changes: every officer reaches the business layer, which refuses a step that is someone
        // else's with decision-reserved naming whose it is (AgencyLifecycleIT); the sample {id} names no change: 404.
        // Filing with an empty body names no predecessor of one's own: refused for everyone.
        List<String> officers = List.of(Tokens.ADMIN_A, Tokens.ADMIN_B, Tokens.OPERATOR, Tokens.AUTHORITY);
        MATRIX.put("POST /admin/v1/org-changes", List.of());
        MATRIX.put("GET /admin/v1/org-changes", OVERSIGHT);
        MATRIX.put("GET /admin/v1/org-changes/{id}", OVERSIGHT);
        for (String step : List.of("check", "return", "submit", "approve", "refuse", "withdraw")) {
            MATRIX.put("POST /admin/v1/org-changes/{id}/" + step, officers);
        }
        MATRIX.put("GET /admin/v1/agencies/{code}/next-code", OVERSIGHT);
        MATRIX.put("GET /api/v1/systems", AUTHENTICATED);
        MATRIX.put("GET /api/v1/systems/{agency}/{system}", AUTHENTICATED);
        // An empty body: refused as invalid before the agency is looked at (scoping: SystemConnectionIT).
        MATRIX.put("POST /admin/v1/systems", List.of(Tokens.OPERATOR, Tokens.ADMIN_A, Tokens.ADMIN_B));
        MATRIX.put("POST /admin/v1/systems/{agency}/{system}/security-level", List.of(Tokens.OPERATOR, Tokens.ADMIN_A));
        MATRIX.put("POST /admin/v1/systems/{agency}/{system}/security-level/approve", List.of(Tokens.AUTHORITY));
        MATRIX.put("POST /admin/v1/systems/{agency}/{system}/security-level/refuse", List.of(Tokens.AUTHORITY));
        MATRIX.put("POST /admin/v1/connection-requests", List.of(Tokens.OPERATOR, Tokens.ADMIN_A, Tokens.ADMIN_B));
        MATRIX.put("GET /admin/v1/connection-requests", List.of(Tokens.ADMIN_A, Tokens.ADMIN_B, Tokens.OPERATOR,
                Tokens.AUTHORITY, Tokens.AUDITOR));
        MATRIX.put("GET /admin/v1/connection-requests/{id}", List.of(Tokens.ADMIN_A, Tokens.ADMIN_B, Tokens.OPERATOR,
                Tokens.AUTHORITY, Tokens.AUDITOR));
        MATRIX.put("POST /admin/v1/connection-requests/{id}/check", List.of(Tokens.OPERATOR));
        MATRIX.put("POST /admin/v1/connection-requests/{id}/approve", List.of(Tokens.AUTHORITY));
        MATRIX.put("POST /admin/v1/connection-requests/{id}/refuse", List.of(Tokens.AUTHORITY));
        MATRIX.put("GET /api/v1/code-lists", AUTHENTICATED);
        MATRIX.put("GET /api/v1/code-lists/{list}", AUTHENTICATED);
        MATRIX.put("GET /api/v1/code-lists/{list}/items", AUTHENTICATED);
        MATRIX.put("GET /api/v1/code-lists/{list}/items/{item}", AUTHENTICATED);
        MATRIX.put("GET /api/v1/code-lists/{list}/changes", AUTHENTICATED);
        MATRIX.put("POST /admin/v1/code-lists", List.of(Tokens.OPERATOR));
        // An empty import: refused whole, nothing stored.
        MATRIX.put("PUT /admin/v1/code-lists/{list}/draft", List.of(Tokens.OPERATOR));
        MATRIX.put("POST /admin/v1/code-lists/{list}/versions/{number}/publish", List.of(Tokens.OPERATOR));
        // Drafts: the operator's alone (the sample list has none: 404, nothing discarded).
        MATRIX.put("GET /admin/v1/code-lists/{list}/draft", List.of(Tokens.OPERATOR));
        MATRIX.put("GET /admin/v1/code-lists/{list}/draft/items", List.of(Tokens.OPERATOR));
        MATRIX.put("GET /admin/v1/code-lists/{list}/draft/changes", List.of(Tokens.OPERATOR));
        MATRIX.put("DELETE /admin/v1/code-lists/{list}/draft", List.of(Tokens.OPERATOR));
        MATRIX.put("SOAP RegistryService.getAgency", AUTHENTICATED);
        MATRIX.put("SOAP RegistryService.resolveAgencyCode", AUTHENTICATED);
        MATRIX.put("SOAP RegistryService.getSystem", AUTHENTICATED);
        MATRIX.put("SOAP RegistryService.findSystems", AUTHENTICATED);
        MATRIX.put("SOAP CodeListService.listCodeLists", AUTHENTICATED);
        MATRIX.put("SOAP CodeListService.getItems", AUTHENTICATED);
        MATRIX.put("SOAP CodeListService.getItem", AUTHENTICATED);
        MATRIX.put("SOAP CodeListService.getChanges", AUTHENTICATED);
        MATRIX.put("SOAP RegistryService.findAgencies", AUTHENTICATED);
        // Catalog: sample ids name nothing (404 for the allowed), bodies are empty (400).
        MATRIX.put("GET /api/v1/services", AUTHENTICATED);
        MATRIX.put("GET /api/v1/services/{agency}/{system}/{service}/{version}", AUTHENTICATED);
        MATRIX.put("GET /api/v1/services/{agency}/{system}/{service}/{version}/contract", AUTHENTICATED);
        MATRIX.put("POST /admin/v1/services", List.of(Tokens.OPERATOR, Tokens.ADMIN_A, Tokens.ADMIN_B));
        for (String step : List.of("publish", "disable", "enable", "retire")) {
            // {agency} is H24.10: admin B is refused by the business layer.
            MATRIX.put("POST /admin/v1/services/{agency}/{system}/{service}/{version}/" + step,
                    List.of(Tokens.OPERATOR, Tokens.ADMIN_A));
        }
        // Conversions: the provider's agency admin or the operator, as the service's other settings (sample ids: 404).
        MATRIX.put("PUT /admin/v1/services/{agency}/{system}/{service}/{version}/conversion",
                List.of(Tokens.OPERATOR, Tokens.ADMIN_A));
        // Reading it: every officer, as the service itself (a draft only to those who manage it).
        MATRIX.put("GET /admin/v1/services/{agency}/{system}/{service}/{version}/conversion", OVERSIGHT);
        MATRIX.put("GET /api/v1/services/{agency}/{system}/{service}/{version}/converted-contract", AUTHENTICATED);
        MATRIX.put("GET /admin/v1/access-rights", OVERSIGHT);
        // Rights without a request are the authority's (lgsp.access.operator-decides is false on the test server).
        MATRIX.put("POST /admin/v1/access-rights", List.of(Tokens.AUTHORITY));
        MATRIX.put("POST /admin/v1/access-rights/{id}/revoke", List.of(Tokens.OPERATOR, Tokens.AUTHORITY, Tokens.ADMIN_A,
                Tokens.ADMIN_B));
        MATRIX.put("GET /admin/v1/system-groups", OVERSIGHT);
        MATRIX.put("GET /admin/v1/system-groups/{code}", OVERSIGHT);
        MATRIX.put("POST /admin/v1/system-groups", List.of(Tokens.OPERATOR));
        MATRIX.put("PUT /admin/v1/system-groups/{code}/members/{agency}/{system}", List.of(Tokens.OPERATOR));
        MATRIX.put("DELETE /admin/v1/system-groups/{code}/members/{agency}/{system}", List.of(Tokens.OPERATOR));
        MATRIX.put("POST /admin/v1/access-requests", List.of(Tokens.OPERATOR, Tokens.ADMIN_A, Tokens.ADMIN_B));
        MATRIX.put("GET /admin/v1/access-requests", OVERSIGHT);
        MATRIX.put("GET /admin/v1/access-requests/{id}", OVERSIGHT);
        // Steps of a request: every officer reaches the business layer, which answers a step that is someone else's
        // with decision-reserved naming whose it is (AccessRequestIT); the sample {id} names no request: 404.
        for (String step : List.of("consent", "dissent", "approve", "refuse", "withdraw")) {
            MATRIX.put("POST /admin/v1/access-requests/{id}/" + step, officers);
        }
        // X-Road metadata services, REST and SOAP: any authenticated caller, answered from its point of view.
        MATRIX.put("GET /r1/listClients", AUTHENTICATED);
        for (String meta : List.of("listMethods", "allowedMethods", "getOpenAPI", "getWsdl")) {
            MATRIX.put("GET /r1/{instance}/{memberClass}/{memberCode}/{subsystemCode}/" + meta, AUTHENTICATED);
        }
        for (String meta : List.of("listClients", "listMethods", "allowedMethods", "getWsdl", "getOpenAPI")) {
            MATRIX.put("SOAP MetaService." + meta, AUTHENTICATED);
        }
        // The REST gateway: systems only (the sample sends no X-Road-Client: 400 for the system).
        for (String method : List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE")) {
            MATRIX.put(method + " /r1/{instance}/{memberClass}/{memberCode}/{subsystemCode}/{serviceCode}",
                    List.of(Tokens.SYSTEM));
        }
        // The log's records: everyone with a part in them (each sees only their part: ExchangeSearchIT).
        MATRIX.put("GET /admin/v1/exchanges", AUTHENTICATED);
        // Kept bodies may hold personal data: oversight only (a sample record that does not exist: 404).
        MATRIX.put("GET /admin/v1/exchanges/{node}/{seq}/{side}", List.of(Tokens.OPERATOR, Tokens.AUTHORITY, Tokens.AUDITOR));
        MATRIX.put("GET /admin/v1/exchanges/verify", List.of(Tokens.OPERATOR, Tokens.AUTHORITY, Tokens.AUDITOR));
        // The IT server keeps 60 months: the operator's call drops nothing the other tests wrote.
        MATRIX.put("POST /admin/v1/exchanges/retention", List.of(Tokens.OPERATOR));
        // Maintenance windows and suspensions: the operator's (empty bodies: 400; sample ids: 404).
        String service = "/admin/v1/services/{agency}/{system}/{service}/{version}";
        MATRIX.put("POST " + service + "/maintenance-windows", List.of(Tokens.OPERATOR));
        MATRIX.put("DELETE " + service + "/maintenance-windows/{id}", List.of(Tokens.OPERATOR));
        MATRIX.put("POST " + service + "/suspend", List.of(Tokens.OPERATOR));
        MATRIX.put("POST " + service + "/resume", List.of(Tokens.OPERATOR));
        MATRIX.put("GET /api/v1/services/{agency}/{system}/{service}/{version}/availability", AUTHENTICATED);
        MATRIX.put("POST /admin/v1/systems/{agency}/{system}/suspend", List.of(Tokens.OPERATOR));
        MATRIX.put("POST /admin/v1/systems/{agency}/{system}/resume", List.of(Tokens.OPERATOR));
        // Incidents: the operator runs them, the authority adds notes, oversight and agency admins read (an agency
        // admin only those affecting their agency: IncidentIT). Empty bodies: 400; sample ids name nothing: 404.
        String incident = "/admin/v1/incidents/{id}";
        MATRIX.put("POST /admin/v1/incidents", List.of(Tokens.OPERATOR));
        MATRIX.put("GET /admin/v1/incidents", OVERSIGHT);
        MATRIX.put("GET " + incident, OVERSIGHT);
        MATRIX.put("GET " + incident + "/log", OVERSIGHT);
        MATRIX.put("GET " + incident + "/iodef", OVERSIGHT);
        MATRIX.put("GET " + incident + "/pdf", OVERSIGHT);
        MATRIX.put("POST " + incident + "/steps", List.of(Tokens.OPERATOR));
        MATRIX.put("POST " + incident + "/notes", List.of(Tokens.OPERATOR, Tokens.AUTHORITY));
        MATRIX.put("POST " + incident + "/isolations", List.of(Tokens.OPERATOR));
        MATRIX.put("POST " + incident + "/isolations/{isolation}/lift", List.of(Tokens.OPERATOR));
        MATRIX.put("PUT " + incident + "/eta", List.of(Tokens.OPERATOR));
        MATRIX.put("PUT " + incident + "/report", List.of(Tokens.OPERATOR));
        // National peers: the authority and the operator keep them and grant rights; the auditor reads; everyone
        // authenticated reads a peer's catalog. The sample instance (VN, the city's own) is no peer: 404, or 400.
        String peer = "/admin/v1/peers/{instance}";
        List<String> peerKeepers = List.of(Tokens.OPERATOR, Tokens.AUTHORITY);
        List<String> peerReaders = List.of(Tokens.OPERATOR, Tokens.AUTHORITY, Tokens.AUDITOR);
        MATRIX.put("GET /admin/v1/peers", peerReaders);
        MATRIX.put("GET " + peer, peerReaders);
        MATRIX.put("PUT " + peer, peerKeepers);
        MATRIX.put("DELETE " + peer, peerKeepers);
        MATRIX.put("POST " + peer + "/catalog", peerKeepers);
        MATRIX.put("GET " + peer + "/services", AUTHENTICATED);
        MATRIX.put("GET " + peer + "/rights", peerReaders);
        MATRIX.put("POST " + peer + "/rights", peerKeepers);
        MATRIX.put("DELETE " + peer + "/rights/{id}", peerKeepers);
        // A peer's members' rights to city services: kept like rights to its services; agency admins read theirs.
        MATRIX.put("GET " + peer + "/inbound-rights", OVERSIGHT);
        MATRIX.put("POST " + peer + "/inbound-rights", peerKeepers);
        MATRIX.put("DELETE " + peer + "/inbound-rights/{id}", peerKeepers);
        // Platform and system maintenance windows: the operator plans (empty body: 400) and cancels (sample id: 404).
        MATRIX.put("GET /admin/v1/maintenance-windows", OVERSIGHT);
        MATRIX.put("POST /admin/v1/maintenance-windows", List.of(Tokens.OPERATOR));
        MATRIX.put("DELETE /admin/v1/maintenance-windows/{id}", List.of(Tokens.OPERATOR));
        // The holiday calendar: the city-wide roles keep it (empty body: 400; the sample day is no holiday: 404),
        // oversight and agency admins read it.
        MATRIX.put("GET /admin/v1/holidays", OVERSIGHT);
        MATRIX.put("PUT /admin/v1/holidays/{day}", List.of(Tokens.OPERATOR, Tokens.AUTHORITY));
        MATRIX.put("DELETE /admin/v1/holidays/{day}", List.of(Tokens.OPERATOR, Tokens.AUTHORITY));
        // Notifications: oversight reads all, an agency admin their agency's.
        MATRIX.put("GET /admin/v1/notifications", OVERSIGHT);
        // Monitoring: figures for everyone with a part in them (each sees only its part: StatisticsIT).
        MATRIX.put("GET /admin/v1/statistics", AUTHENTICATED);
        MATRIX.put("GET /admin/v1/statistics/data-use", AUTHENTICATED);
        MATRIX.put("GET /admin/v1/status", AUTHENTICATED);
        // Alerts: oversight and agency admins read (each its agency's); the operator acknowledges (sample id: 404).
        MATRIX.put("GET /admin/v1/alerts", OVERSIGHT);
        MATRIX.put("POST /admin/v1/alerts/{id}/acknowledge", List.of(Tokens.OPERATOR));
        // Probes: the operator declares and removes them (sample service: 404); results for oversight and the
        // provider's agency admin (sample {agency} is admin A's; admin B is refused by the business layer).
        String probe = "/admin/v1/probes/{agency}/{system}/{service}/{version}";
        MATRIX.put("GET /admin/v1/probes", OVERSIGHT);
        MATRIX.put("PUT " + probe, List.of(Tokens.OPERATOR));
        MATRIX.put("DELETE " + probe, List.of(Tokens.OPERATOR));
        MATRIX.put("GET " + probe + "/results", List.of(Tokens.ADMIN_A, Tokens.OPERATOR, Tokens.AUTHORITY, Tokens.AUDITOR));
        // Reports: the authority and the operator generate (empty body: 400), they and the auditor read (sample id: 404);
        // agency admins and systems have no part. Oversight: the same readers. Feedback rounds: the authority opens,
        // agency admins read and answer for their agency, the oversight roles read the rounds and their results.
        List<String> reportReaders = List.of(Tokens.OPERATOR, Tokens.AUTHORITY, Tokens.AUDITOR);
        MATRIX.put("POST /admin/v1/reports", List.of(Tokens.OPERATOR, Tokens.AUTHORITY));
        MATRIX.put("GET /admin/v1/reports", reportReaders);
        MATRIX.put("GET /admin/v1/reports/{id}", reportReaders);
        MATRIX.put("GET /admin/v1/reports/{id}/download", reportReaders);
        MATRIX.put("GET /admin/v1/oversight", reportReaders);
        MATRIX.put("POST /admin/v1/feedback-rounds", List.of(Tokens.AUTHORITY));
        MATRIX.put("GET /admin/v1/feedback-rounds", OVERSIGHT);
        MATRIX.put("GET /admin/v1/feedback-rounds/{id}", OVERSIGHT);
        MATRIX.put("POST /admin/v1/feedback-rounds/{id}/answers", List.of(Tokens.ADMIN_A, Tokens.ADMIN_B));
        MATRIX.put("GET /admin/v1/feedback-rounds/{id}/results", reportReaders);
        // Backups: the operator takes them (the walk's purpose is too long: 400, nothing runs), the operator and the
        // auditor read them (sample id: 404); agency admins, the authority and systems are refused.
        MATRIX.put("POST /admin/v1/backups", List.of(Tokens.OPERATOR));
        MATRIX.put("GET /admin/v1/backups", List.of(Tokens.OPERATOR, Tokens.AUDITOR));
        MATRIX.put("GET /admin/v1/backups/{id}", List.of(Tokens.OPERATOR, Tokens.AUDITOR));
        MATRIX.put("GET /admin/v1/backups/{id}/files/{file}", List.of(Tokens.OPERATOR, Tokens.AUDITOR));
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void everyPublishedEndpointHasAnEntry() {
        Set<String> discovered = discover();
        assertTrue(discovered.size() >= 71, discovered.toString());
        assertEquals(new TreeSet<>(MATRIX.keySet()), discovered, "the matrix and the published endpoints differ");
    }

    @Test
    void everyCallerGetsExactlyWhatTheMatrixSays() {
        long agencies = Database.agencyCount();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> endpoint : MATRIX.entrySet()) {
            for (String caller : CALLERS) {
                HttpResponse<String> response = call(endpoint.getKey(), caller);
                boolean allowed = endpoint.getValue().contains(caller);
                int status = Http.refusalStatus(response);
                // Allowed: answered, or refused for what was asked (a SOAP fault about the request is HTTP 500).
                boolean answered = status < 500 || response.body().contains("Fault xmlns=\"http://lgsp.haiphong.gov.vn/ws/");
                boolean ok = allowed ? status != 401 && status != 403 && answered
                        : status == (caller.equals(ANONYMOUS) ? 401 : 403);
                if (!ok) {
                    wrong.add(endpoint.getKey() + " as " + caller + ": " + status + " " + response.body());
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(agencies, Database.agencyCount(), "the matrix walk creates nothing");
    }

    private static Set<String> discover() {
        Set<String> endpoints = new TreeSet<>();
        JsonNode paths = json(send(request("/openapi?format=JSON").header("Accept", "application/json"))).get("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> endpoints.add(method.toUpperCase() + " " + path.getKey())));
        for (String service : SOAP_SERVICES) {
            String wsdl = send(request("/ws/" + service + "?wsdl")).body();
            String portType = wsdl.substring(wsdl.indexOf("portType"), wsdl.lastIndexOf("portType"));
            Matcher operation = Pattern.compile("operation name=\"(\\w+)\"").matcher(portType);
            while (operation.find()) {
                endpoints.add("SOAP " + service + "." + operation.group(1));
            }
        }
        return endpoints;
    }

    /**
     * An attacker with a valid low-privilege token (a system's) and a forged, unsigned one claiming every
     * oversight role: whichever way the two travel together, and the forged one alone, every endpoint refuses
     * with 401 — the container verified one token and the application must never read another.
     */
    @Test
    void forgedTokensBesideValidOnesAreRefusedEverywhere() {
        long agencies = Database.agencyCount();
        long audit = Database.count("admin_audit");
        String forged = "Bearer " + Tokens.forged();
        String valid = "Bearer " + Tokens.of(Tokens.SYSTEM);
        Map<String, Function<String, HttpRequest.Builder>> forgeries = new LinkedHashMap<>();
        forgeries.put("forged alone", path -> request(path).header("Accept", "application/json")
                .header("Authorization", forged));
        forgeries.put("forged header, then valid header", path -> request(path).header("Accept", "application/json")
                .header("Authorization", forged + " x").header("Authorization", valid));
        forgeries.put("valid header, then forged header", path -> request(path).header("Accept", "application/json")
                .header("Authorization", valid).header("Authorization", forged));
        forgeries.put("forged header, valid ?access_token=", path -> request(path + (path.contains("?") ? "&" : "?")
                + "access_token=" + Tokens.of(Tokens.SYSTEM)).header("Accept", "application/json")
                .header("Authorization", forged));
        forgeries.put("valid ?access_token= alone", path -> request(path + (path.contains("?") ? "&" : "?")
                + "access_token=" + Tokens.of(Tokens.OPERATOR)).header("Accept", "application/json"));
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (String endpoint : MATRIX.keySet()) {
            for (Map.Entry<String, Function<String, HttpRequest.Builder>> forgery : forgeries.entrySet()) {
                HttpResponse<String> response = call(endpoint, forgery.getValue());
                cases++;
                if (Http.refusalStatus(response) != 401 || response.body().contains("\"attacker\"")) {
                    wrong.add(endpoint + " with " + forgery.getKey() + ": " + response.statusCode() + " " + response.body());
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(cases >= 350, "cases: " + cases);
        assertEquals(agencies, Database.agencyCount(), "nothing was created");
        assertEquals(audit, Database.count("admin_audit"), "nothing was changed, nobody audited");
    }

    private static HttpResponse<String> call(String endpoint, String caller) {
        String who = caller.equals(ANONYMOUS) ? null : caller;
        return call(endpoint, path -> Http.as(who, path));
    }

    private static HttpResponse<String> call(String endpoint, Function<String, HttpRequest.Builder> as) {
        if (endpoint.startsWith("SOAP ")) {
            String[] serviceOperation = endpoint.substring(5).split("\\.");
            String body = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                    + SOAP_SAMPLES.get(serviceOperation[1]) + "</s:Body></s:Envelope>";
            return send(as.apply("/ws/" + serviceOperation[0]).header("Content-Type", "text/xml; charset=utf-8")
                    .POST(BodyPublishers.ofString(body)));
        }
        String[] methodPath = endpoint.split(" ", 2);
        String path = methodPath[1].replace("{code}", "H24.10").replace("{id}", "999999")
                .replace("{agency}", "H24.10").replace("{system}", "no-such-system")
                .replace("{list}", "dan-toc").replace("{item}", "01").replace("{number}", "999")
                .replace("{service}", "khong-co").replace("{version}", "v1").replace("{instance}", "VN")
                .replace("{memberClass}", "GOV").replace("{memberCode}", "H24.06").replace("{subsystemCode}", "dat-dai")
                .replace("{serviceCode}", "echo").replace("{path}", "/mau/1")
                .replace("{isolation}", "1").replace("{node}", "no-such-node").replace("{seq}", "1").replace("{side}", "request-body")
                .replace("{day}", "2099-12-31")
                .replace("{file}", "manifest.json")
                + (methodPath[1].equals("/api/v1/code-lists/{list}/changes") ? "?from=1&to=1" : "");
        HttpRequest.Builder request = as.apply(path);
        if (path.endsWith("-body")) {
            request.setHeader("Accept", "application/octet-stream"); // the kept bodies are bytes, not JSON
        } else if (path.endsWith("/iodef")) {
            request.setHeader("Accept", "application/xml");
        } else if (path.endsWith("/pdf")) {
            request.setHeader("Accept", "application/pdf");
        }
        return send(switch (methodPath[0]) {
            case "GET" -> request.GET();
            case "PUT" -> path.contains("/members/") || path.startsWith("/r1/") ? request.PUT(BodyPublishers.ofString("{}"))
                    : path.startsWith("/admin/v1/incidents/") || path.startsWith("/admin/v1/probes/")
                    || path.startsWith("/admin/v1/peers/")
                    || path.startsWith("/admin/v1/holidays/") || path.endsWith("/conversion")
                    ? request.header("Content-Type", "application/json").PUT(BodyPublishers.ofString("{}"))
                    : path.contains("/code-lists/")
                    ? request.header("Content-Type", "text/csv").PUT(BodyPublishers.ofString("code,name\n"))
                    : request.header("Content-Type", "application/json").PUT(BodyPublishers.ofString(currentOf(path)));
            case "POST" -> request.header("Content-Type", "application/json").POST(BodyPublishers.ofString(
                    path.endsWith("/refuse") ? "{\"reason\":\"matrix\"}"
                    : path.equals("/admin/v1/backups") ? "{\"purpose\":\"" + "x".repeat(501) + "\"}" : "{}"));
            case "DELETE" -> request.DELETE();
            default -> request.method(methodPath[0], BodyPublishers.noBody());
        });
    }

    /** The agency's current details as an update body: an allowed update changes nothing. */
    private static String currentOf(String adminPath) {
        JsonNode agency = json(Http.get(adminPath.replace("/admin/v1/", "/api/v1/")));
        return "{\"code\":\"" + agency.get("code").asText() + "\",\"name\":\"" + agency.get("name").asText()
                + "\",\"shortName\":\"" + agency.get("shortName").asText() + "\",\"kind\":\"" + agency.get("kind").asText()
                + "\",\"status\":\"" + agency.get("status").asText() + "\",\"email\":\"" + agency.get("email").asText()
                + "\",\"phone\":\"" + agency.get("phone").asText() + "\"}";
    }
}
