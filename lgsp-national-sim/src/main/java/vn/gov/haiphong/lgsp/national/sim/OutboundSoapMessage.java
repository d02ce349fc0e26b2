package vn.gov.haiphong.lgsp.national.sim;

import jakarta.ws.rs.BadRequestException;
import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.MimeHeaders;
import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.soap.SOAPMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The X-Road 4.0 SOAP message the simulated security server sends a city SOAP service through the LGSP
 * ({@link OutboundCalls#callSoap}), and what it reads of the answer: the request hash and the fault code.
 */
final class OutboundSoapMessage {

    /** What the LGSP answered: its {@code xrd:requestHash}, and the fault code when it is a fault. */
    record Answer(String requestHash, String faultCode) {
    }

    private OutboundSoapMessage() {
    }

    /** The SOAP body's one element, parsed without a DTD. */
    static Document element(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml == null ? "" : xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new BadRequestException("the request body is the SOAP body's element, as XML: " + e.getMessage());
        }
    }

    /** A SOAP 1.1 message: the member as {@code xrd:client}, the city service, the id and the body (moved in). */
    static byte[] request(String client, String service, String xroadId, Document body) throws IOException {
        try {
            SOAPMessage message = MessageFactory.newInstance().createMessage();
            message.getSOAPPart().getEnvelope().addNamespaceDeclaration("xrd", BusinessRegistryService.XRD);
            message.getSOAPPart().getEnvelope().addNamespaceDeclaration("id", BusinessRegistryService.ID);
            SOAPHeader header = message.getSOAPHeader();
            identifier(header, "client", "SUBSYSTEM", client.split("/"));
            identifier(header, "service", "SERVICE", service.split("/"));
            header.addChildElement("id", "xrd", BusinessRegistryService.XRD).addTextNode(xroadId);
            header.addChildElement("protocolVersion", "xrd", BusinessRegistryService.XRD).addTextNode("4.0");
            message.getSOAPBody().addDocument(body);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (SOAPException e) {
            throw new IOException(e);
        }
    }

    /** The answer's request hash and fault code; a fault code naming what went wrong when it is no SOAP message. */
    static Answer read(String contentType, byte[] answer) {
        try {
            MimeHeaders headers = new MimeHeaders();
            headers.addHeader("Content-Type", contentType);
            SOAPMessage read = MessageFactory.newInstance().createMessage(headers, new ByteArrayInputStream(answer));
            String hash = read.getSOAPHeader() == null ? null
                    : BusinessRegistryService.text(read.getSOAPHeader(), BusinessRegistryService.XRD, "requestHash");
            return new Answer(hash, read.getSOAPBody().hasFault() ? read.getSOAPBody().getFault().getFaultCode() : null);
        } catch (SOAPException | IOException | RuntimeException e) {
            return new Answer(null, "not a SOAP answer");
        }
    }

    private static void identifier(SOAPHeader header, String name, String type, String[] parts) throws SOAPException {
        SOAPElement block = header.addChildElement(name, "xrd", BusinessRegistryService.XRD);
        block.addAttribute(new QName(BusinessRegistryService.ID, "objectType", "id"), type);
        String[] names = {"xRoadInstance", "memberClass", "memberCode", "subsystemCode", "serviceCode"};
        for (int i = 0; i < parts.length; i++) {
            block.addChildElement(names[i], "id", BusinessRegistryService.ID).addTextNode(parts[i]);
        }
    }
}
