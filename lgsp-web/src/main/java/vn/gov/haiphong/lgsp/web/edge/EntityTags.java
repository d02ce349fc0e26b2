package vn.gov.haiphong.lgsp.web.edge;

/** {@code If-None-Match} against an entity tag, with the weak comparison RFC 9110 §13.1.2 asks for. */
final class EntityTags {

    private EntityTags() {
    }

    static boolean anyMatches(String ifNoneMatch, String etag) {
        String wanted = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || opaque(tag).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
