package vn.gov.haiphong.lgsp.common.error;

import jakarta.ejb.EJBException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.gov.haiphong.lgsp.common.io.BoundedInputStream;

/**
 * What an unexpected failure becomes in an answer, the same for the JAX-RS exception mapper and the edge
 * handlers: the platform's own error if one is inside (or 413 for a body past its limit); "database unavailable" (503) when the pool or
 * PostgreSQL refused; otherwise an internal error whose incident id is logged with the stack trace and
 * repeated in the answer, which never shows internals.
 */
public final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class.getName());
    private static final int MAX_REASON = 200;

    private Failures() {
    }

    /** The answer for a failure nothing more specific explained. */
    public static LgspException of(Throwable thrown) {
        LgspException known = known(thrown);
        if (known != null) {
            return known;
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

    /** The platform's own error inside, or a body that passed its limit; null for anything else. */
    public static LgspException known(Throwable thrown) {
        LgspException own = causeOf(thrown, LgspException.class);
        if (own != null) {
            return own;
        }
        BoundedInputStream.TooLarge tooLarge = causeOf(thrown, BoundedInputStream.TooLarge.class);
        return tooLarge == null ? null : tooLarge.toLgspException();
    }

    /** The pool cannot hand out a connection, or PostgreSQL refused or lost it (SQLState 08xxx, 57Pxx). */
    static boolean databaseUnavailable(Throwable thrown) {
        if (causeOf(thrown, ResourceException.class) != null) {
            return true;
        }
        SQLException sql = causeOf(thrown, SQLException.class);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        return state.startsWith("08") || state.startsWith("57P");
    }

    /** The innermost message, shortened: enough to find the mistake, no internals. */
    public static String reason(Throwable thrown) {
        Throwable innermost = thrown;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = String.valueOf(innermost.getMessage()).replaceAll("\\s+", " ");
        return message.length() <= MAX_REASON ? message : message.substring(0, MAX_REASON) + "…";
    }

    public static <T extends Throwable> T causeOf(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
