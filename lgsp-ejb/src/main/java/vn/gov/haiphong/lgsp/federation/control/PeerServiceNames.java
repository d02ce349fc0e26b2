package vn.gov.haiphong.lgsp.federation.control;

/**
 * The shape of a national service's name as a peer's catalog gives it: instance, member class, member code, subsystem
 * and service code, {@code NDXP/GOV/BCA/csdl-dan-cu/tra-cuu-cong-dan} — five parts, where a city service's identifier
 * ({@code H24.06/dat-dai/tra-cuu-thua-dat/v1}) has four. Which of the two a request names follows from the shape alone.
 */
public final class PeerServiceNames {

    private static final int PARTS = 5;

    private PeerServiceNames() {
    }

    /** Five non-empty parts without spaces: the name of a peer's service, whether or not any peer lists it. */
    public static boolean isNational(String text) {
        if (text == null) {
            return false;
        }
        String[] parts = text.strip().split("/", -1);
        if (parts.length != PARTS) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.chars().anyMatch(Character::isWhitespace)) {
                return false;
            }
        }
        return true;
    }
}
