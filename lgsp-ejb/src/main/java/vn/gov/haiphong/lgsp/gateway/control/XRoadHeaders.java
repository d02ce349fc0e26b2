package vn.gov.haiphong.lgsp.gateway.control;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The X-Road REST headers (DESIGN §4) and which of a request's or response's headers are never passed on:
 * hop-by-hop headers (RFC 9110 §7.6.1) and those a message's {@code Connection} header names, proxies'
 * forwarding headers ({@code Forwarded}, {@code X-Forwarded-*}, {@code X-Real-IP}: a caller could claim any
 * address), the caller's credentials, those the HTTP client sets — and every {@code X-Road-*} header: the gateway
 * sets those itself from what it decided ({@link #IDENTITY}), so a provider never reads a caller's claim.
 */
public final class XRoadHeaders {

    public static final String CLIENT = "X-Road-Client";
    public static final String SERVICE = "X-Road-Service";
    public static final String ID = "X-Road-Id";
    public static final String USER_ID = "X-Road-UserId";
    public static final String ISSUE = "X-Road-Issue";
    public static final String REQUEST_ID = "X-Road-Request-Id";
    public static final String REQUEST_HASH = "X-Road-Request-Hash";
    public static final String REPRESENTED_PARTY = "X-Road-Represented-Party";
    public static final String ERROR = "X-Road-Error";
    public static final int MAX_VALUE_LENGTH = 255;

    /** The headers that say who calls what, for whom: a request that sends one of them twice is refused. */
    public static final List<String> IDENTITY = List.of(CLIENT, SERVICE, ID, USER_ID, ISSUE, REQUEST_HASH,
            REPRESENTED_PARTY);

    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host",
            "content-length", "expect", "authorization", "cookie", "set-cookie", "accept-encoding", "http2-settings",
            "forwarded", "x-real-ip", "via");

    private XRoadHeaders() {
    }

    /**
     * Which headers of one message go on (to the provider, or back to the client), given the values of that
     * message's {@code Connection} header(s), whose listed names are hop-by-hop too.
     */
    public static Predicate<String> passing(Iterable<String> connection) {
        Set<String> named = new HashSet<>();
        for (String value : connection) {
            for (String name : value.split(",")) {
                named.add(name.strip().toLowerCase(Locale.ROOT));
            }
        }
        return name -> {
            String lower = name.toLowerCase(Locale.ROOT);
            return !NOT_FORWARDED.contains(lower) && !named.contains(lower) && !lower.startsWith("x-forwarded-")
                    && !lower.startsWith("x-road-");
        };
    }

    /** A header value the platform records and forwards: bounded, without control characters. */
    public static boolean isSafeValue(String value) {
        return value.length() <= MAX_VALUE_LENGTH && value.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    /**
     * Whether a raw request path (still percent-encoded) is safe to append to a provider's address: no
     * dot segments, encoded or not, no encoded slashes or backslashes, no control characters.
     */
    public static boolean isSafePath(String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("\\") || lower.contains("%00")) {
            return false;
        }
        String decodedDots = lower.replace("%2e", ".");
        for (String segment : decodedDots.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return rawPath.chars().noneMatch(c -> c < 0x21 || c == 0x7f);
    }
}
