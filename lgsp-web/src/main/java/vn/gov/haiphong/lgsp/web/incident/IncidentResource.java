package vn.gov.haiphong.lgsp.web.incident;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.incident.boundary.EtaDraft;
import vn.gov.haiphong.lgsp.incident.boundary.IncidentView;
import vn.gov.haiphong.lgsp.incident.boundary.Incidents;
import vn.gov.haiphong.lgsp.incident.boundary.IsolationDraft;
import vn.gov.haiphong.lgsp.incident.boundary.LogEntryView;
import vn.gov.haiphong.lgsp.incident.boundary.ReportDraft;
import vn.gov.haiphong.lgsp.incident.boundary.StepDraft;
import vn.gov.haiphong.lgsp.incident.control.IncidentDraft;
import vn.gov.haiphong.lgsp.web.common.PageJson;
import vn.gov.haiphong.lgsp.web.common.Remark;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/**
 * Incidents (Quy chế Đ.10): the operator runs them; the authority reads all and adds notes (escalations come to it);
 * the auditor reads; an agency admin reads those that affect their agency.
 */
@Path("admin/v1/incidents")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "incident-admin")
public class IncidentResource {

    @EJB
    Incidents incidents;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "openIncident", summary = "Ghi nhận sự cố / Open an incident", description = "{title, description, noticeVi, noticeEn, "
            + "severity: LOW|MEDIUM|HIGH|CRITICAL, category: AVAILABILITY|PERFORMANCE|SECURITY|DATA|CONNECTIVITY|OTHER, "
            + "dataAffected, detectedAt, services[], systems[], agencies[]}. Starts DETECTED; the affected agencies (named, "
            + "owners of the services and systems, consumers of the services) and the operator are notified.")
    @APIResponse(responseCode = "201", description = "Opened; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentView.class)))
    @APIResponse(responseCode = "400", description = "Dữ liệu sai / Invalid fields")
    @APIResponse(responseCode = "404", description = "Không có dịch vụ, hệ thống, cơ quan / No such service, system, agency")
    public Response open(IncidentDraft draft) {
        IncidentView opened = incidents.open(caller.get(), draft);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(opened.id())).build())
                .entity(opened).build();
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "listIncidents", summary = "Danh sách sự cố / List incidents", description = "Newest first; ?state=. An agency admin sees "
            + "those affecting their agency.")
    @APIResponse(responseCode = "200", description = "A page of incidents")
    public PageJson<IncidentView> list(@Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"DETECTED", "ISOLATED", "DIAGNOSED", "ESCALATED", "RESOLVED", "CLOSED"})) @QueryParam("state") String state, @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        return PageJson.of(incidents.find(caller.get(), state, PageRequest.parse(page, size)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "getIncident", summary = "Một sự cố / One incident", description = "With nextStates, isolations and report.")
    @APIResponse(responseCode = "200", description = "The incident")
    @APIResponse(responseCode = "404", description = "Không có sự cố này / No such incident")
    public IncidentView get(@PathParam("id") long id) {
        return incidents.get(caller.get(), id);
    }

    @GET
    @Path("{id}/log")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "getIncidentLog", summary = "Nhật ký sự cố / The incident log", description = "Every step and note in order: seq, at, actor, "
            + "role, kind, from, to, text. Append-only. page, size.")
    @APIResponse(responseCode = "200", description = "A page of the log")
    @APIResponse(responseCode = "400", description = "Tham số sai / Invalid parameter")
    @APIResponse(responseCode = "404", description = "Không có sự cố này / No such incident")
    public PageJson<LogEntryView> log(@PathParam("id") long id, @QueryParam("page") String page,
                                      @QueryParam("size") String size) {
        return PageJson.of(incidents.log(caller.get(), id, PageRequest.parse(page, size)));
    }

    @GET
    @Path("{id}/iodef")
    @Produces(MediaType.APPLICATION_XML)
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "getIncidentIodef", summary = "Sự cố dạng IODEF / The incident as IODEF", description = "An IODEF v2 document (RFC 7970, "
            + "recommended by Thông tư 39/2017): times, description, assessment and cause from the report, contacts, the "
            + "incident log as History.")
    @APIResponse(responseCode = "200", description = "The IODEF document",
            content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "Không có sự cố này / No such incident")
    public String iodef(@PathParam("id") long id) {
        return incidents.iodef(caller.get(), id);
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "getIncidentPdf", summary = "Báo cáo sự cố (PDF) / The incident report as PDF", description = "Overview, the timeline "
            + "from the incident log, isolations, and the report's cause, impact and actions; Vietnamese with an "
            + "embedded font.")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "Không có sự cố này / No such incident")
    public Response pdf(@PathParam("id") long id) {
        return Response.ok(incidents.pdf(caller.get(), id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"su-co-" + id + ".pdf\"").build();
    }

    @POST
    @Path("{id}/steps")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "stepIncident", summary = "Chuyển bước xử lý / Take a step", description = "{to, note, backupRef}. DETECTED → ISOLATED → "
            + "DIAGNOSED → RESOLVED → CLOSED, or ESCALATED (note required); other steps are refused (409). DIAGNOSED "
            + "of a data-affecting incident needs a backupRef; CLOSED needs the report of a serious incident and no "
            + "isolation left.")
    @APIResponse(responseCode = "200", description = "The incident after the step")
    @APIResponse(responseCode = "400", description = "Dữ liệu sai / Invalid fields")
    @APIResponse(responseCode = "404", description = "Không có sự cố này / No such incident")
    @APIResponse(responseCode = "409", description = "Bước không được phép / Step not allowed")
    public IncidentView step(@PathParam("id") long id, StepDraft draft) {
        return incidents.step(caller.get(), id, draft);
    }

    @POST
    @Path("{id}/notes")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY})
    @Operation(operationId = "addIncidentNote", summary = "Ghi chú vào nhật ký / Add a note to the log", description = "{note}.")
    @APIResponse(responseCode = "200", description = "The log with the note")
    @APIResponse(responseCode = "400", description = "Thiếu nội dung / Text required")
    @APIResponse(responseCode = "404", description = "Không có sự cố này / No such incident")
    @APIResponse(responseCode = "409", description = "Sự cố đã đóng / Incident closed")
    public List<LogEntryView> note(@PathParam("id") long id, Remark remark) {
        return incidents.note(caller.get(), id, Remark.noteOf(remark));
    }

    @POST
    @Path("{id}/isolations")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "isolateForIncident", summary = "Cô lập dịch vụ hoặc hệ thống / Isolate a service or a system", description = "{service} or "
            + "{system}: suspended in the gateway (REST and SOAP; a system both as consumer and as provider) with the "
            + "incident's notice until lifted.")
    @APIResponse(responseCode = "200", description = "The incident")
    @APIResponse(responseCode = "400", description = "Nêu đúng một đối tượng / Name exactly one target")
    @APIResponse(responseCode = "404", description = "Không có sự cố, dịch vụ, hệ thống / No such incident, service, system")
    @APIResponse(responseCode = "409", description = "Đã bị tạm dừng, sự cố đã đóng / Already suspended, incident closed")
    public IncidentView isolate(@PathParam("id") long id, IsolationDraft draft) {
        return incidents.isolate(caller.get(), id, draft);
    }

    @POST
    @Path("{id}/isolations/{isolation}/lift")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "liftIncidentIsolation", summary = "Gỡ cô lập / Lift an isolation", description = "The gateway serves the target again.")
    @APIResponse(responseCode = "200", description = "The incident")
    @APIResponse(responseCode = "404", description = "Không có sự cố hoặc lần cô lập này / No such incident or isolation")
    @APIResponse(responseCode = "409", description = "Đã gỡ / Already lifted")
    public IncidentView lift(@PathParam("id") long id, @PathParam("isolation") long isolation) {
        return incidents.lift(caller.get(), id, isolation);
    }

    @PUT
    @Path("{id}/eta")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "setIncidentEta", summary = "Thời gian dự kiến khắc phục / Expected fix time", description = "{expectedFixAt, note}; the "
            + "affected agencies are notified.")
    @APIResponse(responseCode = "200", description = "The incident")
    @APIResponse(responseCode = "400", description = "Dữ liệu sai / Invalid fields")
    @APIResponse(responseCode = "404", description = "Không có sự cố này / No such incident")
    public IncidentView eta(@PathParam("id") long id, EtaDraft draft) {
        return incidents.expectFix(caller.get(), id, draft);
    }

    @PUT
    @Path("{id}/report")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "setIncidentReport", summary = "Báo cáo sự cố / The incident report", description = "{cause, impact, actions}; required before "
            + "closing a high or critical incident, or one that affected several agencies.")
    @APIResponse(responseCode = "200", description = "The incident")
    @APIResponse(responseCode = "400", description = "Dữ liệu sai / Invalid fields")
    @APIResponse(responseCode = "404", description = "Không có sự cố này / No such incident")
    public IncidentView report(@PathParam("id") long id, ReportDraft draft) {
        return incidents.report(caller.get(), id, draft);
    }
}
