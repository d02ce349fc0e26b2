package vn.gov.haiphong.lgsp.incident.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import vn.gov.haiphong.lgsp.incident.control.IncidentImpact;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The IODEF export validates against the RFC 7970 schema (test resources, imports resolved locally). */
class IodefExportTest {

    private static final Instant T0 = Instant.parse("2026-11-20T01:15:00Z");

    /** The imports of iodef-2.0.xsd, by namespace: local copies, never the network. */
    private static final Map<String, String> IMPORTS = Map.of(
            "http://www.w3.org/2000/09/xmldsig#", "/iodef/xmldsig-core-schema.xsd",
            "urn:ietf:params:xml:ns:iodef-enum-1.0", "/iodef/iodef-enum-1.0-stub.xsd",
            "urn:ietf:params:xml:ns:iodef-sci-1.0", "/iodef/iodef-sci-1.0-stub.xsd",
            "http://www.w3.org/XML/1998/namespace", "/iodef/xml.xsd");

    @Test
    void aClosedIncidentWithItsReportAndLogIsAValidIodefDocument() throws Exception {
        String xml = IodefExport.write(closed(), log(), new IncidentImpact.Figures(120, 37), "vanhanh.lgsp@haiphong.gov.vn", T0.plusSeconds(86_400));
        schema().newValidator().validate(new StreamSource(new StringReader(xml)));

        Document doc = parse(xml);
        assertEquals("2.00", doc.getDocumentElement().getAttribute("version"));
        assertEquals("12", text(doc, "IncidentID"));
        assertEquals("resolved", ((org.w3c.dom.Element) doc.getElementsByTagNameNS(IodefExport.NS, "Incident").item(0))
                .getAttribute("status"));
        assertEquals("Mất kết nối cơ sở dữ liệu đất đai", text(doc, "Cause"));
        assertEquals("high", ((org.w3c.dom.Element) doc.getElementsByTagNameNS(IodefExport.NS, "SystemImpact").item(0))
                .getAttribute("severity"), "critical is IODEF's high");
        assertEquals(3, doc.getElementsByTagNameNS(IodefExport.NS, "HistoryItem").getLength());
        assertEquals(3, doc.getElementsByTagNameNS(IodefExport.NS, "Contact").getLength(), "the operator and two agencies");
        assertTrue(xml.contains("Dịch vụ tra cứu thửa đất không trả lời"), xml);
        assertEquals("2026-11-20T01:15:00Z", text(doc, "DetectTime"));
        NodeList counters = doc.getElementsByTagNameNS(IodefExport.NS, "Counter");
        assertEquals(2, counters.getLength(), "the exchanges touched and those failed, from the exchange log");
        assertEquals("37", counters.item(1).getTextContent());
    }

    @Test
    void aFreshIncidentWithoutReportOrLogIsValidToo() throws Exception {
        IncidentView fresh = new IncidentView(3, "Chậm", null, "Đang kiểm tra", null, "LOW", "PERFORMANCE", false,
                "DETECTED", List.of(), "alert/7", T0, "monitoring", null, null, List.of(), List.of(), List.of(),
                List.of(), false, null, null, 0);
        String xml = IodefExport.write(fresh, List.of(), null, null, T0);
        schema().newValidator().validate(new StreamSource(new StringReader(xml)));
        assertTrue(xml.contains("third-party-monitoring"), xml);
    }

    @Test
    void theSchemaRefusesWhatRfc7970DoesNotAllow() throws Exception {
        String xml = IodefExport.write(closed(), log(), new IncidentImpact.Figures(120, 37), "vanhanh.lgsp@haiphong.gov.vn", T0)
                .replace("severity=\"high\"", "severity=\"critical\"");
        assertThrows(SAXParseException.class, () -> schema().newValidator().validate(new StreamSource(new StringReader(xml))));
    }

    private static IncidentView closed() {
        return new IncidentView(12, "Dịch vụ tra cứu thửa đất không trả lời", "Hệ thống đất đai ngừng phản hồi",
                "Dịch vụ đang được khắc phục", "The service is being repaired", "CRITICAL", "AVAILABILITY", true,
                "CLOSED", List.of(), null, T0, "operator", T0.plusSeconds(7200), "backup/42",
                List.of("H24.06/dat-dai/tra-cuu-thua-dat/v1"), List.of("H24.06/dat-dai"), List.of("H24.06", "H24.10"),
                List.of(new IncidentView.IsolationView(1, "H24.06/dat-dai", T0.plusSeconds(60), "operator",
                        T0.plusSeconds(3600), "operator")),
                true, new IncidentView.Report("Mất kết nối cơ sở dữ liệu đất đai", "37 lượt trao đổi bị từ chối",
                        "Khởi động lại, bổ sung giám sát", "operator", T0.plusSeconds(5000)), T0.plusSeconds(6000), 5);
    }

    private static List<LogEntryView> log() {
        return List.of(new LogEntryView(1, T0, "operator", "operator", "OPENED", null, "DETECTED", "Mở"),
                new LogEntryView(2, T0.plusSeconds(60), "operator", "operator", "ISOLATE", null, null, "H24.06/dat-dai"),
                new LogEntryView(3, T0.plusSeconds(4000), "operator", "operator", "TRANSITION", "DIAGNOSED", "RESOLVED",
                        null));
    }

    static Schema schema() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            String local = IMPORTS.get(namespace);
            if (local == null) {
                throw new IllegalStateException("an import the test does not provide: " + namespace + " " + systemId);
            }
            return input(IodefExportTest.class.getResource(local));
        });
        return factory.newSchema(IodefExportTest.class.getResource("/iodef/iodef-2.0.xsd"));
    }

    private static LSInput input(URL url) {
        return new LSInput() {
            private String systemId = url.toString();

            @Override public Reader getCharacterStream() { return null; }
            @Override public void setCharacterStream(Reader r) { }
            @Override public InputStream getByteStream() {
                try {
                    return url.openStream();
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            @Override public void setByteStream(InputStream s) { }
            @Override public String getStringData() { return null; }
            @Override public void setStringData(String s) { }
            @Override public String getSystemId() { return systemId; }
            @Override public void setSystemId(String s) { systemId = s; }
            @Override public String getPublicId() { return null; }
            @Override public void setPublicId(String s) { }
            @Override public String getBaseURI() { return null; }
            @Override public void setBaseURI(String s) { }
            @Override public String getEncoding() { return null; }
            @Override public void setEncoding(String s) { }
            @Override public boolean getCertifiedText() { return false; }
            @Override public void setCertifiedText(boolean b) { }
        };
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String text(Document doc, String name) {
        NodeList found = doc.getElementsByTagNameNS(IodefExport.NS, name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }
}
