package vn.gov.haiphong.lgsp.national.sim;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.MimeHeaders;
import jakarta.xml.soap.SOAPBody;
import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.soap.SOAPMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * {@code POST /outbound/soap?member=GOV/BCA/csdl-dan-cu&service=VN/GOV/H24.03/ho-tich/tra-cuu-ho-tich} with the SOAP
 * body's element as the request body: the simulated instance's security server calls a city SOAP service through the
 * LGSP's SOAP gateway for one of its members — an X-Road 4.0 message whose {@code xrd:client} is the member, with the
 * peer's token ({@link LgspLink}). Journalled here with the LGSP's {@code xrd:requestHash} and answered as
 * {@code {xroadId, status, xroadError, requestHash, body}} (the fault code as {@code xroadError}).
 */
@Path("outbound/soap")
@Produces(MediaType.APPLICATION_JSON)
public class OutboundSoapCalls {

    @Inject
    LgspLink link;

    @Inject
    Journal journal;

    @Context
    UriInfo uri;

    @POST
    @Consumes({MediaType.TEXT_XML, MediaType.APPLICATION_XML})
    public JsonObject call(@QueryParam("member") String member, @QueryParam("service") String service,
                           @QueryParam("xroadId") String givenId, String operation)
            throws IOException, InterruptedException {
        if (member == null || !LgspLink.MEMBER.matcher(member).matches() || service == null
                || !LgspLink.SERVICE.matcher(service).matches()) {
            throw new BadRequestException("member (GOV/BCA/csdl-dan-cu), service (VN/GOV/H24.03/ho-tich/tra-cuu-ho-tich)");
        }
        Document body = element(operation);
        String operationName = body.getDocumentElement().getLocalName(); // before the element moves into the message
        String client = link.client(member);
        String xroadId = XRoadMessage.id(givenId);
        byte[] message = message(client, service, xroadId, body);
        HttpResponse<byte[]> answer = LgspLink.HTTP.send(HttpRequest.newBuilder(URI.create(link.lgsp(uri) + "/ws/gateway"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + link.token())
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(message)).build(), HttpResponse.BodyHandlers.ofByteArray());
        String hash = null;
        String error = null;
        try {
            MimeHeaders headers = new MimeHeaders();
            headers.addHeader("Content-Type", answer.headers().firstValue("Content-Type").orElse("text/xml"));
            SOAPMessage read = MessageFactory.newInstance().createMessage(headers,
                    new ByteArrayInputStream(answer.body()));
            hash = read.getSOAPHeader() == null ? null
                    : BusinessRegistryService.text(read.getSOAPHeader(), BusinessRegistryService.XRD, "requestHash");
            error = read.getSOAPBody().hasFault() ? read.getSOAPBody().getFault().getFaultCode() : null;
        } catch (SOAPException | RuntimeException e) {
            error = "not a SOAP answer";
        }
        journal.add(new Journal.Entry(Instant.now(), xroadId, client, null, null, service,
                operationName, answer.statusCode(), error, hash, null));
        return LgspLink.result(xroadId, answer.statusCode(), error, hash,
                new String(answer.body(), StandardCharsets.UTF_8));
    }

    /** The SOAP body's one element, parsed without a DTD. */
    private static Document element(String xml) {
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

    /** An X-Road 4.0 SOAP 1.1 message: the member as {@code xrd:client}, the city service, the id and the body. */
    private static byte[] message(String client, String service, String xroadId, Document body) throws IOException {
        try {
            SOAPMessage message = MessageFactory.newInstance().createMessage();
            message.getSOAPPart().getEnvelope().addNamespaceDeclaration("xrd", BusinessRegistryService.XRD);
            message.getSOAPPart().getEnvelope().addNamespaceDeclaration("id", BusinessRegistryService.ID);
            SOAPHeader header = message.getSOAPHeader();
            identifier(header, "client", "SUBSYSTEM", client.split("/"));
            identifier(header, "service", "SERVICE", service.split("/"));
            header.addChildElement("id", "xrd", BusinessRegistryService.XRD).addTextNode(xroadId);
            header.addChildElement("protocolVersion", "xrd", BusinessRegistryService.XRD).addTextNode("4.0");
            SOAPBody soapBody = message.getSOAPBody();
            soapBody.addDocument(body);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (SOAPException e) {
            throw new IOException(e);
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
