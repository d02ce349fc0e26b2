package vn.gov.haiphong.lgsp.gateway.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/**
 * A {@code multipart/related} SOAP message (MTOM/XOP, SwA, RFC 2387) seen only as far as the gateway needs:
 * where its root part — the SOAP envelope — is, so that the X-Road headers can be read (request) or
 * echoed (response). Attachments are never parsed and pass through byte for byte.
 * <p>
 * The gateway must decide on the part the provider will read as the root. RFC 2387 makes that the part whose
 * {@code Content-ID} the {@code start} parameter names, else the first part; a provider's stack may honour either
 * rule. So a request is read one way only: its content type has no parameter twice, its root is the first part,
 * a {@code start} must name that very part, and the content type forwarded ({@link #forwardedType}) carries no
 * {@code start} — the provider then takes the first part too, the one the gateway checked.
 */
public final class MultipartRelated {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] CRLF2 = {'\r', '\n', '\r', '\n'};

    /** The root part: its headers as sent, and where its content starts and ends in the message. */
    public record Root(String headers, int contentStart, int contentEnd) {

        public boolean soap12() {
            String h = headers.toLowerCase(Locale.ROOT);
            return h.contains("application/soap+xml");
        }

        /** The part's {@code Content-ID} without angle brackets, if it has one. */
        Optional<String> contentId() {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Content-ID")) {
                    return Optional.of(bare(line.substring(colon + 1)));
                }
            }
            return Optional.empty();
        }
    }

    private MultipartRelated() {
    }

    public static boolean is(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/related");
    }

    /** The boundary a multipart content type names. */
    public static Optional<String> boundary(String contentType) {
        return Optional.ofNullable(parameters(contentType == null ? "" : contentType).get("boundary"))
                .filter(b -> !b.isEmpty());
    }

    /**
     * The parameters of a content type (RFC 9110 §5.6.6: {@code ; name=token} or {@code ; name="quoted string"}),
     * names in lower case; {@code invalid-request} when a parameter is given twice or cannot be read, since two
     * readers could then disagree on it.
     */
    public static Map<String, String> parameters(String contentType) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int i = contentType.indexOf(';');
        while (i >= 0 && i < contentType.length()) {
            i++; // past ';'
            int equals = contentType.indexOf('=', i);
            if (equals < 0) {
                if (!contentType.substring(i).isBlank()) {
                    throw refuse("unreadable content type parameters");
                }
                break;
            }
            String name = contentType.substring(i, equals).strip().toLowerCase(Locale.ROOT);
            int v = equals + 1;
            while (v < contentType.length() && contentType.charAt(v) == ' ') {
                v++;
            }
            StringBuilder value = new StringBuilder();
            int next;
            if (v < contentType.length() && contentType.charAt(v) == '"') {
                int j = v + 1;
                while (j < contentType.length() && contentType.charAt(j) != '"') {
                    if (contentType.charAt(j) == '\\' && j + 1 < contentType.length()) {
                        j++;
                    }
                    value.append(contentType.charAt(j++));
                }
                if (j >= contentType.length()) {
                    throw refuse("unterminated quoted parameter in the content type");
                }
                next = contentType.indexOf(';', j + 1);
                if (!contentType.substring(j + 1, next < 0 ? contentType.length() : next).isBlank()) {
                    throw refuse("unreadable content type parameters");
                }
            } else {
                next = contentType.indexOf(';', v);
                value.append(contentType, v, next < 0 ? contentType.length() : next);
            }
            if (name.isEmpty() || parameters.put(name, value.toString().strip()) != null) {
                throw refuse("content type parameter " + name + " given twice");
            }
            i = next;
        }
        return parameters;
    }

    /**
     * The root part of a request with this content type, or {@code invalid-request}: no boundary, no first part
     * within the bytes at hand, or a {@code start} naming another part than the first.
     */
    public static Root requestRoot(byte[] message, String contentType) {
        Map<String, String> parameters = parameters(contentType);
        String boundary = Optional.ofNullable(parameters.get("boundary")).filter(b -> !b.isEmpty())
                .orElseThrow(() -> refuse("multipart without boundary"));
        Root root = root(message, boundary)
                .orElseThrow(() -> refuse("no root part within the first bytes scanned"));
        String start = parameters.get("start");
        if (start != null && !root.contentId().map(bare(start)::equals).orElse(false)) {
            throw refuse("the start parameter must name the first part, the SOAP envelope");
        }
        return root;
    }

    /** The request's content type as forwarded: every parameter as sent but {@code start} (see the class comment). */
    public static String forwardedType(String contentType) {
        StringBuilder type = new StringBuilder(contentType.substring(0, contentType.indexOf(';') < 0
                ? contentType.length() : contentType.indexOf(';')).strip());
        parameters(contentType).forEach((name, value) -> {
            if (!"start".equals(name)) {
                type.append("; ").append(name).append("=\"").append(value.replace("\\", "\\\\").replace("\"", "\\\""))
                        .append('"');
            }
        });
        return type.toString();
    }

    /**
     * The first part of the message; empty when the bytes at hand do not hold it. A delimiter is only a delimiter
     * at the start of a line ({@code --boundary} followed by optional white space and CRLF, RFC 2046 §5.1.1), so
     * text that merely contains the boundary string (in a preamble, or a longer boundary) is not taken for one.
     */
    public static Optional<Root> root(byte[] message, String boundary) {
        byte[] dashBoundary = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int first = delimiter(message, dashBoundary, 0, true);
        if (first < 0) {
            return Optional.empty();
        }
        int headersStart = indexOf(message, CRLF, first + dashBoundary.length) + CRLF.length;
        int headersEnd = indexOf(message, CRLF2, headersStart - CRLF.length);
        if (headersEnd < 0) {
            return Optional.empty();
        }
        int contentStart = headersEnd + CRLF2.length;
        int next = delimiter(message, dashBoundary, contentStart, false);
        if (next < 0) {
            return Optional.empty();
        }
        return Optional.of(new Root(headersStart >= headersEnd ? "" :
                new String(message, headersStart, headersEnd - headersStart, StandardCharsets.ISO_8859_1),
                contentStart, next - CRLF.length));
    }

    /**
     * Where the next delimiter line {@code --boundary} begins at or after {@code from}: preceded by CRLF (or at the
     * message's start, for the first) and followed by {@code --}, or white space then CRLF; -1 when none.
     */
    private static int delimiter(byte[] message, byte[] dashBoundary, int from, boolean mayBeFirst) {
        for (int i = indexOf(message, dashBoundary, from); i >= 0; i = indexOf(message, dashBoundary, i + 1)) {
            boolean lineStart = (mayBeFirst && i == 0) || (i >= 2 && message[i - 2] == '\r' && message[i - 1] == '\n');
            if (!lineStart) {
                continue;
            }
            int j = i + dashBoundary.length;
            if (j + 1 < message.length && message[j] == '-' && message[j + 1] == '-') {
                return i; // close delimiter
            }
            while (j < message.length && (message[j] == ' ' || message[j] == '\t')) {
                j++;
            }
            if (j + 1 < message.length && message[j] == '\r' && message[j + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The message with its root part's content replaced, every other byte as it was. */
    public static byte[] replaceRoot(byte[] message, Root root, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(message.length + content.length);
        out.write(message, 0, root.contentStart());
        out.writeBytes(content);
        out.write(message, root.contentEnd(), message.length - root.contentEnd());
        return out.toByteArray();
    }

    public static byte[] content(byte[] message, Root root) {
        return Arrays.copyOfRange(message, root.contentStart(), root.contentEnd());
    }

    static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A Content-ID or {@code start} value without white space and angle brackets. */
    private static String bare(String id) {
        String s = id.strip();
        return s.startsWith("<") && s.endsWith(">") ? s.substring(1, s.length() - 1).strip() : s;
    }

    private static LgspException refuse(String why) {
        return new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, why);
    }
}
