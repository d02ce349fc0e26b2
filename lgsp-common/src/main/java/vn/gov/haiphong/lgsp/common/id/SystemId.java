package vn.gov.haiphong.lgsp.common.id;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Định danh hệ thống thông tin: agency code + system code, printed {@code H24.10/his} — also the
 * system's Keycloak client id (DESIGN §3). Parsing checks the shape only; whether the agency code
 * follows QĐ 20/2020 and the system exists is the registry's business.
 */
public record SystemId(String agencyCode, String systemCode) {

    public static final Pattern SYSTEM_CODE = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern AGENCY_SHAPE = Pattern.compile("[A-Z0-9.]{1,35}");

    public static Optional<SystemId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2 || !AGENCY_SHAPE.matcher(parts[0]).matches()
                || !SYSTEM_CODE.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        return Optional.of(new SystemId(parts[0], parts[1]));
    }

    /** From the X-Road form {@code VN/GOV/H24.10/his}, when instance and member class are the given ones. */
    public static Optional<SystemId> fromXRoad(String text, String instance, String memberClass) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 4 || !parts[0].equals(instance) || !parts[1].equals(memberClass)) {
            return Optional.empty();
        }
        return parse(parts[2] + "/" + parts[3]);
    }

    /** The X-Road form: {@code VN/GOV/H24.10/his}. */
    public String toXRoad(String instance, String memberClass) {
        return instance + "/" + memberClass + "/" + this;
    }

    @Override
    public String toString() {
        return agencyCode + "/" + systemCode;
    }
}
