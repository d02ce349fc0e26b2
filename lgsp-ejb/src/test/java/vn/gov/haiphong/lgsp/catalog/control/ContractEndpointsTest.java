package vn.gov.haiphong.lgsp.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.haiphong.lgsp.common.JsonText;

public class ContractEndpointsTest {

    /** A WSDL naming the provider's addresses in all three bindings (also for the gateway's getWsdl tests). */
    public static final String WSDL = "<?xml version='1.0' encoding='UTF-8'?><definitions xmlns='http://schemas.xmlsoap.org/wsdl/'"
            + " xmlns:soap='http://schemas.xmlsoap.org/wsdl/soap/' xmlns:soap12='http://schemas.xmlsoap.org/wsdl/soap12/'"
            + " xmlns:http='http://schemas.xmlsoap.org/wsdl/http/' name='HoTich'>"
            + "<portType name='P'><operation name='traCuuKhaiSinh'/></portType>"
            + "<service name='S'><port name='A' binding='tns:B'><soap:address location='https://hotich.internal/ws'/></port>"
            + "<port name='B' binding='tns:B12'><soap12:address location='https://hotich.internal/ws12'/></port>"
            + "<port name='C' binding='tns:H'><http:address location='https://hotich.internal/http'/></port>"
            + "</service></definitions>";

    @Test
    void aWsdlHandedOutNamesNoSoapEndpointOfTheProvider() {
        String hidden = text(ContractEndpoints.hiddenInWsdl(bytes(WSDL)));
        assertFalse(hidden.contains("https://hotich.internal/ws"), hidden);
        assertEquals(2, hidden.split("location=\"http://example.org/xroad-endpoint\"", -1).length - 1, hidden);
        assertTrue(hidden.contains("traCuuKhaiSinh"), hidden);
        assertTrue(hidden.contains("https://hotich.internal/http"), "only the SOAP bindings' addresses are X-Road's to hide");
    }

    @Test
    void aDocumentThatNamesNoSoapAddressIsHandedOutAsItIs() {
        byte[] xsd = bytes("<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='urn:x'>"
                + "<xs:element name='a' type='xs:string'/></xs:schema>");
        assertSame(xsd, ContractEndpoints.hiddenInWsdl(xsd), "an XSD: not written again");
        byte[] httpOnly = bytes(WSDL.replace("<port name='A' binding='tns:B'><soap:address location='https://hotich.internal/ws'/></port>", "")
                .replace("<port name='B' binding='tns:B12'><soap12:address location='https://hotich.internal/ws12'/></port>", ""));
        assertSame(httpOnly, ContractEndpoints.hiddenInWsdl(httpOnly), "only an http:address: nothing to hide");
    }

    @Test
    void anOpenApiDocumentInYamlKeepsEverythingButItsServersUrls() {
        String yaml = """
                openapi: 3.0.3
                info: {title: Tra cứu thửa đất, version: "1.0"}
                # the provider's own host
                servers:
                  - url: https://datdai.internal/api/v1
                    description: Sở Nông nghiệp và Môi trường
                  - url: https://backup.datdai.internal/api/v1
                paths:
                  /thua-dat/{so}:
                    get: {operationId: layThuaDat, responses: {"200": {description: ok}}}
                """;
        String hidden = text(ContractEndpoints.hiddenInOpenApi(bytes(yaml)));
        assertFalse(hidden.contains("datdai.internal"), hidden);
        @SuppressWarnings("unchecked")
        Map<String, Object> api = (Map<String, Object>) OpenApiContract.yaml(hidden.length()).load(hidden);
        assertEquals(List.of(Map.of("url", ContractEndpoints.HIDDEN, "description", "Sở Nông nghiệp và Môi trường"),
                Map.of("url", ContractEndpoints.HIDDEN)), api.get("servers"));
        assertEquals("Tra cứu thửa đất", ((Map<?, ?>) api.get("info")).get("title"), "Vietnamese kept as text, not escaped");
        assertTrue(hidden.contains("Tra cứu thửa đất"), hidden);
        assertTrue(((Map<?, ?>) api.get("paths")).containsKey("/thua-dat/{so}"), hidden);
    }

    @Test
    void anOpenApiDocumentInJsonStaysJson() {
        String json = """
                {"openapi": "3.0.3", "info": {"title": "Bệnh án", "version": "1"},
                 "servers": [{"url": "https://his.internal/api"}], "paths": {"/benh-an": {}}}""";
        var api = JsonText.parse(text(ContractEndpoints.hiddenInOpenApi(bytes(json)))).asJsonObject();
        assertEquals(ContractEndpoints.HIDDEN, api.getJsonArray("servers").getJsonObject(0).getString("url"));
        assertEquals("Bệnh án", api.getJsonObject("info").getString("title"));
        assertTrue(api.getJsonObject("paths").containsKey("/benh-an"));
    }

    @Test
    void aDocumentWithoutServersIsHandedOutAsItIs() {
        String yaml = "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\n";
        assertEquals(yaml, text(ContractEndpoints.hiddenInOpenApi(bytes(yaml))));
        byte[] json = bytes("{\"openapi\": \"3.0.3\", \"paths\": {}}");
        assertSame(json, ContractEndpoints.hiddenInOpenApi(json));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
