package vn.gov.haiphong.lgsp.catalog.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.Namespace;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.xml.SafeXml;

/**
 * A WSDL with every schema document it imports inlined in its {@code types}, so that it is one document a
 * client stack reads without fetching anything else (Metro, CXF and X-Road's getWsdl all take a single WSDL).
 * Each {@code xsd:import} or {@code xsd:include} whose {@code schemaLocation} names one of the service's stored
 * documents — in the WSDL or, transitively, in an inlined schema — brings that schema into {@code types} once;
 * the import keeps its namespace and loses the location, the include goes (its schema now stands beside the
 * one that included it). Locations that name no stored document are left as they are.
 */
public final class SelfContainedWsdl {

    private static final String WSDL = "http://schemas.xmlsoap.org/wsdl/";
    private static final QName TYPES = new QName(WSDL, "types");
    private static final QName LOCATION = new QName("schemaLocation");
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private static final XMLEventFactory EVENTS = XMLEventFactory.newFactory();

    private SelfContainedWsdl() {
    }

    /**
     * The WSDL with the documents it imports inlined; one that imports none of {@code documents} comes back as it
     * is, the same array.
     *
     * @param documents the service's other stored documents, by the name a {@code schemaLocation} gives them
     */
    public static byte[] of(byte[] wsdl, Map<String, byte[]> documents) {
        Set<String> inlined = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(wsdl.length * 2);
        try {
            XMLEventReader in = SafeXml.factory().createXMLEventReader(new ByteArrayInputStream(wsdl));
            XMLEventWriter w = OUTPUT.createXMLEventWriter(out, "UTF-8");
            while (in.hasNext()) {
                XMLEvent e = in.nextEvent();
                if (e.isStartDocument()) {
                    w.add(EVENTS.createStartDocument("UTF-8", "1.0"));
                } else if (e.isEndElement() && e.asEndElement().getName().equals(TYPES)) {
                    while (!pending.isEmpty()) {
                        String name = pending.poll();
                        if (inlined.add(name)) {
                            copySchema(documents.get(name), documents, pending, w);
                        }
                    }
                    w.add(e);
                } else if (e.getEventType() != XMLEvent.DTD) {
                    copy(e, in, documents, pending, w);
                }
            }
            w.close();
        } catch (XMLStreamException e) {
            throw new LgspException(ErrorCode.SERVICE_FAILED, "contract", "the stored contract cannot be read");
        }
        return inlined.isEmpty() ? wsdl : out.toByteArray();
    }

    /**
     * One event: a schema reference to a stored document is rewritten (import) or left out with its end (include).
     *
     * @return whether the event's element was consumed to its end
     */
    private static boolean copy(XMLEvent e, XMLEventReader in, Map<String, byte[]> documents, Deque<String> pending,
                             XMLEventWriter w) throws XMLStreamException {
        if (e.isStartElement() && isSchemaReference(e.asStartElement(), documents)) {
            StartElement reference = e.asStartElement();
            pending.add(reference.getAttributeByName(LOCATION).getValue());
            if ("include".equals(reference.getName().getLocalPart())) {
                skipElement(in);
                return true;
            }
            List<Attribute> kept = new ArrayList<>();
            reference.getAttributes().forEachRemaining(a -> {
                if (!a.getName().equals(LOCATION)) {
                    kept.add(a);
                }
            });
            w.add(EVENTS.createStartElement(reference.getName(), kept.iterator(), reference.getNamespaces()));
            return false;
        }
        w.add(e);
        return false;
    }

    /** A stored schema's root element and everything in it, its own references handled the same way. */
    private static void copySchema(byte[] schema, Map<String, byte[]> documents, Deque<String> pending,
                                   XMLEventWriter w) throws XMLStreamException {
        XMLEventReader in = SafeXml.factory().createXMLEventReader(new ByteArrayInputStream(schema));
        int depth = 0;
        while (in.hasNext()) {
            XMLEvent e = in.nextEvent();
            if (e.isStartElement()) {
                if (depth++ == 0) {
                    w.add(withOwnDefaultNamespace(e.asStartElement()));
                    continue;
                }
            } else if (e.isEndElement()) {
                depth--;
            } else if (depth == 0) {
                continue; // the prolog, whitespace and comments around the root
            }
            if (copy(e, in, documents, pending, w)) {
                depth--;
            }
        }
    }

    /**
     * The schema's root as it is, declaring the default namespace as empty when it does not declare one: inside
     * the WSDL an unprefixed name would otherwise take the WSDL's default namespace.
     */
    private static StartElement withOwnDefaultNamespace(StartElement root) {
        List<Namespace> namespaces = new ArrayList<>();
        boolean declaresDefault = false;
        for (Iterator<Namespace> it = root.getNamespaces(); it.hasNext(); ) {
            Namespace n = it.next();
            declaresDefault |= n.isDefaultNamespaceDeclaration();
            namespaces.add(n);
        }
        if (!declaresDefault) {
            namespaces.add(EVENTS.createNamespace(XMLConstants.NULL_NS_URI));
        }
        return EVENTS.createStartElement(root.getName(), root.getAttributes(), namespaces.iterator());
    }

    private static boolean isSchemaReference(StartElement start, Map<String, byte[]> documents) {
        String local = start.getName().getLocalPart();
        Attribute location = start.getAttributeByName(LOCATION);
        return XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(start.getName().getNamespaceURI())
                && ("import".equals(local) || "include".equals(local))
                && location != null && documents.containsKey(location.getValue());
    }

    private static void skipElement(XMLEventReader in) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            XMLEvent e = in.nextEvent();
            depth += e.isStartElement() ? 1 : e.isEndElement() ? -1 : 0;
        }
    }
}
