package vn.gov.haiphong.lgsp.incident.boundary;

/**
 * What to isolate: exactly one of a service ({@code agency/system/service/version}) or a system
 * ({@code agency/system}, refused both as consumer and as provider).
 */
public record IsolationDraft(String service, String system) {
}
