package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.expect;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.request;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.haiphong.lgsp.client.soap.meta.ServiceRequest;

/**
 * The served contracts, read by stacks this project does not use itself: the OpenAPI document by the parser and
 * validator openapi-generator uses (swagger-parser), plus what generated clients need of it; every served WSDL,
 * and a provider's WSDL obtained through getWsdl, by Apache CXF's wsdl2java with validation; and the clients CXF
 * generates, calling the platform on CXF's runtime ({@link CxfClients}).
 */
@ExtendWith(ArquillianExtension.class)
class ContractsIT {

    private static final List<String> SOAP_SERVICES = List.of("RegistryService", "CodeListService", "MetaService");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");
    /** The realm as the demo serves it ({@code bin/demo}): the client library's copy names it. */
    private static final String DEMO_REALM = "http://127.0.0.1:8280/realms/lgsp";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theServedOpenApiValidates() {
        String document = expect(200, send(request("/openapi?format=JSON").header("Accept", "application/json"))).body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document, null, options);
        assertEquals(List.of(), parsed.getMessages(), "swagger-parser's findings");
        assertTrue(parsed.getOpenAPI() != null && parsed.getOpenAPI().getPaths().size() > 50);
    }

    /**
     * The client library ({@code lgsp-client}) is generated at build time from a checked-in copy of the served
     * document, so that the build needs no running server: the copy must be the served document (the realm's URL
     * written as the demo's). When it is not, the served one is left in {@code target/} to be copied over.
     */
    @Test
    void theClientLibrarysDocumentIsTheServedOne() throws IOException {
        JsonNode served = Http.JSON.readTree(expect(200, send(request("/openapi?format=JSON")
                .header("Accept", "application/json"))).body().replace(Tokens.REALM, DEMO_REALM));
        Path copy = Path.of(System.getProperty("it.project.root"), "lgsp-client", "src", "main", "openapi", "lgsp-openapi.json");
        if (!Files.exists(copy) || !served.equals(Http.JSON.readTree(copy.toFile()))) {
            Path fresh = Files.createDirectories(Path.of("target", "served-contracts")).resolve("lgsp-openapi.json");
            Http.JSON.writerWithDefaultPrettyPrinter().writeValue(fresh.toFile(), served);
            assertEquals(copy.toString(), fresh.toAbsolutePath().toString(),
                    "the client library's document differs from the served one: copy the second over the first");
        }
    }

    /** Operation ids read as what they do ({@code listAgencies}, {@code approveAccessRequest}), each once. */
    @Test
    void everyOperationHasAReadableUniqueId() {
        JsonNode api = json(expect(200, send(request("/openapi?format=JSON").header("Accept", "application/json"))));
        List<String> findings = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            String id = method.getValue().path("operationId").asText();
            if (!id.matches("[a-z][a-zA-Z0-9]+") || !seen.add(id)) {
                findings.add(method.getKey().toUpperCase() + " " + path.getKey() + ": " + id);
            }
        }));
        assertEquals(List.of(), findings);
    }

    /** Every JSON request body shows what to send: an example beside its schema. */
    @Test
    void everyJsonRequestBodyHasAnExample() {
        JsonNode api = json(expect(200, send(request("/openapi?format=JSON").header("Accept", "application/json"))));
        List<String> missing = new ArrayList<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method ->
                method.getValue().path("requestBody").path("content").fields().forEachRemaining(media -> {
                    if (media.getKey().contains("json") && !media.getValue().has("example")
                            && media.getValue().path("examples").isEmpty()) {
                        missing.add(method.getKey().toUpperCase() + " " + path.getKey() + " "
                                + method.getValue().path("operationId").asText());
                    }
                })));
        assertEquals(List.of(), missing, "add them to lgsp-web/src/main/resources/META-INF/openapi-examples.json");
    }

    /** {@code docs/api.md}'s endpoint index and the served document name the same operations, both ways. */
    @Test
    void theDocsAndTheOpenApiListTheSameOperations() throws IOException {
        JsonNode api = json(expect(200, send(request("/openapi?format=JSON").header("Accept", "application/json"))));
        java.util.Set<String> served = new java.util.TreeSet<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                served.add(method.toUpperCase() + " " + path.getKey())));
        Matcher row = Pattern.compile("^\\| `(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) (/[^`]*)`", Pattern.MULTILINE)
                .matcher(apiMdSection("## Endpoint index"));
        java.util.Set<String> documented = new java.util.TreeSet<>();
        while (row.find()) {
            documented.add(row.group(1) + " " + row.group(2));
        }
        java.util.Set<String> undocumented = new java.util.TreeSet<>(served);
        undocumented.removeAll(documented);
        java.util.Set<String> notServed = new java.util.TreeSet<>(documented);
        notServed.removeAll(served);
        assertEquals(List.of(List.of(), List.of()), List.of(List.copyOf(undocumented), List.copyOf(notServed)),
                "[served but not in docs/api.md's endpoint index, in the index but not served]");
    }

    /**
     * {@code docs/api.md}'s request-body table and the served document describe the same bodies, both ways: per
     * operation and media type, the schema and its required and optional fields.
     */
    @Test
    void theDocsListEveryRequestBody() throws IOException {
        JsonNode api = json(expect(200, send(request("/openapi?format=JSON").header("Accept", "application/json"))));
        java.util.Set<String> served = new java.util.TreeSet<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method ->
                resolve(method.getValue().path("requestBody"), api).path("content").fields().forEachRemaining(media ->
                        served.add(bodyRow(method.getValue().path("operationId").asText(), media.getKey(),
                                media.getValue().path("schema"), api)))));
        java.util.Set<String> documented = new java.util.TreeSet<>();
        apiMdSection("## Request bodies").lines().filter(line -> line.startsWith("| `")).forEach(line -> documented.add(
                java.util.Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|")).map(String::trim)
                        .collect(java.util.stream.Collectors.joining(" | "))));
        java.util.Set<String> undocumented = new java.util.TreeSet<>(served);
        undocumented.removeAll(documented);
        java.util.Set<String> notServed = new java.util.TreeSet<>(documented);
        notServed.removeAll(served);
        assertEquals(List.of(List.of(), List.of()), List.of(List.copyOf(undocumented), List.copyOf(notServed)),
                "[served but not in docs/api.md's request bodies, in the table but not served]");
    }

    /** A row of the request-body table: operation id, media type, schema, required fields, optional fields. */
    private static String bodyRow(String operationId, String media, JsonNode schema, JsonNode api) {
        String name;
        JsonNode target;
        if (schema.has("$ref")) {
            name = schema.path("$ref").asText().substring(schema.path("$ref").asText().lastIndexOf('/') + 1);
            target = resolve(schema, api);
        } else if (schema.path("items").has("$ref")) {
            String ref = schema.path("items").path("$ref").asText();
            name = "[" + ref.substring(ref.lastIndexOf('/') + 1) + "]";
            target = resolve(schema.path("items"), api);
        } else {
            name = schema.path("type").asText("object")
                    + (schema.has("format") ? "(" + schema.path("format").asText() + ")" : "");
            target = schema;
        }
        java.util.Set<String> required = new java.util.HashSet<>();
        target.path("required").forEach(field -> required.add(field.asText()));
        List<String> mandatory = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        target.path("properties").fieldNames().forEachRemaining(field ->
                (required.contains(field) ? mandatory : optional).add("`" + field + "`"));
        return String.join(" | ", "`" + operationId + "`", "`" + media + "`", "`" + name + "`",
                mandatory.isEmpty() ? "—" : String.join(", ", mandatory),
                optional.isEmpty() ? "—" : String.join(", ", optional));
    }

    /** The text of {@code docs/api.md} under {@code heading}, up to the next heading of its level. */
    private static String apiMdSection(String heading) throws IOException {
        String docs = Files.readString(Path.of(System.getProperty("it.project.root"), "docs", "api.md"));
        int index = docs.indexOf("\n" + heading + "\n");
        assertTrue(index >= 0, "docs/api.md has no section " + heading);
        int end = docs.indexOf("\n## ", index + 1);
        return docs.substring(index, end < 0 ? docs.length() : end);
    }

    /** What openapi-generator and its kin need beyond validity; every finding is listed at once. */
    @Test
    void theServedOpenApiTellsGeneratedClientsEverything() {
        JsonNode api = json(expect(200, send(request("/openapi?format=JSON").header("Accept", "application/json"))));
        List<String> findings = new ArrayList<>();
        JsonNode info = api.path("info");
        for (String field : List.of("title", "version")) {
            if (info.path(field).asText().isBlank()) {
                findings.add("info." + field);
            }
        }
        if (info.path("license").path("name").asText().isBlank()) {
            findings.add("info.license.name");
        }
        if (api.has("externalDocs") && api.path("externalDocs").path("url").asText().isBlank()) {
            findings.add("externalDocs without url");
        }
        if (api.path("servers").isEmpty()) {
            findings.add("servers");
        }
        JsonNode schemes = api.path("components").path("securitySchemes");
        if (!"bearer".equals(schemes.path("bearer").path("scheme").asText())) {
            findings.add("securitySchemes.bearer");
        }
        if (!schemes.path("oauth2").path("flows").path("clientCredentials").path("tokenUrl").asText()
                .equals(Tokens.REALM + "/protocol/openid-connect/token")) {
            findings.add("securitySchemes.oauth2 token URL: " + schemes.path("oauth2"));
        }
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            String operation = method.getKey().toUpperCase() + " " + path.getKey();
            findings.addAll(findingsOf(operation, path.getKey(), method.getValue(), api));
        }));
        assertEquals(List.of(), findings);
    }

    private static List<String> findingsOf(String operation, String path, JsonNode op, JsonNode api) {
        List<String> findings = new ArrayList<>();
        if (op.path("security").isEmpty()) {
            findings.add(operation + ": no security");
        }
        for (String segment : path.split("/")) {
            if (segment.contains("{") && !segment.matches("\\{[^}]+}")) {
                findings.add(operation + ": a path parameter shares segment " + segment);
            }
        }
        List<String> inPath = new ArrayList<>();
        Matcher names = TEMPLATE.matcher(path);
        while (names.find()) {
            inPath.add(names.group(1));
        }
        List<String> declared = new ArrayList<>();
        for (JsonNode parameter : op.path("parameters")) {
            JsonNode p = resolve(parameter, api);
            if ("path".equals(p.path("in").asText())) {
                declared.add(p.path("name").asText());
            }
            if ("query".equals(p.path("in").asText()) && List.of("page", "size").contains(p.path("name").asText())
                    && !"integer".equals(p.path("schema").path("type").asText())) {
                findings.add(operation + ": " + p.path("name").asText() + " is not an integer");
            }
        }
        if (!declared.equals(inPath)) {
            findings.add(operation + ": path parameters " + declared + ", path " + inPath);
        }
        op.path("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2") && !response.getKey().equals("204")) {
                JsonNode content = response.getValue().path("content");
                if (content.isEmpty()) {
                    findings.add(operation + ": " + response.getKey() + " has no content");
                }
                content.fields().forEachRemaining(media -> {
                    if (media.getValue().path("schema").isEmpty()) {
                        findings.add(operation + ": " + response.getKey() + " " + media.getKey() + " has no schema");
                    }
                });
            }
        });
        op.path("requestBody").path("content").fields().forEachRemaining(media -> {
            if (media.getValue().path("schema").isEmpty()) {
                findings.add(operation + ": request body " + media.getKey() + " has no schema");
            }
        });
        return findings;
    }

    private static JsonNode resolve(JsonNode node, JsonNode api) {
        String ref = node.path("$ref").asText();
        if (ref.isEmpty()) {
            return node;
        }
        JsonNode target = api;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }

    @Test
    void everyServedWsdlGeneratesWithCxf() throws Exception {
        for (String service : SOAP_SERVICES) {
            wsdl2java(service, Http.BASE + "/ws/" + service + "?wsdl");
        }
    }

    /**
     * The clients CXF's wsdl2java generates from the published WSDLs and a provider's contract, on CXF's own runtime,
     * work against the platform as generated: reads, a typed fault, an authentication fault read as a SOAP Fault, and a
     * provider's service through the gateway, logged with the caller's X-Road id.
     */
    @Test
    void cxfGeneratedClientsCallThePlatform() throws Exception {
        String legacy = "Basic " + java.util.Base64.getEncoder().encodeToString("H24.101/mot-cua:demo-secret-mot-cua"
                .getBytes(StandardCharsets.UTF_8));
        Map<String, String> answers = CxfClients.call(Http.BASE, "Bearer " + Tokens.of(Tokens.SYSTEM), legacy);
        assertEquals("org.apache.cxf.jaxws.spi.ProviderImpl", answers.get("provider"), answers.toString());
        assertEquals("org.apache.cxf.endpoint.ClientImpl", answers.get("client"), answers.toString());
        assertEquals("Sở Y tế", answers.get("agency"), answers.toString());
        assertEquals("agency-not-found", answers.get("unknownAgency"), answers.toString());
        assertEquals("invalid-credentials", answers.get("wrongSecret"), answers.toString());
        assertTrue(answers.get("codeLists").contains("dan-toc"), answers.toString());
        assertEquals("Kinh", answers.get("kinh"), answers.toString());
        assertTrue(answers.get("methods").contains("tra-cuu-ho-tich"), answers.toString());
        assertEquals("true", answers.get("wsdlDefinesTheRequest"), answers.toString());
        assertEquals("Trần Thị Bình", answers.get("hoTen"), answers.toString());
        assertEquals("tra-cuu-ho-tich", answers.get("echoedService"), answers.toString());
        assertEquals(1L, Database.queryLong(Database.NAME, "SELECT count(*) FROM exchange_log WHERE xroad_id = '"
                + answers.get("xroadId") + "' AND user_id = 'VN-CCCD-031080000123'"));
    }

    /** A provider's WSDL through getWsdl is one document (its schemas inlined), over REST and over MetaService. */
    @Test
    void aProvidersWsdlFromGetWsdlGeneratesWithCxf() throws Exception {
        ServedText rest = new ServedText(expect(200, send(Http.as(Tokens.SYSTEM,
                "/r1/VN/GOV/H24.03/ho-tich/getWsdl?serviceCode=tra-cuu-ho-tich").setHeader("Accept", "text/xml"))).body());
        assertFalse(rest.text().contains("schemaLocation"), rest.text());
        assertTrue(rest.text().contains("soDinhDanh"), "the imported schema is inlined: " + rest.text());
        wsdl2java("ho-tich-rest", rest.saved("ho-tich-rest.wsdl").toUri().toString());

        ServiceRequest asked = new ServiceRequest();
        asked.setProvider(AccessRequestIT.ref("H24.03", "ho-tich"));
        asked.setServiceCode("tra-cuu-ho-tich");
        ServedText soap = new ServedText(new String(AccessRequestIT.metro().getWsdl(asked).getDocument()
                .getContent(), StandardCharsets.UTF_8));
        assertEquals(rest.text(), soap.text(), "one contract, whichever way it is asked for");
        wsdl2java("ho-tich-soap", soap.saved("ho-tich-soap.wsdl").toUri().toString());
    }

    /**
     * Every SOAP fault the SOAP services and their guards send is HTTP 500 (WS-I Basic Profile R1126), an
     * authentication failure still with its challenge, but for what is no SOAP message at all (415, 413); what the container answers on its own is a fault too,
     * never an HTML page.
     */
    @Test
    void soapFaultsAreHttp500AndNoAnswerIsHtml() {
        String envelope = SecurityIT.getAgencyEnvelope("H24");
        Map<String, HttpResponse<String>> faults = new LinkedHashMap<>();
        faults.put("authentication-required", send(request("/ws/RegistryService")
                .header("Content-Type", "text/xml; charset=utf-8").POST(BodyPublishers.ofString(envelope))));
        faults.put("invalid-credentials", SecurityIT.soapWithBasic("H24.10/his", "not-its-secret"));
        faults.put("ambiguous-credentials", send(request("/ws/MetaService").header("Content-Type", "text/xml")
                .header("Authorization", "Bearer " + Tokens.of(Tokens.SYSTEM)).header("Authorization", "Basic eDp5")
                .POST(BodyPublishers.ofString(envelope))));
        faults.put("malformed-request", send(Http.as(Tokens.SYSTEM, "/ws/RegistryService")
                .header("Content-Type", "application/soap+xml").POST(BodyPublishers.ofString("<a><b></a>"))));
        faults.forEach((code, fault) -> {
            assertEquals(500, fault.statusCode(), code + ": " + fault.body());
            assertTrue(fault.body().contains("<lgsp:code>" + code + "</lgsp:code>"), code + ": " + fault.body());
        });
        assertTrue(faults.get("authentication-required").headers().firstValue("WWW-Authenticate").isPresent());
        assertTrue(faults.get("invalid-credentials").headers().firstValue("WWW-Authenticate").orElseThrow()
                .contains("Basic realm=\"lgsp\""));
        // What is no SOAP message at all keeps its HTTP refusal, as at the gateway.
        HttpResponse<String> notSoap = send(Http.as(Tokens.SYSTEM, "/ws/CodeListService")
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{}")));
        assertEquals(415, notSoap.statusCode(), notSoap.body());
        assertTrue(notSoap.body().contains("<lgsp:code>unsupported-media-type</lgsp:code>"), notSoap.body());

        for (String path : List.of("/ws/NoSuchService?wsdl", "/ws/NoSuchService")) {
            HttpResponse<String> missing = send(request(path).header("Accept-Language", "en"));
            assertEquals(404, missing.statusCode(), missing.body());
            assertTrue(missing.headers().firstValue("Content-Type").orElseThrow().startsWith("text/xml"), path);
            assertTrue(missing.body().contains("<lgsp:code>resource-not-found</lgsp:code>")
                    && missing.body().contains("Not found"), missing.body());
            assertFalse(missing.body().toLowerCase(java.util.Locale.ROOT).contains("<html"), missing.body());
        }
    }

    /**
     * One rule everywhere: an unknown query parameter, or a value outside a parameter's documented set, is 400
     * {@code invalid-parameter} listing what is allowed; the set is the one the OpenAPI document shows.
     */
    @Test
    void unknownParametersAndFilterValuesAreRefusedWithTheAllowedOnes() {
        JsonNode status = AgencyRestIT.assertProblem(Http.get("/api/v1/agencies?status=ACTIV"), 400, "invalid-parameter");
        assertTrue(status.get("detail").asText().contains("ACTIVE, SUSPENDED, RETIRED"), status.toString());
        assertEquals(200, Http.get("/api/v1/agencies?status=RETIRED").statusCode());
        JsonNode bucket = AgencyRestIT.assertProblem(send(Http.as(Tokens.OPERATOR, "/admin/v1/statistics?bucket=week")),
                400, "invalid-parameter");
        assertTrue(bucket.get("detail").asText().contains("minute, hour, day, month"), bucket.toString());
        JsonNode unknown = AgencyRestIT.assertProblem(Http.get("/api/v1/agencies?sttus=ACTIVE"), 400, "invalid-parameter");
        assertTrue(unknown.get("detail").asText().contains("sttus") && unknown.get("detail").asText().contains("status"),
                unknown.toString());
        JsonNode api = json(expect(200, send(request("/openapi?format=JSON").header("Accept", "application/json"))));
        assertTrue(api.path("paths").path("/api/v1/agencies").path("get").path("parameters").toString()
                .contains("[\"ACTIVE\",\"SUSPENDED\",\"RETIRED\"]"), "the document shows the set");
    }

    /** SOAP tools ask the gateway for its WSDL first: a 404 Fault that says each service's is had by getWsdl. */
    @Test
    void theGatewaysWsdlIsAFaultPointingToGetWsdl() {
        for (String language : List.of("vi", "en")) {
            HttpResponse<String> answer = send(request("/ws/gateway?wsdl").header("Accept-Language", language));
            assertEquals(404, answer.statusCode(), answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElseThrow().startsWith("text/xml"), answer.body());
            assertTrue(answer.body().contains("<lgsp:code>gateway-has-no-wsdl</lgsp:code>"), answer.body());
            assertTrue(answer.body().contains("getWsdl") && answer.body().contains("Fault"), answer.body());
            assertFalse(answer.body().toLowerCase(java.util.Locale.ROOT).contains("<html"), answer.body());
        }
    }

    /** HTTP Basic is for legacy SOAP systems: a REST call with it is told so, not that its token is invalid. */
    @Test
    void basicCredentialsOnRestAreToldBasicIsForSoap() {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("H24.10/his:demo-secret-his"
                .getBytes(StandardCharsets.UTF_8));
        for (String path : List.of("/api/v1/agencies/H24", "/admin/v1/audit")) {
            HttpResponse<String> refused = send(request(path).header("Authorization", basic).header("Accept-Language", "en"));
            JsonNode problem = AgencyRestIT.assertProblem(refused, 401, "basic-on-soap-only");
            assertTrue(problem.get("detail").asText().contains("SOAP"), problem.toString());
            assertEquals("Bearer realm=\"lgsp\"", refused.headers().firstValue("WWW-Authenticate").orElseThrow());
        }
        AgencyRestIT.assertProblem(send(request("/api/v1/agencies/H24").header("Authorization", "Bearer not.a.token")),
                401, "invalid-token");
    }

    /**
     * Runs CXF's wsdl2java with WSDL validation in a JVM of its own (this test's class path plus CXF's JAX-WS front
     * end, kept off the tests' class path); any error — a WS-I violation, a wrapper-style name collision — fails.
     */
    static void wsdl2java(String name, String wsdl) throws Exception {
        Path out = Files.createDirectories(Path.of("target", "cxf-wsdl2java", name));
        String classPath = System.getProperty("java.class.path") + File.pathSeparator
                + System.getProperty("it.cxf.frontend.jar");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "org.apache.cxf.tools.wsdlto.WSDLToJava", "-validate", "-d", out.toString(), wsdl)
                .redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, run.waitFor(), name + ": " + output);
        assertFalse(output.contains("WSDLToJava Error"), name + ": " + output);
        try (var generated = Files.walk(out)) {
            assertTrue(generated.anyMatch(f -> f.toString().endsWith(".java")), name + ": nothing generated: " + output);
        }
    }

    private record ServedText(String text) {
        Path saved(String file) throws IOException {
            return Files.writeString(Files.createDirectories(Path.of("target", "served-contracts")).resolve(file), text);
        }
    }
}
