package vn.gov.haiphong.lgsp.web.common;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/**
 * Refuses a JSON body that holds NUL — the escape for U+0000 inside a string, or a raw zero byte — with 400
 * {@code validation-failed} (field {@code body}) before it is bound to a request record. PostgreSQL cannot
 * store NUL in text, so such a value would otherwise fail in the database as an internal error. The body is
 * already bounded ({@link BodySizeLimitFilter}), so reading it whole to look is cheap. CSV imports are checked
 * line by line by the import itself, which names the line.
 */
@Provider
public class NulBodyInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        MediaType type = context.getMediaType();
        if (type == null || !isJson(type)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (holdsNul(body)) {
            throw LgspException.invalid(List.of(FieldViolation.of("body", "text.nul")));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
    }

    /**
     * Whether UTF-8 JSON text holds NUL: a zero byte, or the escape backslash-u-0000 (an escaped backslash
     * followed by u0000 is text, not NUL). UTF-8 multi-byte sequences never contain the bytes looked for.
     */
    static boolean holdsNul(byte[] json) {
        for (int i = 0; i < json.length; i++) {
            if (json[i] == 0) {
                return true;
            }
            if (json[i] == '\\' && i + 1 < json.length) {
                if (json[i + 1] == 'u' && i + 5 < json.length && json[i + 2] == '0' && json[i + 3] == '0'
                        && json[i + 4] == '0' && json[i + 5] == '0') {
                    return true;
                }
                i++;
            }
        }
        return false;
    }
}
