package vn.gov.haiphong.lgsp.web.gateway;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.exchangelog.boundary.ExchangeLogRetention;
import vn.gov.haiphong.lgsp.exchangelog.boundary.ExchangeLogVerifier;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/** The exchange log's integrity check, for the operator, the authority and inspection; its retention, for the operator. */
@Path("admin/v1/exchanges")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "exchange-log")
public class ExchangeLogResource {

    @EJB
    ExchangeLogVerifier verifier;

    @EJB
    ExchangeLogRetention retention;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("retention")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Áp dụng thời hạn lưu nhật ký ngay / Apply the exchange-log retention now", description = "Drops "
            + "the monthly partitions whose records are all older than lgsp.exchange-log.retention-months (0: keep "
            + "everything), as the 6-hourly run does; each drop is in the admin audit.")
    @APIResponse(responseCode = "200", description = "retentionMonths, dropped, kept")
    public ExchangeLogRetention.Outcome applyRetention() {
        return retention.apply(caller.get());
    }

    @GET
    @Path("verify")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR})
    @Operation(summary = "Kiểm tra toàn vẹn nhật ký / Verify the exchange log", description = "from, to: ISO-8601 "
            + "instants (default: the last 24 hours). Recomputes each node's hash chain over the records received "
            + "then; findings name every edited (EDITED), deleted (MISSING, BROKEN_LINK) or cut-off (TRUNCATED) record.")
    @APIResponse(responseCode = "200", description = "intact, records checked, findings")
    @APIResponse(responseCode = "400", description = "Thời điểm sai / Invalid instant")
    public ExchangeLogVerifier.Verification verify(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant end = instant("to", to, Instant.now().plusSeconds(1));
        return verifier.verify(caller.get(), instant("from", from, end.minusSeconds(86_400)), end);
    }

    private static Instant instant(String name, String text, Instant otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new LgspException(ErrorCode.INVALID_PARAMETER, name, "ISO-8601, 2026-11-27T00:00:00Z");
        }
    }
}
