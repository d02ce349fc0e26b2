package vn.gov.haiphong.lgsp.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.audit.boundary.AuditQuery;
import vn.gov.haiphong.lgsp.audit.boundary.AuditView;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.web.common.PageJson;
import vn.gov.haiphong.lgsp.web.common.QueryValues;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/** The admin change audit, newest first. */
@Path("admin/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit-admin")
public class AuditResource {

    @EJB
    AdminAuditLog audit;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "listAuditEntries", summary = "Nhật ký thay đổi quản trị / Admin change audit",
            description = "Who changed what and when, with old and new values; filtered by time range, actor, entity "
                    + "type, entity key or its prefix, agency. The operator, authority and auditor read every entry; an "
                    + "agency admin reads only their own agency's.")
    @APIResponse(responseCode = "200", description = "A page of audit entries, newest first")
    public PageJson<AuditView> list(
            @Parameter(description = "Từ thời điểm / From (ISO-8601 instant, inclusive)", example = "2026-11-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "Đến thời điểm / To (ISO-8601 instant, exclusive)", example = "2026-12-01T00:00:00Z")
            @QueryParam("to") String to,
            @Parameter(description = "Người thực hiện / Actor: subject or user name", example = "van-hanh")
            @QueryParam("actor") String actor,
            @Parameter(description = "Loại bản ghi / Entity type (a capability that audits a new type adds it here)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"access-request",
                "access-right", "agency", "alert", "code-list", "connection-request", "exchange_body",
                "exchange_log_partition", "incident", "org-change", "service", "service-availability", "service_probe",
                "system", "system-group"}), example = "agency")
            @QueryParam("entityType") String entityType,
            @Parameter(description = "Khóa bản ghi / Exactly this entity key", example = "H24.08")
            @QueryParam("entityKey") String entityKey,
            @Parameter(description = "Khóa bắt đầu bằng / Entity keys starting with this", example = "dan-toc/")
            @QueryParam("entityKeyPrefix") String entityKeyPrefix,
            @Parameter(description = "Only changes to this agency's records") @QueryParam("agency") String agency,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        AuditQuery query = new AuditQuery(instant("from", from), instant("to", to), QueryValues.text(actor),
                QueryValues.text(entityType), entityKey, entityKeyPrefix, agency);
        return PageJson.of(audit.find(caller.get(), query, PageRequest.parse(page, size)));
    }

    private static Instant instant(String name, String text) {
        return QueryValues.optional(name, text, Instant::parse, "ISO-8601 instant, 2026-11-27T00:00:00Z");
    }
}
