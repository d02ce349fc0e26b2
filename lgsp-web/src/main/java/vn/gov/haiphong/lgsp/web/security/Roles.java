package vn.gov.haiphong.lgsp.web.security;

/** The platform's roles (Keycloak realm {@code lgsp}, DESIGN §2). */
public final class Roles {

    /** Sở Khoa học và Công nghệ: approvals. */
    public static final String AUTHORITY = "lgsp-authority";
    /** Trung tâm CNTT&TT: runs the platform. */
    public static final String OPERATOR = "lgsp-operator";
    /** An agency's officer, for their own agency only. */
    public static final String AGENCY_ADMIN = "agency-admin";
    /** Inspection: reads everything, changes nothing. */
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
