package vn.gov.haiphong.lgsp.gateway.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/related} SOAP message (MTOM/XOP, SwA, RFC 2387) seen only as far as the gateway needs:
 * where its root part — the SOAP envelope — is, so that the X-Road headers can be read (request) or
 * echoed (response). Attachments are never parsed and pass through byte for byte.
 */
public final class MultipartRelated {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"([^\"]+)\"|([^;\\s]+))", Pattern.CASE_INSENSITIVE);
    private static final byte[] CRLF2 = {'\r', '\n', '\r', '\n'};

    /** The root part: its headers as sent, and where its content starts and ends in the message. */
    public record Root(String headers, int contentStart, int contentEnd) {

        public boolean soap12() {
            String h = headers.toLowerCase(Locale.ROOT);
            return h.contains("application/soap+xml");
        }
    }

    private MultipartRelated() {
    }

    public static boolean is(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/related");
    }

    /** The boundary a multipart content type names. */
    public static Optional<String> boundary(String contentType) {
        Matcher m = BOUNDARY.matcher(contentType == null ? "" : contentType);
        return m.find() ? Optional.of(m.group(2) != null ? m.group(2) : m.group(3)) : Optional.empty();
    }

    /**
     * The first part of the message (the root, unless a {@code start} parameter says otherwise — which
     * MTOM senders in practice never use to point elsewhere); empty when the bytes at hand do not hold it.
     */
    public static Optional<Root> root(byte[] message, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int first = indexOf(message, delimiter, 0);
        if (first < 0) {
            return Optional.empty();
        }
        int headersStart = first + delimiter.length + 2;
        int headersEnd = indexOf(message, CRLF2, headersStart);
        if (headersEnd < 0) {
            return Optional.empty();
        }
        int contentStart = headersEnd + CRLF2.length;
        byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int contentEnd = indexOf(message, next, contentStart);
        if (contentEnd < 0) {
            return Optional.empty();
        }
        return Optional.of(new Root(new String(message, headersStart, headersEnd - headersStart, StandardCharsets.ISO_8859_1),
                contentStart, contentEnd));
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
        return java.util.Arrays.copyOfRange(message, root.contentStart(), root.contentEnd());
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
}
