package vn.gov.haiphong.lgsp.web.common;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A request accepting only {@code application/problem+json} is read as accepting JSON too. Generated clients
 * (openapi-generator) send exactly that for an operation whose success has no body (a 204 after a DELETE): the only
 * media type its responses declare is the problem's. Matching would refuse it with 406 although the answer has no
 * body, or is an error in the very type asked for. A client that names any other type is left as it is.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class ProblemOnlyAccept implements ContainerRequestFilter {

    static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");

    @Override
    public void filter(ContainerRequestContext request) {
        List<MediaType> accepted = request.getAcceptableMediaTypes();
        if (!accepted.isEmpty() && accepted.stream().allMatch(type -> type.getType().equals(PROBLEM.getType())
                && type.getSubtype().equals(PROBLEM.getSubtype()))) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON + ", " + PROBLEM);
        }
    }
}
