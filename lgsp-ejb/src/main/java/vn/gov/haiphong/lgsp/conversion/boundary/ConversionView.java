package vn.gov.haiphong.lgsp.conversion.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A service's conversion as declared.
 *
 * @param style    {@code REST_AS_SOAP}, {@code SOAP_AS_REST} or {@code NONE}
 * @param mapping  each operation as published ↔ as the provider takes it
 * @param contract where the generated contract is served (null for NONE)
 */
public record ConversionView(String service, String style, List<String> mapping, String contract, String declaredBy,
                             Instant declaredAt) {
}
