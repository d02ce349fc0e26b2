package vn.gov.haiphong.lgsp.incident.boundary;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.gov.haiphong.lgsp.incident.control.IncidentImpact;

/**
 * An incident as an IODEF v2 document (RFC 7970), the format Thông tư 39/2017 recommends for exchanging incident
 * data: its number, times, title and description, the assessment (severity, impact with the exchange log's counts,
 * cause) from its report, the
 * platform's operator as creator and the affected agencies as victims, and its log as the history. Written with the
 * JDK's StAX writer, in the schema's element order; {@code IodefExportTest} validates it against the RFC's schema.
 */
public final class IodefExport {

    static final String NS = "urn:ietf:params:xml:ns:iodef-2.0";
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /** The IncidentID namespace: the platform's name, as RFC 7970 asks for (the CSIRT's domain). */
    static final String ISSUER = "lgsp.haiphong.gov.vn";

    private IodefExport() {
    }

    /** The document, UTF-8 text. */
    public static String write(IncidentView incident, List<LogEntryView> log, IncidentImpact.Figures impact,
                               String operatorEmail, Instant now) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(NS);
            x.writeStartElement(NS, "IODEF-Document");
            x.writeDefaultNamespace(NS);
            x.writeAttribute("version", "2.00");
            x.writeAttribute("xml", XML_NS, "lang", "vi");
            x.writeStartElement(NS, "Incident");
            x.writeAttribute("purpose", "reporting");
            x.writeAttribute("status", status(incident.state()));
            x.writeAttribute("restriction", "need-to-know");
            text(x, "IncidentID", Long.toString(incident.id()), "name", ISSUER);
            time(x, "DetectTime", incident.detectedAt());
            time(x, "RecoveryTime", resolvedAt(log));
            time(x, "ReportTime", incident.report() == null ? null : incident.report().reportedAt());
            time(x, "GenerationTime", now);
            description(x, incident.title());
            description(x, incident.description());
            description(x, incident.noticeVi());
            x.writeStartElement(NS, "Discovery");
            x.writeAttribute("source", incident.source() == null ? "internal-notification" : "third-party-monitoring");
            description(x, incident.source() == null ? "Mở bởi " + incident.openedBy() : "Cảnh báo " + incident.source());
            x.writeEndElement();
            assessment(x, incident, impact);
            x.writeStartElement(NS, "Contact");
            x.writeAttribute("role", "creator");
            x.writeAttribute("type", "organization");
            text(x, "ContactName", "Đơn vị vận hành LGSP Hải Phòng");
            if (operatorEmail != null) {
                x.writeStartElement(NS, "Email");
                text(x, "EmailTo", operatorEmail);
                x.writeEndElement();
            }
            x.writeEndElement();
            for (String agency : incident.agencies()) {
                x.writeStartElement(NS, "Contact");
                x.writeAttribute("role", "victim");
                x.writeAttribute("type", "organization");
                text(x, "ContactName", agency);
                x.writeEndElement();
            }
            if (!incident.services().isEmpty() || !incident.systems().isEmpty()) {
                x.writeStartElement(NS, "EventData");
                incident.services().forEach(s -> description(x, "Dịch vụ / service " + s));
                incident.systems().forEach(s -> description(x, "Hệ thống / system " + s));
                x.writeEndElement();
            }
            if (!log.isEmpty()) {
                x.writeStartElement(NS, "History");
                for (LogEntryView e : log) {
                    x.writeStartElement(NS, "HistoryItem");
                    x.writeAttribute("action", action(e));
                    if ("ext-value".equals(action(e))) {
                        x.writeAttribute("ext-action", e.kind().toLowerCase(java.util.Locale.ROOT));
                    }
                    time(x, "DateTime", e.at());
                    description(x, e.seq() + ". " + e.actor() + " (" + e.role() + ") " + e.kind()
                            + (e.to() == null ? "" : " " + (e.from() == null ? "" : e.from() + " → ") + e.to())
                            + (e.text() == null ? "" : ": " + e.text()));
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            if (incident.report() != null && incident.report().actions() != null) {
                x.writeStartElement(NS, "AdditionalData");
                x.writeAttribute("dtype", "string");
                x.writeAttribute("meaning", "actions");
                x.writeCharacters(incident.report().actions());
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("IODEF of incident " + incident.id(), e);
        }
        return out.toString();
    }

    private static void assessment(XMLStreamWriter x, IncidentView incident, IncidentImpact.Figures impact)
            throws XMLStreamException {
        x.writeStartElement(NS, "Assessment");
        x.writeAttribute("occurrence", "actual");
        x.writeStartElement(NS, "SystemImpact");
        x.writeAttribute("severity", severity(incident.severity()));
        x.writeAttribute("type", impactType(incident.category(), incident.dataAffected()));
        description(x, incident.report() == null ? incident.noticeVi() : incident.report().impact());
        x.writeEndElement();
        if (impact != null) {
            counter(x, impact.exchanges(), "exchanges with the affected services and systems during the incident");
            counter(x, impact.failed(), "of them failed or refused");
        }
        if (incident.report() != null && incident.report().cause() != null) {
            text(x, "Cause", incident.report().cause());
        }
        x.writeEndElement();
    }

    private static void counter(XMLStreamWriter x, long value, String meaning) throws XMLStreamException {
        x.writeStartElement(NS, "Counter");
        x.writeAttribute("type", "count");
        x.writeAttribute("unit", "message");
        x.writeAttribute("meaning", meaning);
        x.writeCharacters(Long.toString(value));
        x.writeEndElement();
    }

    /** When the incident was last resolved, from its log. */
    static Instant resolvedAt(List<LogEntryView> log) {
        return log.stream().filter(e -> "RESOLVED".equals(e.to())).map(LogEntryView::at).reduce((a, b) -> b).orElse(null);
    }

    static String status(String state) {
        return switch (state) {
            case "DETECTED" -> "new";
            case "ESCALATED" -> "forwarded";
            case "RESOLVED", "CLOSED" -> "resolved";
            default -> "in-progress";
        };
    }

    /** IODEF has three severities: a critical incident is a high one. */
    static String severity(String severity) {
        return switch (severity) {
            case "LOW" -> "low";
            case "MEDIUM" -> "medium";
            default -> "high";
        };
    }

    static String impactType(String category, boolean dataAffected) {
        if (dataAffected || "DATA".equals(category)) {
            return "integrity-data";
        }
        return switch (category) {
            case "AVAILABILITY", "PERFORMANCE", "CONNECTIVITY" -> "availability-service";
            case "SECURITY" -> "breach-configuration";
            default -> "unknown";
        };
    }

    private static String action(LogEntryView e) {
        return switch (e.kind()) {
            case "OPENED" -> "status-triage";
            case "ISOLATE" -> "block-host";
            case "TRANSITION" -> "RESOLVED".equals(e.to()) ? "remediate-other"
                    : "ESCALATED".equals(e.to()) ? "contact-target-site" : "status-new-info";
            case "LIFT", "BACKUP" -> "ext-value";
            default -> "status-new-info";
        };
    }

    private static void time(XMLStreamWriter x, String name, Instant at) throws XMLStreamException {
        if (at != null) {
            text(x, name, at.truncatedTo(ChronoUnit.SECONDS).toString());
        }
    }

    private static void description(XMLStreamWriter x, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        try {
            text(x, "Description", text);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void text(XMLStreamWriter x, String name, String text, String... attributes) throws XMLStreamException {
        x.writeStartElement(NS, name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            x.writeAttribute(attributes[i], attributes[i + 1]);
        }
        x.writeCharacters(text);
        x.writeEndElement();
    }
}
