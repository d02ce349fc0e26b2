package vn.gov.haiphong.lgsp.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/** The contract parsers on their own: what they read, and what they refuse, without a server. */
class ContractParsingTest {

    static ContractDocument doc(String name, String text) {
        return new ContractDocument(name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> refusal(Runnable parse) {
        LgspException e = assertThrows(LgspException.class, parse::run);
        assertEquals(ErrorCode.CONTRACT_INVALID, e.code());
        return e.violations().stream().map(FieldViolation::messageKey).toList();
    }

    @Test
    void openApiJsonAndYamlGiveTheSameOperations() {
        String yaml = "openapi: 3.1.0\ninfo: {title: t, version: 2}\nservers: [{url: 'http://p.example/v1'}]\n"
                + "paths:\n  /a/{id}:\n    parameters: []\n    get: {operationId: getA}\n    delete: {}\n";
        String json = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"t\",\"version\":\"2\"},\"servers\":[{\"url\":"
                + "\"http://p.example/v1\"}],\"paths\":{\"/a/{id}\":{\"parameters\":[],\"get\":{\"operationId\":\"getA\"},"
                + "\"delete\":{}}}}";
        for (String text : List.of(yaml, json)) {
            ParsedContract parsed = OpenApiContract.parse(doc("openapi.yaml", text));
            assertEquals(List.of("getA", "DELETE /a/{id}"), parsed.operations().stream()
                    .map(ParsedContract.Operation::code).toList());
            assertEquals("http://p.example/v1", parsed.declaredProviderUrl());
        }
    }

    @Test
    void openApiRefusals() {
        assertEquals(List.of("contract.openapi.version"), refusal(() -> OpenApiContract.parse(doc("o",
                "swagger: '2.0'\ninfo: {title: t, version: 1}\npaths: {}"))));
        assertEquals(List.of("contract.unreadable"), refusal(() -> OpenApiContract.parse(doc("o", "a: [b\n"))));
        assertEquals(List.of("contract.unreadable"), refusal(() -> OpenApiContract.parse(doc("o", "a: 1\na: 2\n"))),
                "duplicate keys");
        assertEquals(List.of("contract.unreadable"), refusal(() -> OpenApiContract.parse(doc("o",
                "a: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]"))),
                "no types named by the document");
        assertEquals(List.of("contract.openapi.path", "contract.operation.duplicate"), refusal(() ->
                OpenApiContract.parse(doc("o", "openapi: 3.0.0\ninfo: {title: t, version: 1}\npaths:\n  x: {get: {}}\n"
                        + "  /a: {get: {operationId: same}}\n  /b: {get: {operationId: same}}\n"))));
        assertEquals(List.of("contract.openapi.no-operations"), refusal(() -> OpenApiContract.parse(doc("o",
                "openapi: 3.0.0\ninfo: {title: t, version: 1}\npaths: {/a: {summary: s}}\n"))));
        byte[] latin1 = "openapi: 3.0.0\ninfo: {title: Hải Phòng}".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("contract.unreadable"), refusal(() -> OpenApiContract.parse(
                new ContractDocument("o", "x", latin1))));
    }

    static final String WSDL = "<definitions xmlns='http://schemas.xmlsoap.org/wsdl/'"
            + " xmlns:soap12='http://schemas.xmlsoap.org/wsdl/soap12/' xmlns:xs='http://www.w3.org/2001/XMLSchema'>"
            + "<import location='more.wsdl'/><types><xs:schema><xs:import schemaLocation='a.xsd'/></xs:schema></types>"
            + "<portType name='P'><operation name='one'/><operation name='two'/></portType>"
            + "<service name='S'><port name='p'><soap12:address location='http://p.example/ws'/></port></service>"
            + "</definitions>";

    @Test
    void wsdlImportsAreResolvedFromSuppliedDocumentsOrTheSameHostOnly() {
        List<ContractDocument> supplied = List.of(
                doc("more.wsdl", "<definitions xmlns='http://schemas.xmlsoap.org/wsdl/'><portType name='Q'>"
                        + "<operation name='three'/></portType></definitions>"),
                doc("a.xsd", "<schema xmlns='http://www.w3.org/2001/XMLSchema'><include schemaLocation='b.xsd'/></schema>"),
                doc("b.xsd", "<schema xmlns='http://www.w3.org/2001/XMLSchema'/>"));
        ParsedContract parsed = WsdlContract.parse(doc("s.wsdl", WSDL), supplied, null, u -> Optional.empty());
        assertEquals(List.of("one", "two", "three"), parsed.operations().stream().map(ParsedContract.Operation::code).toList());
        assertEquals(List.of("s.wsdl", "more.wsdl", "a.xsd", "b.xsd"), parsed.documents().stream()
                .map(ContractDocument::name).toList());
        assertEquals("http://p.example/ws", parsed.declaredProviderUrl(), "SOAP 1.2 address");

        AtomicInteger fetched = new AtomicInteger();
        ParsedContract remote = WsdlContract.parse(doc("s.wsdl", WSDL), List.of(), URI.create("http://h.example/ws/S?wsdl"),
                u -> {
                    fetched.incrementAndGet();
                    assertEquals("h.example", u.getHost());
                    return Optional.of(doc(u.toString(), u.getPath().endsWith(".wsdl")
                            ? "<definitions xmlns='http://schemas.xmlsoap.org/wsdl/'/>"
                            : "<schema xmlns='http://www.w3.org/2001/XMLSchema'/>"));
                });
        assertEquals(2, fetched.get());
        assertEquals(3, remote.documents().size());

        String elsewhere = WSDL.replace("a.xsd", "http://other.example/a.xsd");
        assertTrue(refusal(() -> WsdlContract.parse(doc("s.wsdl", elsewhere), List.of(), URI.create("http://h.example/s"),
                u -> Optional.empty())).contains("contract.import.forbidden"));
        assertEquals(List.of("contract.import.unresolved", "contract.import.unresolved"),
                refusal(() -> WsdlContract.parse(doc("s.wsdl", WSDL), List.of(), null, u -> Optional.empty())));
    }

    @Test
    void wsdlRefusals() {
        assertEquals(List.of("contract.xml.dtd-forbidden"), refusal(() -> WsdlContract.parse(doc("s",
                "<!DOCTYPE d [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><definitions xmlns='http://schemas.xmlsoap.org/wsdl/'>"
                        + "&x;</definitions>"), List.of(), null, u -> Optional.empty())));
        assertEquals(List.of("contract.xml.too-deep"), refusal(() -> WsdlContract.parse(doc("s",
                "<definitions xmlns='http://schemas.xmlsoap.org/wsdl/'>" + "<a>".repeat(100) + "</a>".repeat(100)
                        + "</definitions>"), List.of(), null, u -> Optional.empty())));
        assertEquals(List.of("contract.xml.malformed"), refusal(() -> WsdlContract.parse(doc("s", "<definitions"),
                List.of(), null, u -> Optional.empty())));
        assertEquals(List.of("contract.wsdl.root"), refusal(() -> WsdlContract.parse(doc("s", "<x/>"), List.of(), null,
                u -> Optional.empty())));
        assertEquals(List.of("contract.wsdl.no-operations"), refusal(() -> WsdlContract.parse(doc("s",
                "<definitions xmlns='http://schemas.xmlsoap.org/wsdl/'/>"), List.of(), null, u -> Optional.empty())));
    }
}
