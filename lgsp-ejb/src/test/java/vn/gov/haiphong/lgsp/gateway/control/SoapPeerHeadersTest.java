package vn.gov.haiphong.lgsp.gateway.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

class SoapPeerHeadersTest {

    static final String ENVELOPE = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:xrd=\"http://x-road.eu/xsd/xroad.xsd\" xmlns:id=\"http://x-road.eu/xsd/identifiers\"><s:Header>"
            + "<xrd:client id:objectType=\"SUBSYSTEM\"><id:xRoadInstance>VN</id:xRoadInstance><id:memberClass>GOV"
            + "</id:memberClass><id:memberCode>H24.10</id:memberCode><id:subsystemCode>his</id:subsystemCode></xrd:client>"
            + "<xrd:service id:objectType=\"SERVICE\"><id:xRoadInstance>NDXP</id:xRoadInstance><id:memberClass>GOV"
            + "</id:memberClass><id:memberCode>BTC</id:memberCode><id:subsystemCode>dang-ky-doanh-nghiep</id:subsystemCode>"
            + "<id:serviceCode>traCuuDoanhNghiep</id:serviceCode></xrd:service><xrd:id>m-1</xrd:id>"
            + "<xrd:protocolVersion>4.0</xrd:protocolVersion></s:Header><s:Body><dn:traCuuDoanhNghiep"
            + " xmlns:dn=\"urn:x\"><dn:maSoDoanhNghiep>0201234567</dn:maSoDoanhNghiep></dn:traCuuDoanhNghiep></s:Body>"
            + "</s:Envelope>";

    private static String str(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void theRequestLeavesAsTheLgspsMemberForTheCitySystem() throws Exception {
        byte[] sent = SoapPeerHeaders.request(ENVELOPE.getBytes(StandardCharsets.UTF_8), "NDXP/GOV/H24/lgsp", "GOV/H24.10");
        SoapEnvelope read = SoapEnvelope.read(sent);
        assertEquals("NDXP/GOV/H24/lgsp", read.client());
        assertEquals("NDXP/GOV/BTC/dang-ky-doanh-nghiep/traCuuDoanhNghiep", read.service());
        assertEquals("m-1", read.id());
        assertEquals("traCuuDoanhNghiep", read.operation());
        String text = str(sent);
        assertFalse(text.contains("H24.10</id:memberCode>"), text);
        assertTrue(text.contains("<repr:partyClass>GOV</repr:partyClass><repr:partyCode>H24.10</repr:partyCode>"), text);
        assertTrue(text.contains("0201234567"), text);
    }

    @Test
    void thePeersHeadersAreReadAndDropped() throws Exception {
        String answer = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Header>"
                + "<xrd:client xmlns:xrd=\"http://x-road.eu/xsd/xroad.xsd\"><a>NDXP</a></xrd:client>"
                + "<repr:representedParty xmlns:repr=\"http://x-road.eu/xsd/representation.xsd\"><repr:partyCode>H24.10"
                + "</repr:partyCode></repr:representedParty><keep xmlns=\"urn:own\">1</keep>"
                + "<xrd:requestHash xmlns:xrd=\"http://x-road.eu/xsd/xroad.xsd\" algorithmId=\"sha512\"> abc= </xrd:requestHash>"
                + "</s:Header><s:Body><r xmlns=\"urn:x\">ok</r></s:Body></s:Envelope>";
        SoapPeerHeaders.Answer read = SoapPeerHeaders.answer(answer.getBytes(StandardCharsets.UTF_8));
        assertEquals("abc=", read.requestHash());
        assertNull(read.faultCode());
        String text = str(read.message());
        assertFalse(text.contains("x-road.eu"), text);
        assertTrue(text.contains("<keep xmlns=\"urn:own\">1</keep>") && text.contains(">ok</r>"), text);
    }

    @Test
    void aFaultsCodeIsRead() throws Exception {
        String fault = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><s:Fault>"
                + "<faultcode>s:Server.ServerProxy.AuthenticationFailed</faultcode><faultstring>x</faultstring>"
                + "</s:Fault></s:Body></s:Envelope>";
        SoapPeerHeaders.Answer read = SoapPeerHeaders.answer(fault.getBytes(StandardCharsets.UTF_8));
        assertEquals("Server.ServerProxy.AuthenticationFailed", read.faultCode());
        assertNull(read.requestHash());
        assertTrue(str(read.message()).contains("s:Server.ServerProxy.AuthenticationFailed"), str(read.message()));
        assertThrows(XMLStreamException.class, () -> SoapPeerHeaders.answer("<html>".getBytes(StandardCharsets.UTF_8)));
    }
}
