package vn.gov.haiphong.lgsp.gateway.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
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
        return SoapEnvelope.read(xml.getBytes(StandardCharsets.UTF_8), true);
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
}
