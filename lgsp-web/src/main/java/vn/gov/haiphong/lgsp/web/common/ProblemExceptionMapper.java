package vn.gov.haiphong.lgsp.web.common;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.Failures;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/**
 * The one place a REST error becomes a response: every exception, the platform's own and those of
 * the JAX-RS runtime, is answered as problem+json. Unexpected failures are logged with an incident
 * id that the answer repeats, and never show a stack trace.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable thrown) {
        Response response = Problems.response(translate(thrown), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE),
                uriInfo.getPath());
        if (thrown instanceof NotAllowedException notAllowed) {
            return Response.fromResponse(response)
                    .allow(notAllowed.getResponse().getAllowedMethods()).build();
        }
        if (thrown instanceof NotAuthorizedException notAuthorized) {
            return Response.fromResponse(response)
                    .header(HttpHeaders.WWW_AUTHENTICATE, notAuthorized.getChallenges().get(0)).build();
        }
        return response;
    }

    private LgspException translate(Throwable thrown) {
        LgspException known = Failures.known(thrown);
        if (known != null) {
            return known;
        }
        if (thrown instanceof NotFoundException) {
            return new LgspException(ErrorCode.RESOURCE_NOT_FOUND);
        }
        if (thrown instanceof NotAllowedException) {
            return new LgspException(ErrorCode.METHOD_NOT_ALLOWED);
        }
        if (thrown instanceof NotSupportedException) {
            return new LgspException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, headers.getMediaType(),
                    MediaType.APPLICATION_JSON);
        }
        if (thrown instanceof NotAcceptableException) {
            return new LgspException(ErrorCode.NOT_ACCEPTABLE);
        }
        if (thrown instanceof NotAuthorizedException) {
            return new LgspException(ErrorCode.AUTHENTICATION_REQUIRED);
        }
        if (thrown instanceof BadRequestException || thrown instanceof ProcessingException
                || Failures.causeOf(thrown, JsonbException.class) != null) {
            return new LgspException(ErrorCode.MALFORMED_REQUEST, Failures.reason(thrown));
        }
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return new LgspException(ErrorCode.MALFORMED_REQUEST, Failures.reason(thrown));
        }
        return Failures.of(thrown);
    }
}
