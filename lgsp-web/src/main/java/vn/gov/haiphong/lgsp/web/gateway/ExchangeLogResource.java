package vn.gov.haiphong.lgsp.web.gateway;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.exchangelog.boundary.ExchangeLogRetention;
import vn.gov.haiphong.lgsp.exchangelog.boundary.ExchangeLogVerifier;
import vn.gov.haiphong.lgsp.exchangelog.boundary.ExchangeSearch;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeQuery;
import vn.gov.haiphong.lgsp.web.common.CsvAnswers;
import vn.gov.haiphong.lgsp.web.common.PageJson;
import vn.gov.haiphong.lgsp.web.common.QueryValues;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/**
 * The exchange log: its records, for everyone with a part in them (a system its own exchanges, an agency admin
 * its agency's, the oversight roles all); its integrity check, for the operator, the authority and inspection;
 * its retention, for the operator.
 */
@Path("admin/v1/exchanges")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "exchange-log")
public class ExchangeLogResource {

    @EJB
    ExchangeLogVerifier verifier;

    @EJB
    ExchangeLogRetention retention;

    @EJB
    ExchangeSearch search;

    @Inject
    CurrentCaller caller;

    @Context
    HttpHeaders headers;

    @POST
    @Path("retention")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "applyExchangeLogRetention", summary = "Áp dụng thời hạn lưu nhật ký ngay / Apply the exchange-log retention now", description = "Drops "
            + "the monthly partitions whose records are all older than lgsp.exchange-log.retention-months (0: keep "
            + "everything), as the 6-hourly run does; each drop is in the admin audit.")
    @APIResponse(responseCode = "200", description = "retentionMonths, dropped, kept")
    public ExchangeLogRetention.Outcome applyRetention() {
        return retention.apply(caller.get());
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvAnswers.CSV})
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN, Roles.SYSTEM})
    @Operation(operationId = "listExchanges", summary = "Tra cứu nhật ký trao đổi / Find exchange records", description = "Newest first. from, to: "
            + "ISO-8601 instants (default: the last 24 hours; any period — a long one reads only the days the "
            + "statistics show traffic on); optional xroadId, client (VN/GOV/H24.10/his), service "
            + "(VN/GOV/H24.06/dat-dai/echo, any version), status; page, size. As text/csv (Accept), every matching "
            + "record in one streamed file (page and size do not apply). A system sees the exchanges it made or "
            + "answered, an agency admin those of the agency's systems, the operator, the authority and the auditor all.")
    @APIResponse(responseCode = "200", description = "A page of records: node, seq, exchange (the fields of DESIGN §5); "
            + "or all of them as CSV", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageJson.class)),
        @Content(mediaType = CsvAnswers.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Tham số sai / Invalid parameter")
    public Response find(@QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("xroadId") String xroadId, @QueryParam("client") String client,
                         @QueryParam("service") String service, @QueryParam("status") String status,
                         @QueryParam("page") String page, @QueryParam("size") String size) {
        Window window = Window.of(from, to);
        ExchangeQuery query = new ExchangeQuery(window.from(), window.to(),
                QueryValues.text(xroadId), QueryValues.text(client), QueryValues.text(service),
                QueryValues.optional("status", status, Integer::valueOf, "an HTTP status, 200"));
        if (!CsvAnswers.prefersCsv(headers)) {
            return Response.ok(PageJson.of(search.find(caller.get(), query, PageRequest.parse(page, size))),
                    MediaType.APPLICATION_JSON_TYPE).build();
        }
        Caller who = caller.get();
        StreamingOutput csv = out -> ExchangeCsv.write(out, sink -> search.export(who, query, sink));
        return Response.ok(csv, CsvAnswers.CSV_UTF8)
                .header("Content-Disposition", "attachment; filename=\"exchanges.csv\"").build();
    }

    @GET
    @Path("{node}/{seq}/{side: request-body|response-body}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR})
    @Operation(operationId = "getExchangeBody", summary = "Nội dung đã lưu của một giao dịch / A kept body of an exchange", description = "Only for "
            + "services that keep bodies (logBodies): the first lgsp.exchange-log.max-body-bytes of the request or the "
            + "response. X-Body-Bytes and X-Body-Sha256 are the whole body's, as recorded (and hash-chained); "
            + "X-Body-Complete says whether this is all of it. Every read is in the admin audit.")
    @APIResponse(responseCode = "200", description = "The bytes as they passed")
    @APIResponse(responseCode = "404", description = "Không có / No such record, or no body kept")
    public Response body(@PathParam("node") String node, @PathParam("seq") long seq, @PathParam("side") String side) {
        ExchangeSearch.KeptBody body = search.body(caller.get(), node, seq, side.startsWith("request"));
        return Response.ok(body.content()).header("X-Body-Bytes", body.bytes()).header("X-Body-Sha256", body.sha256())
                .header("X-Body-Complete", body.complete()).build();
    }

    @GET
    @Path("verify")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR})
    @Operation(operationId = "verifyExchangeLog", summary = "Kiểm tra toàn vẹn nhật ký / Verify the exchange log", description = "from, to: ISO-8601 "
            + "instants, from before to (default: the whole kept log, up to now). Recomputes each node's keyed hash "
            + "chain over the records received then and checks the signed checkpoints kept outside the database; "
            + "findings name every edited (EDITED), deleted (MISSING, BROKEN_LINK) or cut-off (TRUNCATED) record and "
            + "every checkpoint that no longer matches (CHECKPOINT_MISMATCH) or is not genuine (CHECKPOINT_INVALID); "
            + "proved says, per node, which records (seq, reception times) were proved and from which anchor.")
    @APIResponse(responseCode = "200", description = "intact, records checked, findings, proved")
    @APIResponse(responseCode = "400", description = "Thời điểm sai / Invalid instant, or from not before to")
    public ExchangeLogVerifier.Verification verify(@QueryParam("from") String from, @QueryParam("to") String to) {
        return verifier.verify(caller.get(), instant("from", from, null), instant("to", to, null));
    }

    /** The {@code from}/{@code to} query values: ISO-8601 instants, by default the last 24 hours. */
    private record Window(Instant from, Instant to) {

        static Window of(String from, String to) {
            Instant end = instant("to", to, Instant.now().plusSeconds(1));
            return new Window(instant("from", from, end.minusSeconds(86_400)), end);
        }
    }

    private static Instant instant(String name, String text, Instant otherwise) {
        Instant given = QueryValues.optional(name, text, Instant::parse, "ISO-8601, 2026-11-27T00:00:00Z");
        return given != null ? given : otherwise;
    }
}
