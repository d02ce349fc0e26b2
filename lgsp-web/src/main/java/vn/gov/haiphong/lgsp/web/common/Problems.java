package vn.gov.haiphong.lgsp.web.common;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.Language;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.error.Messages;

/** Builds problem+json responses in the language the caller asked for. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    /**
     * What a 503 (the platform or a service unavailable for now) suggests to wait before trying again, unless the
     * refusal knows better ({@link LgspException#retryAfterSeconds}).
     */
    private static final int RETRY_AFTER_SECONDS = 30;

    private Problems() {
    }

    /** The request path as problem {@code instance}: JAX-RS gives it with or without the leading slash. */
    public static String instance(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }

    public static Response response(LgspException e, String acceptLanguage, String path) {
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        Response.ResponseBuilder response = Response.status(e.code().httpStatus())
                .type(MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.locale().getLanguage())
                .entity(problem(e, language, path));
        return (e.code().httpStatus() == 503 ? response.header(HttpHeaders.RETRY_AFTER, retryAfter(e)) : response)
                .build();
    }

    /** The same answer written straight to a servlet response (the edge handlers, outside JAX-RS). */
    public static void write(HttpServletResponse out, LgspException e, String acceptLanguage, String path)
            throws IOException {
        write(out, e, Language.fromAcceptLanguage(acceptLanguage), path);
    }

    /** The same, in a language already chosen. */
    public static void write(HttpServletResponse out, LgspException e, Language language, String path)
            throws IOException {
        byte[] json = json(e, language, path);
        out.setStatus(e.code().httpStatus());
        out.setContentType(MEDIA_TYPE);
        out.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.locale().getLanguage());
        if (e.code().httpStatus() == 503) {
            out.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter(e)));
        }
        out.setContentLength(json.length);
        out.getOutputStream().write(json);
    }

    /** The problem document alone, for a handler that writes the response itself. */
    public static byte[] json(LgspException e, Language language, String path) {
        return JsonbResolver.JSONB.toJson(problem(e, language, path)).getBytes(StandardCharsets.UTF_8);
    }

    private static long retryAfter(LgspException e) {
        return e.retryAfterSeconds().orElse(RETRY_AFTER_SECONDS);
    }

    private static Problem problem(LgspException e, Language language, String path) {
        ErrorCode code = e.code();
        List<Problem.FieldError> errors = e.violations().isEmpty() ? null : e.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), Messages.violation(language, v)))
                .toList();
        return new Problem(code.type(), Messages.title(language, code), code.httpStatus(),
                Messages.detail(language, e), instance(path), code.slug(), errors);
    }
}
