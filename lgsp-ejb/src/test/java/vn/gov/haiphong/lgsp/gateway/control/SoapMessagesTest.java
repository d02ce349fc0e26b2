package vn.gov.haiphong.lgsp.gateway.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/** The SOAP gateway's message handling without a server: headers in, headers echoed, MTOM roots found. */
class SoapMessagesTest {

    static final String ENVELOPE = "<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'"
            + " xmlns:xrd='http://x-road.eu/xsd/xroad.xsd' xmlns:id='http://x-road.eu/xsd/identifiers'><s:Header>"
            + "<xrd:client id:objectType='SUBSYSTEM'><id:xRoadInstance>VN</id:xRoadInstance><id:memberClass>GOV</id:memberClass>"
            + "<id:memberCode>H24.10</id:memberCode><id:subsystemCode>his</id:subsystemCode></xrd:client>"
            + "<xrd:service id:objectType='SERVICE'><id:xRoadInstance>VN</id:xRoadInstance><id:memberClass>GOV</id:memberClass>"
            + "<id:memberCode>H24.03</id:memberCode><id:subsystemCode>ho-tich</id:subsystemCode>"
            + "<id:serviceCode>tra-cuu</id:serviceCode><id:serviceVersion>v1</id:serviceVersion></xrd:service>"
            + "<xrd:id>abc</xrd:id><xrd:userId>u1</xrd:userId><xrd:protocolVersion>4.0</xrd:protocolVersion>"
            + "<other:id xmlns:other='urn:other'>not ours</other:id></s:Header>"
            + "<s:Body><op xmlns='urn:p'><x>1</x></op></s:Body></s:Envelope>";

    static SoapEnvelope read(String xml) {
        return SoapEnvelope.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theXRoadHeadersAreReadAndForeignHeadersIgnored() {
        SoapEnvelope e = read(ENVELOPE);
        assertEquals("VN/GOV/H24.10/his", e.client());
        assertEquals("VN/GOV/H24.03/ho-tich/tra-cuu/v1", e.service());
        assertEquals("v1", e.serviceVersion());
        assertEquals("abc", e.id());
        assertEquals("u1", e.userId());
        assertEquals("op", e.operation());
    }

    @Test
    void brokenOrHostileEnvelopesAreRefused() {
        for (String bad : new String[] {ENVELOPE.replace(">4.0<", ">3.1<"), ENVELOPE.replace("SUBSYSTEM", "MEMBER"),
                ENVELOPE.replace("<op xmlns='urn:p'><x>1</x></op>", ""), "<!DOCTYPE x []>" + ENVELOPE,
                ENVELOPE.replace("<x>1</x>", "<a>".repeat(80) + "</a>".repeat(80)), "<Envelope/>", ENVELOPE.substring(10)}) {
            LgspException e = assertThrows(LgspException.class, () -> read(bad), bad);
            assertEquals(ErrorCode.GATEWAY_INVALID_REQUEST, e.code());
        }
    }

    @Test
    void theAnswerEchoesTheHeadersWithTheRequestHashAndKeepsTheProvidersHeader() throws Exception {
        String answer = "<?xml version='1.0'?><soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'>"
                + "<soap:Header><p:trace xmlns:p='urn:p'>t</p:trace></soap:Header><soap:Body><r xmlns='urn:p'>ok</r>"
                + "</soap:Body></soap:Envelope>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SoapResponseHeaders.copy(new ByteArrayInputStream(answer.getBytes(StandardCharsets.UTF_8)), out, read(ENVELOPE),
                "abc", "aGFzaA==");
        String echoed = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, echoed.split("Header>", -1).length / 2, "one header: " + echoed);
        assertTrue(echoed.contains("<xrd:requestHash xmlns:xrd=\"http://x-road.eu/xsd/xroad.xsd\""
                + " algorithmId=\"http://www.w3.org/2001/04/xmlenc#sha512\">aGFzaA==</xrd:requestHash>"), echoed);
        assertTrue(echoed.contains("trace"), "the provider's own header stays: " + echoed);
        assertEquals("op", read(ENVELOPE).operation());
        assertEquals("abc", read(echoed.replace("<r xmlns=\"urn:p\">ok</r>", "<op xmlns='urn:p'/>")).id(),
                "what is echoed reads back as the same exchange");
    }

    @Test
    void theRootPartOfAnMtomMessageIsFoundAndReplacedLeavingAttachmentsAlone() {
        String type = "multipart/related; type=\"application/xop+xml\"; boundary=\"b1\"; start-info=\"text/xml\"";
        byte[] message = ("--b1\r\nContent-Type: application/xop+xml; type=\"text/xml\"\r\n\r\n<root/>\r\n--b1\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n\u0000\u0001binary\r\n--b1--\r\n").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("b1", MultipartRelated.boundary(type).orElseThrow());
        assertEquals("b1", MultipartRelated.boundary("multipart/related; boundary=b1;type=x").orElseThrow());
        MultipartRelated.Root root = MultipartRelated.root(message, "b1").orElseThrow();
        assertEquals("<root/>", new String(MultipartRelated.content(message, root), StandardCharsets.ISO_8859_1));
        byte[] replaced = MultipartRelated.replaceRoot(message, root, "<new-root/>".getBytes(StandardCharsets.ISO_8859_1));
        assertArrayEquals(new String(message, StandardCharsets.ISO_8859_1).replace("<root/>", "<new-root/>")
                .getBytes(StandardCharsets.ISO_8859_1), replaced);
        assertTrue(MultipartRelated.root("--b1\r\nContent-Type: x\r\n\r\n<root".getBytes(StandardCharsets.ISO_8859_1), "b1")
                .isEmpty(), "a root part not yet complete is not found");
    }

    /** Every way a provider could read another call than the gateway decided on is refused. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("ambiguousEnvelopes")
    void ambiguousEnvelopesAreRefused(String what, String envelope) {
        LgspException e = assertThrows(LgspException.class, () -> read(envelope), what);
        assertEquals(ErrorCode.GATEWAY_INVALID_REQUEST, e.code());
    }

    static Stream<Arguments> ambiguousEnvelopes() {
        String client = ENVELOPE.substring(ENVELOPE.indexOf("<xrd:client"), ENVELOPE.indexOf("</xrd:client>") + 13);
        String service = ENVELOPE.substring(ENVELOPE.indexOf("<xrd:service"), ENVELOPE.indexOf("</xrd:service>") + 14);
        String otherClient = client.replace("H24.10", "H24.99");
        return Stream.of(
                Arguments.of("two xrd:client", ENVELOPE.replace(client, otherClient + client)),
                Arguments.of("two xrd:client, ours first", ENVELOPE.replace(client, client + otherClient)),
                Arguments.of("two xrd:service", ENVELOPE.replace(service, service + service.replace("tra-cuu", "khac"))),
                Arguments.of("two xrd:id", ENVELOPE.replace("<xrd:id>abc</xrd:id>", "<xrd:id>abc</xrd:id><xrd:id>def</xrd:id>")),
                Arguments.of("two xrd:userId", ENVELOPE.replace("<xrd:userId>u1</xrd:userId>",
                        "<xrd:userId>u1</xrd:userId><xrd:userId>u2</xrd:userId>")),
                Arguments.of("two memberCodes", ENVELOPE.replace("<id:memberCode>H24.10</id:memberCode>",
                        "<id:memberCode>H24.10</id:memberCode><id:memberCode>H24.99</id:memberCode>")),
                Arguments.of("two bodies", ENVELOPE.replace("</s:Body>", "</s:Body><s:Body><other xmlns='urn:p'/></s:Body>")),
                Arguments.of("an empty body, then one", ENVELOPE.replace("<s:Body><op", "<s:Body/><s:Body><op")),
                Arguments.of("two headers", ENVELOPE.replace("<s:Body>", "<s:Header/><s:Body>")),
                Arguments.of("a header after the body", ENVELOPE.replace("</s:Envelope>", "<s:Header/></s:Envelope>")),
                Arguments.of("another element in the envelope", ENVELOPE.replace("</s:Envelope>", "<x/></s:Envelope>")),
                Arguments.of("two elements in the body", ENVELOPE.replace("</op>", "</op><other xmlns='urn:p'/>")),
                Arguments.of("a comment before the operation", ENVELOPE.replace("<s:Body>", "<s:Body><!--<other/>-->")),
                Arguments.of("a comment between header and body", ENVELOPE.replace("<s:Body>", "<!-- x --><s:Body>")),
                Arguments.of("a comment in the header", ENVELOPE.replace("<s:Header>", "<s:Header><!-- x -->")),
                Arguments.of("a processing instruction", ENVELOPE.replace("<x>1</x>", "<?op other?><x>1</x>")),
                Arguments.of("text in the body", ENVELOPE.replace("<s:Body>", "<s:Body>other")),
                Arguments.of("a WS-Addressing Action naming another operation", ENVELOPE.replace("<s:Header>",
                        "<s:Header><wsa:Action xmlns:wsa='http://www.w3.org/2005/08/addressing'>urn:p/other</wsa:Action>")),
                Arguments.of("a SOAP 1.2 Body in a SOAP 1.1 envelope", ENVELOPE.replace("<s:Body>",
                        "<b:Body xmlns:b='http://www.w3.org/2003/05/soap-envelope'/><s:Body>")));
    }

    @Test
    void commentsInsideTheOperationAndAMatchingActionAreFine() {
        assertEquals("op", read(ENVELOPE.replace("<x>1</x>", "<!-- a note --><x>1</x>")).operation());
        assertEquals("op", read(ENVELOPE.replace("<s:Header>", "<s:Header><wsa:Action "
                + "xmlns:wsa='http://www.w3.org/2005/08/addressing'>urn:p/Port/opRequest</wsa:Action>")).operation());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\"\"", "op", "\"urn:p#op\"", "http://p.example/Port/op", "urn:p:op", "urn:p/opRequest"})
    void actionsNamingTheOperationPass(String action) {
        assertTrue(SoapEnvelope.actionNames(action, "op"), action);
    }

    @ParameterizedTest
    @ValueSource(strings = {"other", "\"urn:p#other\"", "http://p.example/op/other", "urn:p:opx", "xop"})
    void actionsNamingAnotherOperationDoNot(String action) {
        assertFalse(SoapEnvelope.actionNames(action, "op"), action);
    }

    @Test
    void theRootIsTheFirstPartAndStartMustNameIt() {
        String decoy = "--b1\r\nContent-Type: text/xml\r\nContent-ID: <decoy>\r\n\r\n<decoy/>\r\n"
                + "--b1\r\nContent-Type: text/xml\r\nContent-ID: <real>\r\n\r\n<real/>\r\n--b1--\r\n";
        byte[] message = decoy.getBytes(StandardCharsets.ISO_8859_1);
        LgspException e = assertThrows(LgspException.class, () -> MultipartRelated.requestRoot(message,
                "multipart/related; type=\"text/xml\"; boundary=b1; start=\"<real>\""));
        assertEquals(ErrorCode.GATEWAY_INVALID_REQUEST, e.code());
        MultipartRelated.Root root = MultipartRelated.requestRoot(message, "multipart/related; boundary=b1; start=\"<decoy>\"");
        assertEquals("<decoy/>", new String(MultipartRelated.content(message, root), StandardCharsets.ISO_8859_1));
        assertEquals("multipart/related; type=\"text/xml\"; boundary=\"b1\"", MultipartRelated.forwardedType(
                "multipart/related; type=\"text/xml\"; boundary=b1; start=\"<decoy>\""), "start is not forwarded");
    }

    @ParameterizedTest
    @ValueSource(strings = {"multipart/related; boundary=b1; boundary=b2", "multipart/related; boundary=b1; BOUNDARY=b2",
            "multipart/related; boundary=b1; start=<a>; start=<b>", "multipart/related; boundary=\"b1",
            "multipart/related; type=\"text/xml\" x; boundary=b1", "multipart/related; start=<a>"})
    void contentTypesTwoReadersCouldReadTwoWaysAreRefused(String type) {
        byte[] message = "--b1\r\nContent-ID: <a>\r\n\r\n<a/>\r\n--b1--\r\n".getBytes(StandardCharsets.ISO_8859_1);
        LgspException e = assertThrows(LgspException.class, () -> MultipartRelated.requestRoot(message, type), type);
        assertEquals(ErrorCode.GATEWAY_INVALID_REQUEST, e.code());
    }

    @Test
    void onlyADelimiterLineDelimits() {
        byte[] message = ("preamble --b1x not a delimiter\r\n--b1x\r\n\r\nno\r\n--b1 \r\nContent-ID: <a>\r\n\r\n"
                + "<a>--b1x --b1</a>\r\n--b1--\r\n").getBytes(StandardCharsets.ISO_8859_1);
        MultipartRelated.Root root = MultipartRelated.requestRoot(message, "multipart/related; boundary=b1");
        assertEquals("<a>--b1x --b1</a>", new String(MultipartRelated.content(message, root), StandardCharsets.ISO_8859_1));
    }
}
