package vn.gov.haiphong.lgsp.gateway.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.haiphong.lgsp.catalog.control.ContractEndpointsTest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/** The X-Road SOAP metadata messages (PR-META) without a server. */
class SoapMetadataTest {

    static String request(String serviceCode, String body) {
        return SoapMessagesTest.ENVELOPE.replace("<id:serviceCode>tra-cuu</id:serviceCode><id:serviceVersion>v1"
                + "</id:serviceVersion>", "<id:serviceCode>" + serviceCode + "</id:serviceCode>")
                .replace("<op xmlns='urn:p'><x>1</x></op>", body);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aMethodListNamesEachServiceOfTheProviderWithTheRequestsHeadersEchoed() {
        SoapEnvelope listMethods = SoapMessagesTest.read(request("listMethods", "<xrd:listMethods/>"));
        assertTrue(SoapMetadata.addressed(listMethods));
        SoapMetadata.requireBodyNamesService(listMethods);
        SoapMetadata.Answer answer = SoapMetadata.methodList(listMethods, "abc", "SGFzaA==",
                List.of(new SoapMetadata.Method("tra-cuu-ho-tich", "v1"), new SoapMetadata.Method("cai-chinh", null)));
        assertEquals("text/xml; charset=UTF-8", answer.contentType());
        String xml = new String(answer.body(), StandardCharsets.UTF_8);
        SoapEnvelope echoed = SoapEnvelope.read(answer.body());
        assertEquals("listMethodsResponse", echoed.operation(), "the answer is a well-formed X-Road message");
        assertEquals("VN/GOV/H24.10/his", echoed.client());
        assertEquals("abc", echoed.id());
        assertTrue(xml.contains("SGFzaA==</xrd:requestHash>"), xml);
        assertTrue(xml.contains("<id:subsystemCode>ho-tich</id:subsystemCode><id:serviceCode>tra-cuu-ho-tich"
                + "</id:serviceCode><id:serviceVersion>v1</id:serviceVersion></xrd:service>"), xml);
        assertTrue(xml.contains("<id:serviceCode>cai-chinh</id:serviceCode></xrd:service>"), xml);
    }

    @Test
    void theBodyMustBeTheServiceNamedAndGetWsdlMustNameAService() {
        SoapEnvelope mismatch = SoapMessagesTest.read(request("listMethods", "<xrd:allowedMethods/>"));
        assertEquals(ErrorCode.GATEWAY_INVALID_REQUEST, assertThrows(LgspException.class,
                () -> SoapMetadata.requireBodyNamesService(mismatch)).code());
        assertFalse(SoapMetadata.addressed(SoapMessagesTest.read(SoapMessagesTest.ENVELOPE)));

        assertEquals(new SoapMetadata.WsdlRequest("tra-cuu-ho-tich", "v1"), SoapMetadata.wsdlRequest(bytes(request("getWsdl",
                "<xrd:getWsdl><xrd:serviceCode> tra-cuu-ho-tich </xrd:serviceCode><xrd:serviceVersion>v1"
                        + "</xrd:serviceVersion></xrd:getWsdl>"))));
        assertEquals(new SoapMetadata.WsdlRequest("tra-cuu-ho-tich", null), SoapMetadata.wsdlRequest(bytes(request("getWsdl",
                "<xrd:getWsdl><xrd:serviceCode>tra-cuu-ho-tich</xrd:serviceCode></xrd:getWsdl>"))));
        for (String body : new String[] {"<xrd:getWsdl/>", "<xrd:getWsdl><serviceCode>x</serviceCode></xrd:getWsdl>",
            "<xrd:getWsdl><xrd:serviceCode> </xrd:serviceCode></xrd:getWsdl>"}) {
            assertEquals(ErrorCode.GATEWAY_INVALID_REQUEST, assertThrows(LgspException.class,
                    () -> SoapMetadata.wsdlRequest(bytes(request("getWsdl", body)))).code(), body);
        }
    }

    static final String WSDL = ContractEndpointsTest.WSDL;

    @Test
    void getWsdlAnswersWithTheWsdlAsAnAttachmentOfTheAnswerEnvelope() {
        SoapEnvelope getWsdl = SoapMessagesTest.read(request("getWsdl",
                "<xrd:getWsdl><xrd:serviceCode>tra-cuu-ho-tich</xrd:serviceCode></xrd:getWsdl>"));
        SoapMetadata.Answer answer = SoapMetadata.wsdl(getWsdl, "abc", "SGFzaA==",
                new SoapMetadata.WsdlRequest("tra-cuu-ho-tich", null), bytes(WSDL));
        assertTrue(MultipartRelated.is(answer.contentType()), answer.contentType());
        String boundary = MultipartRelated.boundary(answer.contentType()).orElseThrow();
        MultipartRelated.Root root = MultipartRelated.root(answer.body(), boundary).orElseThrow();
        SoapEnvelope envelope = SoapEnvelope.read(MultipartRelated.content(answer.body(), root));
        assertEquals("getWsdlResponse", envelope.operation());
        assertEquals("getWsdl", envelope.serviceCode());
        String whole = new String(answer.body(), StandardCharsets.UTF_8);
        assertTrue(whole.contains("<xrd:serviceCode>tra-cuu-ho-tich</xrd:serviceCode></xrd:getWsdlResponse>"), whole);
        String attachment = whole.substring(whole.indexOf("Content-ID: <wsdl@lgsp>"));
        assertTrue(attachment.contains("traCuuKhaiSinh") && attachment.contains("http://example.org/xroad-endpoint"), whole);
        assertFalse(attachment.contains("hotich.internal/ws\""), "X-Road: the provider's SOAP address never leaves the gateway");
        assertTrue(whole.endsWith("--" + boundary + "--\r\n"), whole);
    }
}
