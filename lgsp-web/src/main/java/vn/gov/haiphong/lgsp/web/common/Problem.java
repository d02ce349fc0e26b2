package vn.gov.haiphong.lgsp.web.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * RFC 9457 problem details, as every REST error is answered.
 *
 * @param type     stable URI of the kind of problem
 * @param title    short summary in the caller's language
 * @param status   HTTP status code
 * @param detail   what went wrong and whose fault it is, in the caller's language
 * @param instance the request path
 * @param code     the platform's error code (the type's last segment), for programs
 * @param errors   the rejected fields, for validation errors
 */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      List<FieldError> errors) {

    /**
     * One rejected field.
     *
     * @param field   the field name as sent
     * @param message why it was rejected, in the caller's language
     */
    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {
    }
}
