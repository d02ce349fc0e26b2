package vn.gov.haiphong.lgsp.common.xml;

import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * StAX readers that never read a DTD, never resolve an external entity and never expand an entity
 * reference: what every XML the platform receives (SOAP requests, WSDL and XSD contracts) is read
 * with. Callers still refuse a DOCTYPE outright and bound the nesting depth.
 */
public final class SafeXml {

    /** Deepest nesting accepted in a message or contract document. */
    public static final int MAX_DEPTH = 64;

    private static final XMLInputFactory FACTORY = create();

    private SafeXml() {
    }

    /** Thread-safe once configured, as StAX factories are. */
    public static XMLInputFactory factory() {
        return FACTORY;
    }

    /** Line, column and a short reason of a parse error: the arguments of the {@code *.malformed} messages. */
    public static List<Object> whereAndWhy(XMLStreamException e) {
        Location at = e.getLocation();
        String reason = String.valueOf(e.getMessage()).replaceAll("(?s)^ParseError at \\[.*?\\]\\s*Message:\\s*", "");
        return List.of(at == null ? "?" : at.getLineNumber(), at == null ? "?" : at.getColumnNumber(),
                reason.length() > 160 ? reason.substring(0, 160) : reason);
    }

    private static XMLInputFactory create() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }
}
