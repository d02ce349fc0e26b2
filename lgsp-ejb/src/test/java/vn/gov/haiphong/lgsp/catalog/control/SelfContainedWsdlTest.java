package vn.gov.haiphong.lgsp.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A WSDL handed out by the metadata services is one document: the schemas it imports are in its types. */
class SelfContainedWsdlTest {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    @Test
    void theDemoCivilStatusWsdlCarriesItsSchema() throws Exception {
        byte[] wsdl = demo("ho-tich.wsdl");
        byte[] whole = SelfContainedWsdl.of(wsdl, Map.of("ho-tich.xsd", demo("ho-tich.xsd")));
        String text = new String(whole, StandardCharsets.UTF_8);
        assertFalse(text.contains("schemaLocation"), text);
        Document document = parse(whole);
        Schema schema = typesAsOneSchema(document);
        assertNotNull(schema);
        schema.newValidator().validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(
                "<traCuuKhaiSinh xmlns='http://hotich.stp.haiphong.gov.vn/v1'><soDinhDanh>031</soDinhDanh></traCuuKhaiSinh>")));
        assertEquals(2, document.getElementsByTagNameNS(XS, "schema").getLength(), "the WSDL's own and the imported one");
        assertTrue(text.contains("traCuuKhaiSinh") && text.contains("HoTichBinding"), "nothing of the WSDL is lost");
    }

    @Test
    void importsAndIncludesAreFollowedThroughTheSchemasOnceEach() throws Exception {
        String wsdl = "<definitions xmlns='http://schemas.xmlsoap.org/wsdl/' xmlns:xs='" + XS + "'><types>"
                + "<xs:schema targetNamespace='urn:w'><xs:import namespace='urn:a' schemaLocation='a.xsd'/>"
                + "<xs:import namespace='urn:b' schemaLocation='b.xsd'/></xs:schema></types></definitions>";
        String a = "<xs:schema xmlns:xs='" + XS + "' xmlns:b='urn:b' targetNamespace='urn:a'>"
                + "<xs:import namespace='urn:b' schemaLocation='b.xsd'/><xs:include schemaLocation='a-more.xsd'/>"
                + "<xs:element name='a' type='b:T'/></xs:schema>";
        String aMore = "<xs:schema xmlns:xs='" + XS + "' targetNamespace='urn:a'><xs:element name='more' type='xs:int'/></xs:schema>";
        String b = "<?xml version='1.0'?><!-- b --><xs:schema xmlns:xs='" + XS + "' targetNamespace='urn:b'>"
                + "<xs:simpleType name='T'><xs:restriction base='xs:string'/></xs:simpleType>"
                + "<xs:import namespace='urn:elsewhere' schemaLocation='http://elsewhere.example/x.xsd'/></xs:schema>";
        byte[] whole = SelfContainedWsdl.of(bytes(wsdl), Map.of("a.xsd", bytes(a), "a-more.xsd", bytes(aMore), "b.xsd", bytes(b)));
        String text = new String(whole, StandardCharsets.UTF_8);
        Document document = parse(whole);
        NodeList schemas = document.getElementsByTagNameNS(XS, "schema");
        List<String> namespaces = new ArrayList<>();
        for (int i = 0; i < schemas.getLength(); i++) {
            namespaces.add(((Element) schemas.item(i)).getAttribute("targetNamespace"));
        }
        assertEquals(List.of("urn:w", "urn:a", "urn:b", "urn:a"), namespaces, text);
        assertEquals(0, document.getElementsByTagNameNS(XS, "include").getLength(), text);
        assertEquals(1, text.split("schemaLocation", -1).length - 1, "only the location of no stored document stays: " + text);
        assertTrue(text.contains("http://elsewhere.example/x.xsd"), text);
    }

    @Test
    void aWsdlThatImportsNoStoredDocumentIsHandedOutAsItIs() {
        byte[] wsdl = bytes(ContractEndpointsTest.WSDL);
        assertSame(wsdl, SelfContainedWsdl.of(wsdl, Map.of("ho-tich.xsd", bytes("<x/>"))));
    }

    /** Every schema of the WSDL's types compiled together, as a client stack does. */
    private static Schema typesAsOneSchema(Document wsdl) throws Exception {
        NodeList schemas = wsdl.getElementsByTagNameNS(XS, "schema");
        Source[] sources = new Source[schemas.getLength()];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = new DOMSource(schemas.item(i));
        }
        SchemaFactory factory = SchemaFactory.newInstance(XS);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newSchema(sources);
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static byte[] demo(String name) throws IOException {
        try (InputStream in = SelfContainedWsdlTest.class.getResourceAsStream("/demo/contracts/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
