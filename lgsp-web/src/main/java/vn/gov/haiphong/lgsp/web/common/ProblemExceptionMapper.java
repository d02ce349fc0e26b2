package vn.gov.haiphong.lgsp.web.common;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.resource.ResourceException;
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
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/**
 * The one place a REST error becomes a response: every exception, the platform's own and those of
 * the JAX-RS runtime, is answered as problem+json. Unexpected failures are logged with an incident
 * id that the answer repeats, and never show a stack trace.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());
    private static final int MAX_REASON = 200;
    private static final int RETRY_AFTER_SECONDS = 30;

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
        if (response.getStatus() == 503) {
            return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        if (thrown instanceof NotAuthorizedException notAuthorized) {
            return Response.fromResponse(response)
                    .header(HttpHeaders.WWW_AUTHENTICATE, notAuthorized.getChallenges().get(0)).build();
        }
        return response;
    }

    private LgspException translate(Throwable thrown) {
        LgspException own = causeOf(thrown, LgspException.class);
        if (own != null) {
            return own;
        }
        if (causeOf(thrown, PayloadTooLargeException.class) != null) {
            return causeOf(thrown, PayloadTooLargeException.class).toLgspException();
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
                || causeOf(thrown, JsonbException.class) != null) {
            return new LgspException(ErrorCode.MALFORMED_REQUEST, reason(thrown));
        }
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return new LgspException(ErrorCode.MALFORMED_REQUEST, reason(thrown));
        }
        if (databaseUnavailable(thrown)) {
            LOG.warning(() -> "Database unavailable: " + reason(thrown));
            return new LgspException(ErrorCode.SERVICE_UNAVAILABLE);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, thrown instanceof EJBException ejb
                && ejb.getCause() != null ? ejb.getCause() : thrown);
        return new LgspException(ErrorCode.INTERNAL_ERROR, incident);
    }

    /** The pool cannot hand out a connection, or PostgreSQL refused or lost it (SQLState 08xxx, 57Pxx). */
    private static boolean databaseUnavailable(Throwable thrown) {
        if (causeOf(thrown, ResourceException.class) != null) {
            return true;
        }
        SQLException sql = causeOf(thrown, SQLException.class);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        return state.startsWith("08") || state.startsWith("57P");
    }

    /** The innermost message, shortened: enough to find the mistake, no internals. */
    private static String reason(Throwable thrown) {
        Throwable innermost = thrown;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = String.valueOf(innermost.getMessage()).replaceAll("\\s+", " ");
        return message.length() <= MAX_REASON ? message : message.substring(0, MAX_REASON) + "…";
    }

    private static <T extends Throwable> T causeOf(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
