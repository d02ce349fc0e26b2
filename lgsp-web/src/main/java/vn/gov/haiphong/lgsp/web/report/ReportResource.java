package vn.gov.haiphong.lgsp.web.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.report.boundary.ReportFile;
import vn.gov.haiphong.lgsp.report.boundary.ReportOrder;
import vn.gov.haiphong.lgsp.report.boundary.ReportView;
import vn.gov.haiphong.lgsp.report.boundary.Reports;
import vn.gov.haiphong.lgsp.report.control.ReportFigures;
import vn.gov.haiphong.lgsp.web.common.PageJson;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/**
 * Reports (Quy chế Đ.14.3, Đ.12.6): the authority and the operator generate them; they and the auditor list, read
 * and download them. Agency admins and systems are refused: a report covers every agency.
 */
@Path("admin/v1/reports")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "report-admin")
public class ReportResource {

    @EJB
    Reports reports;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR})
    @Operation(operationId = "generateReport", summary = "Lập báo cáo / Generate a report", description = "{kind: MONTHLY, month: \"2026-11\"} | "
            + "{kind: ANNUAL, year: 2026} | {kind: PERIOD, from: \"2026-01-01\", to: \"2026-03-31\"} (days included; "
            + "not after today, at most 5 years). Figures, CSV and PDF are stored together.")
    @APIResponse(responseCode = "201", description = "Generated; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "Dữ liệu sai / Invalid fields")
    public Response generate(ReportOrder order) {
        ReportView made = reports.generate(caller.get(), order);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(made.id())).build())
                .entity(made).build();
    }

    @GET
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR, Roles.AUDITOR})
    @Operation(operationId = "listReports", summary = "Danh sách báo cáo / List reports", description = "Newest first; ?kind=MONTHLY|ANNUAL|PERIOD. "
            + "Without figures.")
    @APIResponse(responseCode = "200", description = "A page of reports")
    @APIResponse(responseCode = "400", description = "Tham số sai / Invalid parameter")
    public PageJson<ReportView> list(@QueryParam("kind") String kind, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        return PageJson.of(reports.find(caller.get(), kind, PageRequest.parse(page, size)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR, Roles.AUDITOR})
    @Operation(operationId = "getReport", summary = "Một báo cáo / One report", description = "With its figures (the JSON format).")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "404", description = "Không có báo cáo này / No such report")
    public ReportView get(@PathParam("id") long id) {
        return reports.get(caller.get(), id);
    }

    @GET
    @Path("{id}/download")
    @Produces({"application/pdf", "text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR, Roles.AUDITOR})
    @Operation(operationId = "downloadReport", summary = "Tải báo cáo / Download a report", description = "?format=pdf (default) | csv | json: the "
            + "document as it was generated, as an attachment.")
    @APIResponse(responseCode = "200", description = "The document",
            content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportFigures.class))})
    @APIResponse(responseCode = "400", description = "Định dạng sai / Invalid format")
    @APIResponse(responseCode = "404", description = "Không có báo cáo này / No such report")
    public Response download(@PathParam("id") long id, @QueryParam("format") String format) {
        ReportFile file = reports.download(caller.get(), id, format);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }
}
