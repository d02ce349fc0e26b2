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
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.w3c.dom.Document;

/**
 * {@code POST /outbound?member=GOV/BCA/csdl-dan-cu&service=VN/GOV/H24.06/dat-dai/echo&path=/x[&query=a%3D1]}: the simulated
 * instance's security server calls a city REST service through the LGSP for one of its members, as a national caller
 * would — the peer's token ({@link LgspLink}), then {@code GET /r1/{service}{path}} naming the member in
 * {@code X-Road-Client}. The call is journalled here (the member as the client, the LGSP's request hash) and answered as
 * {@code {xroadId, status, xroadError, requestHash, body}}. A test or a person at the demo triggers it; a real national
 * platform's callers are its members' own systems.
 *
 * <p>{@code POST /outbound/soap?member=GOV/BCA/csdl-dan-cu&service=VN/GOV/H24.03/ho-tich/tra-cuu-ho-tich} with the SOAP
 * body's element as the request body does the same with a city SOAP service, through the LGSP's SOAP gateway: an
 * X-Road 4.0 message whose {@code xrd:client} is the member ({@link OutboundSoapMessage}); the fault code is the answer's
 * {@code xroadError}.
 */
@Path("outbound")
@Produces(MediaType.APPLICATION_JSON)
public class OutboundCalls {

    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~-]*)*");
    private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9._~=&%-]*");

    @Inject
    LgspLink link;

    @Inject
    Journal journal;

    @Context
    UriInfo uri;

    @POST
    public JsonObject call(@QueryParam("member") String member, @QueryParam("service") String service,
                           @QueryParam("path") String path, @QueryParam("query") String query,
                           @QueryParam("xroadId") String givenId)
            throws IOException, InterruptedException {
        String operation = path == null ? "" : path;
        if (member == null || !LgspLink.MEMBER.matcher(member).matches() || service == null
                || !LgspLink.SERVICE.matcher(service).matches() || !PATH.matcher(operation).matches()
                || (query != null && !QUERY.matcher(query).matches())) {
            throw new BadRequestException("member (GOV/BCA/csdl-dan-cu), service (VN/GOV/H24.06/dat-dai/echo), path,"
                    + " query");
        }
        String client = link.client(member);
        String xroadId = XRoadMessage.id(givenId);
        URI target = URI.create(link.lgsp(uri) + "/r1/" + service + operation
                + (query == null || query.isEmpty() ? "" : "?" + query));
        HttpResponse<String> answer = LgspLink.HTTP.send(HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + link.token())
                .header("X-Road-Client", client).header("X-Road-Id", xroadId).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String hash = answer.headers().firstValue("X-Road-Request-Hash").orElse(null);
        String error = answer.headers().firstValue("X-Road-Error").orElse(null);
        journal.add(new Journal.Entry(Instant.now(), xroadId, client, null, null, service,
                "GET " + (operation.isEmpty() ? "/" : operation), answer.statusCode(), error, hash, null));
        return LgspLink.result(xroadId, answer.statusCode(), error, hash, answer.body());
    }

    @POST
    @Path("soap")
    @Consumes({MediaType.TEXT_XML, MediaType.APPLICATION_XML})
    public JsonObject callSoap(@QueryParam("member") String member, @QueryParam("service") String service,
                               @QueryParam("xroadId") String givenId, String operation)
            throws IOException, InterruptedException {
        if (member == null || !LgspLink.MEMBER.matcher(member).matches() || service == null
                || !LgspLink.SERVICE.matcher(service).matches()) {
            throw new BadRequestException("member (GOV/BCA/csdl-dan-cu), service (VN/GOV/H24.03/ho-tich/tra-cuu-ho-tich)");
        }
        Document body = OutboundSoapMessage.element(operation);
        String operationName = body.getDocumentElement().getLocalName(); // before the element moves into the message
        String client = link.client(member);
        String xroadId = XRoadMessage.id(givenId);
        HttpResponse<byte[]> answer = LgspLink.HTTP.send(HttpRequest.newBuilder(URI.create(link.lgsp(uri) + "/ws/gateway"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + link.token())
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(OutboundSoapMessage.request(client, service, xroadId, body)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        OutboundSoapMessage.Answer read = OutboundSoapMessage.read(
                answer.headers().firstValue("Content-Type").orElse("text/xml"), answer.body());
        journal.add(new Journal.Entry(Instant.now(), xroadId, client, null, null, service, operationName,
                answer.statusCode(), read.faultCode(), read.requestHash(), null));
        return LgspLink.result(xroadId, answer.statusCode(), read.faultCode(), read.requestHash(),
                new String(answer.body(), StandardCharsets.UTF_8));
    }
}
