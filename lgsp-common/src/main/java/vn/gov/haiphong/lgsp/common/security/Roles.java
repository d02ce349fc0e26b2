package vn.gov.haiphong.lgsp.common.security;

import java.util.List;

/** The platform's roles (Keycloak realm {@code lgsp}, DESIGN §2). */
public final class Roles {

    /** Sở Khoa học và Công nghệ: approvals. */
    public static final String AUTHORITY = "lgsp-authority";
    /** Trung tâm CNTT&TT: runs the platform. */
    public static final String OPERATOR = "lgsp-operator";
    /** An agency's officer, for their own agency only (token claim {@code agency_code}). */
    public static final String AGENCY_ADMIN = "agency-admin";
    /** Inspection: reads everything, changes nothing. */
    public static final String AUDITOR = "auditor";
    /** A connected information system (service account; the client id is the system's id). */
    public static final String SYSTEM = "system";
    /**
     * A national peer's security server (nền tảng quốc gia): a service account whose client id is
     * {@code peer-{instance}}; it calls city services for the members of its instance it names.
     */
    public static final String PEER = "national-peer";
    /** In {@code @RolesAllowed}: any authenticated caller, whatever its roles. */
    public static final String ANY_AUTHENTICATED = "**";

    /** In the order a caller's role is named in the audit when it holds several. */
    public static final List<String> ALL = List.of(OPERATOR, AUTHORITY, AUDITOR, AGENCY_ADMIN, SYSTEM, PEER);

    private Roles() {
    }
}
