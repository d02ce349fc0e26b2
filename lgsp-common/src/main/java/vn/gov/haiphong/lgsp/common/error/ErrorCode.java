package vn.gov.haiphong.lgsp.common.error;

/**
 * Every error the platform reports, with its HTTP status and stable problem type
 * ({@code https://lgsp.haiphong.gov.vn/problems/{slug}}). Texts live in the message bundle under
 * {@code error.{slug}.title} and {@code error.{slug}.detail}. SOAP faults carry the same slug.
 */
public enum ErrorCode {
    VALIDATION_FAILED(400, "validation-failed"),
    INVALID_PARAMETER(400, "invalid-parameter"),
    INVALID_AGENCY_CODE(400, "invalid-agency-code"),
    MALFORMED_REQUEST(400, "malformed-request"),
    AUTHENTICATION_REQUIRED(401, "authentication-required"),
    INVALID_TOKEN(401, "invalid-token"),
    BASIC_ON_SOAP_ONLY(401, "basic-on-soap-only"),
    INVALID_CREDENTIALS(401, "invalid-credentials"),
    AMBIGUOUS_CREDENTIALS(401, "ambiguous-credentials"),
    INVALID_HEADER(400, "invalid-header"),
    ACCESS_DENIED(403, "access-denied"),
    /** The step is someone else's to take (the regulation names who): the detail says whose, and the state. */
    DECISION_RESERVED(403, "decision-reserved"),
    AGENCY_NOT_FOUND(404, "agency-not-found"),
    RESOURCE_NOT_FOUND(404, "resource-not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    /** {@code GET /ws/gateway?wsdl}: the gateway has no contract of its own; each service's is had by getWsdl. */
    GATEWAY_HAS_NO_WSDL(404, "gateway-has-no-wsdl"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    ORG_CHANGE_NOT_FOUND(404, "org-change-not-found"),
    SYSTEM_NOT_FOUND(404, "system-not-found"),
    CODE_LIST_NOT_FOUND(404, "code-list-not-found"),
    CODE_LIST_VERSION_NOT_FOUND(404, "code-list-version-not-found"),
    CODE_LIST_ITEM_NOT_FOUND(404, "code-list-item-not-found"),
    CODE_LIST_EXISTS(409, "code-list-exists"),
    CODE_LIST_VERSION_PUBLISHED(409, "code-list-version-published"),
    CONNECTION_REQUEST_NOT_FOUND(404, "connection-request-not-found"),
    SYSTEM_EXISTS(409, "system-exists"),
    SECURITY_LEVEL_NOT_APPROVED(409, "security-level-not-approved"),
    SECURITY_LEVEL_NOT_PENDING(409, "security-level-not-pending"),
    CONNECTION_REQUEST_OPEN(409, "connection-request-open"),
    CONNECTION_REQUEST_STATE(409, "connection-request-state"),
    SYSTEM_CONNECTION_STATE(409, "system-connection-state"),
    SERVICE_NOT_FOUND(404, "service-not-found"),
    SYSTEM_GROUP_NOT_FOUND(404, "system-group-not-found"),
    ACCESS_RIGHT_NOT_FOUND(404, "access-right-not-found"),
    ACCESS_REQUEST_NOT_FOUND(404, "access-request-not-found"),
    SERVICE_EXISTS(409, "service-exists"),
    SERVICE_STATE(409, "service-state"),
    SYSTEM_GROUP_EXISTS(409, "system-group-exists"),
    ACCESS_RIGHT_EXISTS(409, "access-right-exists"),
    ACCESS_REQUEST_STATE(409, "access-request-state"),
    CONTRACT_INVALID(422, "contract-invalid"),
    GATEWAY_INVALID_REQUEST(400, "invalid-request"),
    CLIENT_MISMATCH(403, "client-mismatch"),
    CLIENT_NOT_CONNECTED(403, "client-not-connected"),
    NO_ACCESS_RIGHT(403, "no-access-right"),
    SERVICE_DISABLED(503, "service-disabled"),
    SERVICE_MAINTENANCE(503, "service-maintenance"),
    SERVICE_SUSPENDED(503, "service-suspended"),
    CLIENT_SUSPENDED(403, "client-suspended"),
    PROVIDER_SUSPENDED(503, "provider-suspended"),
    PROVIDER_NOT_CONNECTED(503, "provider-not-connected"),
    SERVICE_FAILED(502, "service-failed"),
    SERVICE_TIMEOUT(504, "service-timeout"),
    SERVICE_CIRCUIT_OPEN(503, "service-circuit-open"),
    EXCHANGE_LOG_FAILED(503, "exchange-log-failed"),
    INCIDENT_NOT_FOUND(404, "incident-not-found"),
    INCIDENT_TRANSITION(409, "incident-transition"),
    INCIDENT_CLOSED(409, "incident-closed"),
    INCIDENT_BACKUP_REQUIRED(409, "incident-backup-required"),
    INCIDENT_REPORT_REQUIRED(409, "incident-report-required"),
    INCIDENT_ISOLATION_ACTIVE(409, "incident-isolation-active"),
    INCIDENT_TARGET_SUSPENDED(409, "incident-target-suspended"),
    INCIDENT_ISOLATION_LIFTED(409, "incident-isolation-lifted"),
    MAINTENANCE_NOTICE_TOO_SHORT(400, "maintenance-notice-too-short"),
    AGENCY_EXISTS(409, "agency-exists"),
    AGENCY_RETIRED(409, "agency-retired"),
    ORG_CHANGE_STATE(409, "org-change-state"),
    AGENCY_CODES_EXHAUSTED(409, "agency-codes-exhausted"),
    CONCURRENT_UPDATE(409, "concurrent-update"),
    PARENT_AGENCY_NOT_FOUND(422, "parent-agency-not-found"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    TOO_MANY_FAILED_ATTEMPTS(429, "too-many-failed-attempts"),
    SERVICE_UNAVAILABLE(503, "service-unavailable"),
    IDENTITY_ADMIN_NOT_CONFIGURED(503, "identity-admin-not-configured"),
    ALERT_NOT_FOUND(404, "alert-not-found"),
    ALERT_STATE(409, "alert-state"),
    // Reports and feedback rounds
    REPORT_NOT_FOUND(404, "report-not-found"),
    FEEDBACK_ROUND_NOT_FOUND(404, "feedback-round-not-found"),
    FEEDBACK_ROUND_EXISTS(409, "feedback-round-exists"),
    FEEDBACK_ROUND_CLOSED(409, "feedback-round-closed"),
    FEEDBACK_ANSWERED(409, "feedback-answered"),
    BACKUP_NOT_FOUND(404, "backup-not-found"),
    BACKUP_FILE_NOT_FOUND(404, "backup-file-not-found"),
    BACKUP_RUNNING(409, "backup-running"),
    PEER_NOT_FOUND(404, "peer-not-found"),
    PEER_REFUSED(502, "peer-refused"),
    INTERNAL_ERROR(500, "internal-error");

    public static final String TYPE_BASE = "https://lgsp.haiphong.gov.vn/problems/";

    private final int httpStatus;
    private final String slug;

    ErrorCode(int httpStatus, String slug) {
        this.httpStatus = httpStatus;
        this.slug = slug;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String slug() {
        return slug;
    }

    public String type() {
        return TYPE_BASE + slug;
    }

    /** Whether the caller is at fault (SOAP {@code Client}/{@code Sender}) rather than the platform. */
    public boolean callersFault() {
        return httpStatus < 500;
    }
}
