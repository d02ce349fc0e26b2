package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway decides on exactly what it forwards: every message a provider could
 * read another way than the gateway — a decoy multipart root, a second X-Road header block or header, a comment
 * or a SOAP action naming another operation, a header that splits — is refused and never reaches the provider;
 * the X-Road identity headers the provider reads are the gateway's, not the caller's.
 */
@ExtendWith(ArquillianExtension.class)
class GatewayCanonicalIT {

    static final String KHAI_SINH = "<ht:traCuuKhaiSinh xmlns:ht=\"http://hotich.stp.haiphong.gov.vn/v1\"><ht:soDinhDanh>"
            + "031219000777</ht:soDinhDanh></ht:traCuuKhaiSinh>";
    static final String KET_HON = "<ht:traCuuKetHon xmlns:ht=\"http://hotich.stp.haiphong.gov.vn/v1\"><ht:soDinhDanh>1"
            + "</ht:soDinhDanh></ht:traCuuKetHon>";
    /** The commune one-stop shop may call traCuuKhaiSinh (its group's right), not traCuuKetHon. */
    static final String ONE_STOP = "H24.101/mot-cua";
    static final String SERVICE = "H24.03/ho-tich/tra-cuu-ho-tich";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theRestGatewaySetsTheXRoadIdentityHeadersItselfAndDropsForwardingClaims() {
        HttpResponse<String> answer = send(GatewayIT.call(Tokens.SYSTEM, GatewayIT.ECHO + "/mau", GatewayIT.ME)
                .header("X-Road-Service", "VN/GOV/H24.99/gia/gia").header("X-Road-Request-Hash", "gia")
                .header("X-Road-Represented-Party", "VN/GOV/H24.99").header("X-Road-Anything", "gia")
                .header("Forwarded", "for=10.0.0.1").header("X-Forwarded-For", "10.0.0.1")
                .header("X-Forwarded-Host", "noi-bo").header("X-Real-IP", "10.0.0.1").header("Via", "1.1 gia")
                .header("X-Custom", "giu nguyen"));
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode headers = json(answer).get("headers");
        assertEquals(GatewayIT.ME, headers.get("x-road-client").asText());
        assertEquals("VN/GOV/H24.06/dat-dai/echo", headers.get("x-road-service").asText(), "the service as decided");
        for (String dropped : List.of("x-road-request-hash", "x-road-represented-party", "x-road-anything", "forwarded",
                "x-forwarded-for", "x-forwarded-host", "x-real-ip", "via")) {
            assertFalse(headers.has(dropped), dropped + " reached the provider: " + headers);
        }
        assertEquals("giu nguyen", headers.get("x-custom").asText(), "end-to-end headers still pass");
    }

    @Test
    void restIdentityHeadersSentTwiceAreRefusedBeforeTheProvider() {
        long before = GatewayIT.providerCalls();
        Map<String, HttpRequest.Builder> twice = new LinkedHashMap<>();
        twice.put("X-Road-Client", GatewayIT.call(Tokens.SYSTEM, GatewayIT.ECHO, GatewayIT.ME)
                .header("X-Road-Client", "VN/GOV/H24.06/dat-dai"));
        twice.put("X-Road-UserId", GatewayIT.call(Tokens.SYSTEM, GatewayIT.ECHO, GatewayIT.ME)
                .header("X-Road-UserId", "VN-CCCD-1").header("X-Road-UserId", "VN-CCCD-2"));
        twice.put("X-Road-Id", GatewayIT.call(Tokens.SYSTEM, GatewayIT.ECHO, GatewayIT.ME)
                .header("X-Road-Id", "a").header("X-Road-Id", "b"));
        twice.put("X-Road-Issue", GatewayIT.call(Tokens.SYSTEM, GatewayIT.ECHO, GatewayIT.ME)
                .header("X-Road-Issue", "a").header("X-Road-Issue", "b"));
        twice.put("X-Road-Service", GatewayIT.call(Tokens.SYSTEM, GatewayIT.ECHO, GatewayIT.ME)
                .header("X-Road-Service", "a").header("X-Road-Service", "b"));
        twice.put("X-Road-Request-Hash", GatewayIT.call(Tokens.SYSTEM, GatewayIT.ECHO, GatewayIT.ME)
                .header("X-Road-Request-Hash", "a").header("X-Road-Request-Hash", "b"));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, HttpRequest.Builder> attempt : twice.entrySet()) {
            HttpResponse<String> answer = send(attempt.getValue());
            if (answer.statusCode() != 400 || !answer.headers().firstValue("X-Road-Error").orElse("")
                    .equals("Server.ClientProxy.InvalidRequest") || !answer.body().contains(attempt.getKey())) {
                wrong.add(attempt.getKey() + " → " + answer.statusCode() + " " + answer.body());
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(before, GatewayIT.providerCalls(), "the provider was never called");
    }

    /** A header the request's Connection header names is hop-by-hop (RFC 9110 §7.6.1): it stops at the gateway. */
    @Test
    void headersNamedInConnectionStopAtTheGateway() throws IOException {
        String answer = raw("GET /r1/VN/GOV/H24.06/dat-dai/echo/mau HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                + Tokens.of(Tokens.SYSTEM) + "\r\nX-Road-Client: " + GatewayIT.ME + "\r\nX-Hop: bi-mat\r\n"
                + "X-Custom: giu-nguyen\r\nConnection: close\r\nConnection: X-Hop\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
        assertTrue(answer.contains("\"x-custom\""), answer);
        assertFalse(answer.contains("x-hop") || answer.contains("bi-mat"), "a hop-by-hop header reached the provider: " + answer);
    }

    /**
     * Header values with a control character are refused at the edge on every path, before anything reads them. A
     * bare CR is ended as a line by Undertow's parser (it never reaches code as part of a value): on the gateway
     * the second "header" it makes is then a second X-Road-Client, refused; what is forwarded is always the
     * gateway's own reading, written anew.
     */
    @Test
    void headersWithControlCharactersAreRefusedOnEveryPath() throws IOException {
        long before = GatewayIT.providerCalls();
        String token = Tokens.of(Tokens.SYSTEM);
        List<String> wrong = new ArrayList<>();
        for (String path : List.of(GatewayIT.ECHO + "/mau", "/api/v1/agencies", "/admin/v1/audit", "/ws/gateway",
                "/ws/RegistryService")) {
            for (String value : List.of("a\u0000b", "a\u000bb", "a\u001bb", "a\u007fb")) {
                String answer = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                        + "\r\nX-Road-Client: " + GatewayIT.ME + "\r\nX-Custom: " + value + "\r\nConnection: close\r\n\r\n");
                String status = answer.isEmpty() ? "" : answer.substring(0, answer.indexOf("\r\n"));
                // refused: 400 (a SOAP 1.1 fault: 500), or the connection closed unanswered by the HTTP parser
                boolean refused = answer.isEmpty() || status.contains(" 400 ")
                        || status.contains(" 500 ") && path.startsWith("/ws/") && answer.contains("invalid-header");
                if (!refused) {
                    wrong.add(path + " " + value.chars().mapToObj(c -> c < 0x20 || c == 0x7f ? "\\x" + Integer.toHexString(c)
                            : String.valueOf((char) c)).reduce("", String::concat) + " → " + status);
                }
            }
        }
        String split = raw("GET " + GatewayIT.ECHO + "/mau HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                + "\r\nX-Road-Client: " + GatewayIT.ME + "\r\nX-Custom: a\rX-Road-Client: VN/GOV/H24.06/dat-dai\r\n"
                + "Connection: close\r\n\r\n");
        if (!split.isEmpty() && !split.startsWith("HTTP/1.1 400 ")) {
            wrong.add("bare CR on the gateway → " + split.substring(0, split.indexOf("\r\n")));
        }
        assertEquals(List.of(), wrong);
        assertEquals(before, GatewayIT.providerCalls(), "the provider was never called");
    }

    @Test
    void soapMessagesAProviderCouldReadAnotherWayAreRefusedBeforeTheProvider() {
        long before = GatewayIT.providerCalls();
        String permitted = SoapGatewayIT.envelope(ONE_STOP, SERVICE, KHAI_SINH);
        String client = permitted.substring(permitted.indexOf("<xrd:client"), permitted.indexOf("</xrd:client>") + 13);
        String service = permitted.substring(permitted.indexOf("<xrd:service"), permitted.indexOf("</xrd:service>") + 14);
        Map<String, HttpRequest.Builder> refused = new LinkedHashMap<>();
        refused.put("two xrd:client, another first", SoapGatewayIT.soap(ONE_STOP,
                permitted.replace(client, client.replace("H24.101", "H24.10").replace("mot-cua", "his") + client)));
        refused.put("two xrd:client, ours first", SoapGatewayIT.soap(ONE_STOP,
                permitted.replace(client, client + client.replace("H24.101", "H24.10").replace("mot-cua", "his"))));
        refused.put("two xrd:service", SoapGatewayIT.soap(ONE_STOP,
                permitted.replace(service, service + service.replace("tra-cuu-ho-tich", "khac"))));
        refused.put("two xrd:userId", SoapGatewayIT.soap(ONE_STOP, permitted.replace("<xrd:protocolVersion>",
                "<xrd:userId>VN-CCCD-2</xrd:userId><xrd:protocolVersion>")));
        refused.put("a second operation in the body", SoapGatewayIT.soap(ONE_STOP, permitted.replace("</soap:Body>",
                KET_HON + "</soap:Body>")));
        refused.put("an empty body, then another", SoapGatewayIT.soap(ONE_STOP, permitted.replace("<soap:Body>",
                "<soap:Body/><soap:Body>")));
        refused.put("a comment naming another operation", SoapGatewayIT.soap(ONE_STOP, permitted.replace("<soap:Body>",
                "<soap:Body><!--" + KET_HON + "-->")));
        refused.put("a processing instruction", SoapGatewayIT.soap(ONE_STOP, permitted.replace("<soap:Body>",
                "<soap:Body><?traCuuKetHon?>")));
        refused.put("a SOAPAction naming another operation", Http.request("/ws/gateway")
                .header("Authorization", "Bearer " + Tokens.of(ONE_STOP)).header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"http://hotich.stp.haiphong.gov.vn/v1/traCuuKetHon\"")
                .POST(BodyPublishers.ofString(permitted)));
        refused.put("a WS-Addressing Action naming another operation", SoapGatewayIT.soap(ONE_STOP,
                permitted.replace("<soap:Header>", "<soap:Header><wsa:Action xmlns:wsa=\"http://www.w3.org/2005/08/addressing\">"
                        + "http://hotich.stp.haiphong.gov.vn/v1/traCuuKetHon</wsa:Action>")));
        refused.put("a multipart decoy: start names the second part", multipart(ONE_STOP,
                permitted, SoapGatewayIT.envelope(ONE_STOP, SERVICE, KET_HON), "<real@lgsp>"));
        refused.put("a multipart with boundary twice", multipartTyped(ONE_STOP, permitted,
                "multipart/related; type=\"text/xml\"; boundary=\"b1\"; boundary=\"b2\""));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, HttpRequest.Builder> attempt : refused.entrySet()) {
            HttpResponse<String> answer = send(attempt.getValue());
            if (!answer.body().contains("<faultcode>Server.ClientProxy.InvalidRequest</faultcode>")) {
                wrong.add(attempt.getKey() + " → " + answer.statusCode() + " " + answer.body());
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(before, GatewayIT.providerCalls(), "the provider was never called");
    }

    @Test
    void whatTheGatewayAllowsIsWhatTheProviderAnswers() {
        String permitted = SoapGatewayIT.envelope(ONE_STOP, SERVICE, KHAI_SINH);
        HttpResponse<String> action = send(Http.request("/ws/gateway").header("Authorization", "Bearer " + Tokens.of(ONE_STOP))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"http://hotich.stp.haiphong.gov.vn/v1/traCuuKhaiSinh\"")
                .POST(BodyPublishers.ofString(permitted)));
        assertEquals(200, action.statusCode(), action.body());
        assertTrue(action.body().contains("Trần Thị Bình"), action.body());
        // start naming the first part: honoured; the provider reads that part as the root.
        HttpResponse<String> mtom = send(multipart(ONE_STOP, permitted, SoapGatewayIT.envelope(ONE_STOP, SERVICE, KET_HON),
                "<decoy@lgsp>"));
        assertEquals(200, mtom.statusCode(), mtom.body());
        assertTrue(mtom.body().contains("Trần Thị Bình"), "the provider answered the first part: " + mtom.body());
    }

    /** Two parts: {@code first} (Content-ID decoy@lgsp) and {@code second} (real@lgsp), {@code start} as given. */
    private static HttpRequest.Builder multipart(String caller, String first, String second, String start) {
        return multipartTyped(caller, first + "\u0000" + second, "multipart/related; type=\"text/xml\"; boundary=\"b1\"; start=\""
                + start + "\"");
    }

    private static HttpRequest.Builder multipartTyped(String caller, String parts, String type) {
        String[] p = parts.split("\u0000");
        StringBuilder body = new StringBuilder("--b1\r\nContent-Type: text/xml; charset=UTF-8\r\nContent-ID: <decoy@lgsp>\r\n\r\n")
                .append(p[0]).append("\r\n");
        if (p.length > 1) {
            body.append("--b1\r\nContent-Type: text/xml; charset=UTF-8\r\nContent-ID: <real@lgsp>\r\n\r\n").append(p[1])
                    .append("\r\n");
        }
        body.append("--b1--\r\n");
        return Http.request("/ws/gateway").header("Authorization", "Bearer " + Tokens.of(caller)).header("Content-Type", type)
                .POST(BodyPublishers.ofString(body.toString()));
    }

    /** A request written byte for byte on a socket (the JDK client refuses to send such headers); the answer's text. */
    static String raw(String request) throws IOException {
        URI base = URI.create(Http.BASE);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        } catch (java.net.SocketException reset) {
            return "";
        }
    }
}
