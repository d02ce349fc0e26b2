package vn.gov.haiphong.lgsp.gateway.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import vn.gov.haiphong.lgsp.common.xml.SafeXml;

/**
 * The X-Road SOAP headers of a call to a national peer (liên thông SOAP với nền tảng quốc gia), rewritten event by
 * event with StAX: the request leaves as the LGSP's own member at the peer ({@code xrd:client} replaced) with the city
 * system as the represented party ({@code repr:representedParty}, X-Road's representation extension); the peer's
 * answer is read for what its security server attests — {@code xrd:requestHash} and a fault's code — and loses the
 * peer's X-Road header blocks, so the caller's answer carries the caller's own headers only.
 */
public final class SoapPeerHeaders {

    public static final String REPRESENTATION = "http://x-road.eu/xsd/representation.xsd";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private static final XMLEventFactory EVENTS = XMLEventFactory.newFactory();

    /**
     * What a peer's SOAP answer says of itself.
     *
     * @param requestHash the peer's {@code xrd:requestHash}, null when it sent none
     * @param faultCode   the fault's code without its prefix ({@code Server.ServerProxy.AuthenticationFailed}), null
     *                    when the answer is not a fault
     * @param message     the answer without the peer's X-Road header blocks
     */
    public record Answer(String requestHash, String faultCode, byte[] message) {
    }

    private SoapPeerHeaders() {
    }

    /**
     * The request as the peer receives it: {@code xrd:client} becomes {@code ownClient}
     * ({@code NDXP/GOV/H24/lgsp}), followed by {@code repr:representedParty} of {@code party}
     * ({@code GOV/H24.10}: class and code). Everything else is copied as read.
     */
    public static byte[] request(byte[] message, String ownClient, String party) throws XMLStreamException {
        XMLEventReader in = SafeXml.factory().createXMLEventReader(new ByteArrayInputStream(message));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(message.length + 512);
        XMLEventWriter out = OUTPUT.createXMLEventWriter(bytes, "UTF-8");
        int depth = 0;
        boolean inHeader = false;
        while (in.hasNext()) {
            XMLEvent e = in.nextEvent();
            if (e.isStartDocument()) {
                out.add(EVENTS.createStartDocument("UTF-8", "1.0"));
                continue;
            }
            if (e.isStartElement()) {
                depth++;
                StartElement start = e.asStartElement();
                if (depth == 2) {
                    inHeader = "Header".equals(start.getName().getLocalPart());
                } else if (depth == 3 && inHeader && SoapEnvelope.XROAD.equals(start.getName().getNamespaceURI())
                        && "client".equals(start.getName().getLocalPart())) {
                    skipElement(in);
                    depth--;
                    client(out, ownClient);
                    representedParty(out, party);
                    continue;
                }
            } else if (e.isEndElement()) {
                depth--;
            }
            out.add(e);
        }
        out.flush();
        out.close();
        return bytes.toByteArray();
    }

    /** Reads a peer's answer; an answer that is not XML is the peer's failure ({@link XMLStreamException}). */
    public static Answer answer(byte[] message) throws XMLStreamException {
        XMLEventReader in = SafeXml.factory().createXMLEventReader(new ByteArrayInputStream(message));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(message.length);
        XMLEventWriter out = OUTPUT.createXMLEventWriter(bytes, "UTF-8");
        String hash = null;
        String fault = null;
        int depth = 0;
        boolean inHeader = false;
        boolean inBody = false;
        while (in.hasNext()) {
            XMLEvent e = in.nextEvent();
            if (e.isStartDocument()) {
                out.add(EVENTS.createStartDocument("UTF-8", "1.0"));
                continue;
            }
            if (e.getEventType() == XMLEvent.DTD) {
                throw new XMLStreamException("DOCTYPE in the peer's answer");
            }
            if (e.isStartElement()) {
                depth++;
                StartElement start = e.asStartElement();
                String ns = start.getName().getNamespaceURI();
                String local = start.getName().getLocalPart();
                if (depth == 2) {
                    inHeader = "Header".equals(local);
                    inBody = "Body".equals(local);
                } else if (depth == 3 && inHeader && (SoapEnvelope.XROAD.equals(ns) || REPRESENTATION.equals(ns))) {
                    // read past the block's end: none of it is written
                    if ("requestHash".equals(local) && SoapEnvelope.XROAD.equals(ns)) {
                        hash = in.getElementText().strip();
                    } else {
                        skipElement(in);
                    }
                    depth--;
                    continue;
                } else if (inBody && fault == null
                        && (depth == 4 && "faultcode".equals(local) || depth == 5 && "Value".equals(local))) {
                    out.add(e);
                    String code = in.getElementText();
                    out.add(EVENTS.createCharacters(code));
                    out.add(EVENTS.createEndElement(start.getName(), null));
                    depth--;
                    fault = code.strip().substring(code.strip().indexOf(':') + 1);
                    continue;
                }
            } else if (e.isEndElement()) {
                depth--;
            }
            out.add(e);
        }
        out.flush();
        out.close();
        return new Answer(hash, fault, bytes.toByteArray());
    }

    private static void skipElement(XMLEventReader in) throws XMLStreamException {
        int open = 1;
        while (open > 0 && in.hasNext()) {
            XMLEvent e = in.nextEvent();
            if (e.isStartElement()) {
                open++;
            } else if (e.isEndElement()) {
                open--;
            }
        }
    }

    private static void client(XMLEventWriter w, String ownClient) throws XMLStreamException {
        String[] c = ownClient.split("/", 4);
        SoapResponseHeaders.identifier(w, "client", "SUBSYSTEM", new String[][] {{"xRoadInstance", c[0]},
                {"memberClass", c[1]}, {"memberCode", c[2]}, {"subsystemCode", c[3]}});
    }

    private static void representedParty(XMLEventWriter w, String party) throws XMLStreamException {
        int slash = party.indexOf('/');
        w.add(EVENTS.createStartElement("repr", REPRESENTATION, "representedParty"));
        w.add(EVENTS.createNamespace("repr", REPRESENTATION));
        if (slash > 0) {
            element(w, "partyClass", party.substring(0, slash));
        }
        element(w, "partyCode", party.substring(slash + 1));
        w.add(EVENTS.createEndElement("repr", REPRESENTATION, "representedParty"));
    }

    private static void element(XMLEventWriter w, String name, String text) throws XMLStreamException {
        w.add(EVENTS.createStartElement("repr", REPRESENTATION, name));
        w.add(EVENTS.createCharacters(text));
        w.add(EVENTS.createEndElement("repr", REPRESENTATION, name));
    }
}
