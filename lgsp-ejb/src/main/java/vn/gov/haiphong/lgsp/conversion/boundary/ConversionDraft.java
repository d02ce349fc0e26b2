package vn.gov.haiphong.lgsp.conversion.boundary;

/** @param style {@code REST_AS_SOAP}, {@code SOAP_AS_REST}, or {@code NONE} to publish the service in its own protocol only */
public record ConversionDraft(String style) {
}
