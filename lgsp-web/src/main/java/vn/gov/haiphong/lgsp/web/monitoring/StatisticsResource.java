package vn.gov.haiphong.lgsp.web.monitoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.monitoring.boundary.Statistics;
import vn.gov.haiphong.lgsp.monitoring.control.DataUseQuery;
import vn.gov.haiphong.lgsp.monitoring.control.DataUseRecorder;
import vn.gov.haiphong.lgsp.monitoring.control.DataUseReport;
import vn.gov.haiphong.lgsp.monitoring.control.StatisticsQuery;
import vn.gov.haiphong.lgsp.monitoring.control.StatisticsReport;
import vn.gov.haiphong.lgsp.web.common.QueryValues;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/** Exchange statistics over any period, from the rollups kept with the exchange log. */
@Path("admin/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "monitoring")
public class StatisticsResource {

    @EJB
    Statistics statistics;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN, Roles.SYSTEM})
    @Operation(operationId = "getStatistics", summary = "Thống kê trao đổi / Exchange statistics", description = "Counts, failures by X-Road error "
            + "code, bytes and latency percentiles (p50, p95, p99 in ms, total and provider) per bucket and in total. "
            + "from, to: ISO-8601 instants (default: the last 24 hours; from moves back to its bucket's start); bucket: "
            + "minute, hour (default), day or month (days and months in Asia/Ho_Chi_Minh), at most 2000 buckets; "
            + "service (VN/GOV/H24.06/dat-dai/tra-cuu-thua-dat, every version), consumer (VN/GOV/H24.10/his), "
            + "providerAgency, consumerAgency (H24.10). Minute figures are kept lgsp.statistics.minute-retention-days, "
            + "hour figures lgsp.statistics.hour-retention-days, day figures always. The operator, authority and "
            + "auditor see every exchange; an agency admin those its agency's systems took part in; a system those "
            + "it made or answered.")
    @APIResponse(responseCode = "200", description = "from, to, bucket, total, buckets (non-empty ones)")
    @APIResponse(responseCode = "400", description = "Tham số sai / Unknown parameter, service, system or agency, "
            + "period beyond retention, too many buckets")
    public StatisticsReport get(@QueryParam("from") String from, @QueryParam("to") String to,
                                 @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"minute", "hour", "day", "month"})) @QueryParam("bucket") String bucket, @QueryParam("service") String service,
                                 @QueryParam("consumer") String consumer,
                                 @QueryParam("providerAgency") String providerAgency,
                                 @QueryParam("consumerAgency") String consumerAgency) {
        return statistics.report(caller.get(), window(from, to, bucket, service, consumer, providerAgency,
                consumerAgency));
    }

    @GET
    @Path("data-use")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN, Roles.SYSTEM})
    @Operation(operationId = "getDataUse", summary = "Sử dụng dữ liệu ngoài cổng trao đổi / Data use outside the gateway", description = "Reads "
            + "of the REST read API (GET /api/v1/…) and of the SOAP registry and code-list services by systems "
            + "(Quy chế Đ.11.5), per bucket × reading system × resource × protocol: reads and bytes answered, and the "
            + "totals. Counted in memory and stored at least every 20 seconds and when a node stops. from, to, bucket "
            + "as for the exchange statistics; consumer (VN/GOV/H24.10/his), consumerAgency (H24.10), resource "
            + "(agencies, services, systems, code-lists, code-lists/{code}), protocol (rest, soap); at most 5000 rows. "
            + "The operator, authority and auditor see every system's reads; an agency admin its agency's systems'; "
            + "a system its own.")
    @APIResponse(responseCode = "200", description = "from, to, bucket, reads, bytes, rows")
    @APIResponse(responseCode = "400", description = "Tham số sai / Unknown parameter, system, agency or resource, "
            + "period beyond retention, too many buckets or rows")
    public DataUseReport dataUse(@QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("bucket") String bucket, @QueryParam("consumer") String consumer,
                                 @QueryParam("consumerAgency") String consumerAgency,
                                 @QueryParam("resource") String resource, @QueryParam("protocol") String protocol) {
        StatisticsQuery window = window(from, to, bucket, null, consumer, null, consumerAgency);
        return statistics.dataUse(caller.get(), new DataUseQuery(window, window.consumer(), window.consumerAgency(),
                QueryValues.text(resource), QueryValues.optional("protocol", protocol,
                        p -> DataUseRecorder.Protocol.valueOf(p.toUpperCase(Locale.ROOT)), "rest or soap")));
    }

    private static StatisticsQuery window(String from, String to, String bucket, String service, String consumer,
                                          String providerAgency, String consumerAgency) {
        Instant end = instant("to", to, Instant.now());
        Instant start = instant("from", from, end.minusSeconds(86_400));
        StatisticsQuery.Bucket size = QueryValues.optional("bucket", bucket,
                b -> StatisticsQuery.Bucket.valueOf(b.toUpperCase(Locale.ROOT)), "minute, hour, day or month");
        return new StatisticsQuery(start, end, size == null ? StatisticsQuery.Bucket.HOUR : size,
                QueryValues.text(service), QueryValues.text(consumer), QueryValues.text(providerAgency),
                QueryValues.text(consumerAgency));
    }

    static Instant instant(String name, String text, Instant otherwise) {
        Instant given = QueryValues.optional(name, text, Instant::parse, "ISO-8601, 2026-11-27T00:00:00Z");
        return given != null ? given : otherwise;
    }
}
