package vn.gov.haiphong.lgsp.web.common;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.text.HostileText;

/**
 * Refuses a path or query parameter holding NUL ({@code %00}) with 400 {@code validation-failed} naming each
 * such parameter, before any resource runs. PostgreSQL cannot take NUL in a text value, so it would otherwise
 * fail inside a query as an internal error. Runs after authorization: an anonymous caller still gets 401.
 */
@Provider
@Priority(Priorities.USER)
public class NulParameterFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        List<FieldViolation> violations = new ArrayList<>();
        check(uri.getPathParameters(), violations);
        check(uri.getQueryParameters(), violations);
        if (!violations.isEmpty()) {
            throw LgspException.invalid(violations);
        }
    }

    private static void check(MultivaluedMap<String, String> parameters, List<FieldViolation> violations) {
        parameters.forEach((name, values) -> {
            if (HostileText.containsNul(name) || values.stream().anyMatch(HostileText::containsNul)) {
                violations.add(FieldViolation.of(name.replace('\0', '?'), "text.nul"));
            }
        });
    }
}
