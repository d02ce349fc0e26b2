package vn.gov.haiphong.lgsp.http;

import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.gov.haiphong.lgsp.common.error.Language;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.gateway.control.ExchangeFront;
import vn.gov.haiphong.lgsp.gateway.control.ExchangeIds;
import vn.gov.haiphong.lgsp.gateway.control.AnswerRelease;

/**
 * What the REST and SOAP fronts do alike over a servlet exchange: the caller's language read once, releasing an
 * answer only once its record is committed, and a refusal that cannot be answered because the answer is already
 * under way.
 *
 * <p>An answer held whole is not waited for on the exchange's thread when the request has been read to its end:
 * {@link HeldAnswer} sends it from the connection's I/O thread once the record's batch commits. A streamed answer has
 * all but its last flush written; that flush waits for the commit, and if the record cannot be stored the connection is
 * cut, so the caller never sees a complete, unrecorded answer.
 */
public abstract class ServletFront implements ExchangeFront {

    private static final Logger LOG = Logger.getLogger(ServletFront.class.getName());

    protected final HttpServletRequest request;
    protected final HttpServletResponse response;
    private final Language language;

    protected ServletFront(HttpServletRequest request, HttpServletResponse response) {
        this.request = request;
        this.response = response;
        this.language = Language.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public Language language() {
        return language;
    }

    @Override
    public void release(Answer answer, AnswerRelease record) throws IOException {
        byte[] body = answer.held();
        if (body == null) {
            record.await(); // a log failure is refused, and the answer under way cut: see refuse
            response.getOutputStream().flush();
            return;
        }
        response.setContentLength(body.length);
        if (HeldAnswer.releasable()) {
            HeldAnswer.release(record.stored(), body, record::refuseInstead);
            return;
        }
        record.await();
        response.getOutputStream().write(body);
    }

    @Override
    public void refuse(ExchangeIds ids, LgspException refusal) throws IOException {
        if (response.isCommitted()) {
            cutConnection(); // the answer is under way: end it short rather than send a false ending
            return;
        }
        response.reset();
        writeRefusal(ids, refusal);
    }

    /** The refusal in this front's wire format, on a response with nothing set yet. */
    protected abstract void writeRefusal(ExchangeIds ids, LgspException refusal) throws IOException;

    private static void cutConnection() {
        try {
            ServletRequestContext.requireCurrent().getExchange().getConnection().close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing a connection", e);
        }
    }
}
