package vn.gov.haiphong.lgsp.gateway.control;

import java.io.InputStream;
import java.io.OutputStream;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import vn.gov.haiphong.lgsp.common.xml.SafeXml;

/**
 * Copies a provider's SOAP response event by event (StAX, no DOM), with the request's X-Road headers
 * echoed in its header and {@code xrd:requestHash} added (X-Road message protocol 4.0). A header the
 * provider sent is kept, merged into the one header.
 */
public final class SoapResponseHeaders {

    static final String SHA512 = "http://www.w3.org/2001/04/xmlenc#sha512";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private static final XMLEventFactory EVENTS = XMLEventFactory.newFactory();

    private SoapResponseHeaders() {
    }

    public static void copy(InputStream response, OutputStream out, SoapEnvelope request, String xroadId,
                            String requestHash) throws XMLStreamException {
        XMLEventReader in = SafeXml.factory().createXMLEventReader(response);
        XMLEventWriter w = OUTPUT.createXMLEventWriter(out, "UTF-8");
        int depth = 0;
        boolean mergingHeader = false;
        while (in.hasNext()) {
            XMLEvent e = in.nextEvent();
            if (e.isStartDocument()) {
                w.add(EVENTS.createStartDocument("UTF-8", "1.0"));
                continue;
            }
            if (e.getEventType() == XMLEvent.DTD) {
                throw new XMLStreamException("DOCTYPE in the provider's response");
            }
            if (e.isStartElement()) {
                depth++;
                StartElement start = e.asStartElement();
                if (depth == 2 && "Header".equals(start.getName().getLocalPart())) {
                    mergingHeader = true; // already written, with ours in it
                    continue;
                }
                w.add(e);
                if (depth == 1) {
                    String envelope = start.getName().getNamespaceURI();
                    String prefix = start.getName().getPrefix();
                    w.add(EVENTS.createStartElement(prefix, envelope, "Header"));
                    echo(w, request, xroadId, requestHash);
                    if (!startsWithHeader(in)) {
                        w.add(EVENTS.createEndElement(prefix, envelope, "Header"));
                    }
                }
                continue;
            }
            if (e.isEndElement()) {
                depth--;
                if (depth == 1 && mergingHeader && "Header".equals(e.asEndElement().getName().getLocalPart())) {
                    mergingHeader = false;
                }
            }
            w.add(e);
        }
        w.flush();
        w.close();
    }

    /** Whether the next element after the envelope's start is its Header (whitespace skipped). */
    private static boolean startsWithHeader(XMLEventReader in) throws XMLStreamException {
        while (in.hasNext()) {
            XMLEvent next = in.peek();
            if (next.isCharacters() && next.asCharacters().isWhiteSpace()) {
                in.nextEvent();
                continue;
            }
            return next.isStartElement() && "Header".equals(next.asStartElement().getName().getLocalPart());
        }
        return false;
    }

    private static void echo(XMLEventWriter w, SoapEnvelope r, String xroadId, String requestHash)
            throws XMLStreamException {
        String[] client = r.client().split("/");
        identifier(w, "client", "SUBSYSTEM", new String[][] {{"xRoadInstance", client[0]}, {"memberClass", client[1]},
                {"memberCode", client[2]}, {"subsystemCode", client[3]}});
        identifier(w, "service", "SERVICE", new String[][] {{"xRoadInstance", r.instance()}, {"memberClass", r.memberClass()},
                {"memberCode", r.memberCode()}, {"subsystemCode", r.subsystemCode()}, {"serviceCode", r.serviceCode()},
                {"serviceVersion", r.serviceVersion()}});
        simple(w, "id", xroadId);
        simple(w, "userId", r.userId());
        simple(w, "issue", r.issue());
        simple(w, "protocolVersion", r.protocolVersion());
        w.add(EVENTS.createStartElement("xrd", SoapEnvelope.XROAD, "requestHash"));
        w.add(EVENTS.createNamespace("xrd", SoapEnvelope.XROAD));
        w.add(EVENTS.createAttribute("algorithmId", SHA512));
        w.add(EVENTS.createCharacters(requestHash));
        w.add(EVENTS.createEndElement("xrd", SoapEnvelope.XROAD, "requestHash"));
    }

    static void identifier(XMLEventWriter w, String name, String type, String[][] parts) throws XMLStreamException {
        w.add(EVENTS.createStartElement("xrd", SoapEnvelope.XROAD, name));
        w.add(EVENTS.createNamespace("xrd", SoapEnvelope.XROAD));
        w.add(EVENTS.createNamespace("id", SoapEnvelope.IDENTIFIERS));
        w.add(EVENTS.createAttribute("id", SoapEnvelope.IDENTIFIERS, "objectType", type));
        for (String[] part : parts) {
            if (part[1] != null) {
                w.add(EVENTS.createStartElement("id", SoapEnvelope.IDENTIFIERS, part[0]));
                w.add(EVENTS.createCharacters(part[1]));
                w.add(EVENTS.createEndElement("id", SoapEnvelope.IDENTIFIERS, part[0]));
            }
        }
        w.add(EVENTS.createEndElement("xrd", SoapEnvelope.XROAD, name));
    }

    private static void simple(XMLEventWriter w, String name, String value) throws XMLStreamException {
        if (value != null) {
            w.add(EVENTS.createStartElement("xrd", SoapEnvelope.XROAD, name));
            w.add(EVENTS.createNamespace("xrd", SoapEnvelope.XROAD));
            w.add(EVENTS.createCharacters(value));
            w.add(EVENTS.createEndElement("xrd", SoapEnvelope.XROAD, name));
        }
    }
}
