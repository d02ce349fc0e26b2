package vn.gov.haiphong.lgsp.web.codelist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeListDraft;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeListViews.Changes;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeListViews.ItemPage;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeListViews.ListView;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeListViews.VersionView;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeLists;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.web.common.CsvAnswers;
import vn.gov.haiphong.lgsp.web.common.QueryValues;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/**
 * The operator keeps the code lists: defines them, imports a draft (CSV or JSON), reads it (items, changes against
 * the current version), discards or publishes it.
 */
@Path("admin/v1/code-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "code-lists-admin")
@RolesAllowed(Roles.OPERATOR)
public class CodeListAdminResource {

    @EJB
    CodeLists codeLists;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "defineCodeList", summary = "Tạo danh mục / Define a code list", description = "Code, names, owner, legal basis and the "
            + "extra attributes items carry.")
    @APIResponse(responseCode = "201", description = "Defined",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListView.class)))
    @APIResponse(responseCode = "409", description = "Đã có danh mục này / Exists")
    public Response define(CodeListDraft draft) {
        ListView list = codeLists.define(caller.get(), draft);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/code-lists/{list}").build(list.code()))
                .entity(list).build();
    }

    @PUT
    @Path("{list}/draft")
    @Consumes({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(operationId = "importCodeListDraft", summary = "Nhập bản nháp / Import the draft version", description = "CSV (UTF-8, with or without BOM; "
            + "columns code,name,parent_code,valid_from,valid_to,replaced_by and the list's attributes; replaced_by "
            + "separated by ';') or JSON (an array of items). Validated whole: every problem is listed with its line, "
            + "and nothing is stored unless there is none. Replaces an earlier draft.")
    @APIResponse(responseCode = "200", description = "The draft version")
    @APIResponse(responseCode = "404", description = "Không có danh mục này / No such list")
    @RequestBody(required = true, content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                examples = @ExampleObject(name = "csv", value = "code,name,parent_code\r\n31,Thành phố Hải Phòng,\r\n")),
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ItemImport.class),
                examples = @ExampleObject(name = "json", value = "[{\"code\":\"31\",\"name\":\"Thành phố Hải Phòng\"}]"))})
    public VersionView importDraft(@PathParam("list") String list,
                                   @Parameter(required = true, description = "Ngày hiệu lực / Effective from (ISO-8601 date)",
                                           schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2026-07-01")
                                   @QueryParam("effectiveFrom") String effectiveFrom,
                                   byte[] body) {
        String format = headers.getMediaType() != null && headers.getMediaType().getSubtype().equals("json")
                ? "json" : "csv";
        return codeLists.importDraft(caller.get(), list, format, body, date(effectiveFrom));
    }

    @GET
    @Path("{list}/draft")
    @Operation(operationId = "getCodeListDraft", summary = "Bản nháp / The draft version",
            description = "The imported draft, before it is published.")
    @APIResponse(responseCode = "200", description = "The draft version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "404", description = "Không có danh mục hay bản nháp này / No such list or draft")
    public VersionView draft(@PathParam("list") String list) {
        return codeLists.draft(caller.get(), list);
    }

    @GET
    @Path("{list}/draft/items")
    @Produces({MediaType.APPLICATION_JSON, CsvAnswers.CSV})
    @Operation(operationId = "listCodeListDraftItems", summary = "Các mục của bản nháp / Items of the draft",
            description = "As the published items are read: ?parent=, ?q=, paged; as text/csv (Accept) every matching "
                    + "item in the columns the import takes.")
    @APIResponse(responseCode = "200", description = "A page of items (JSON) or all of them (CSV)", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemPage.class)),
        @Content(mediaType = CsvAnswers.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "Không có danh mục hay bản nháp này / No such list or draft")
    public Response draftItems(@PathParam("list") String list, @QueryParam("parent") String parent,
                               @QueryParam("q") String q, @QueryParam("page") String page,
                               @QueryParam("size") String size) {
        return CsvAnswers.prefersCsv(headers)
                ? CsvAnswers.attachment(codeLists.exportDraft(caller.get(), list, parent, q), list + "-draft").build()
                : Response.ok(codeLists.draftItems(caller.get(), list, parent, q, PageRequest.parse(page, size)),
                        MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{list}/draft/changes")
    @Operation(operationId = "getCodeListDraftChanges", summary = "Thay đổi của bản nháp / What the draft changes",
            description = "Added, removed, renamed and replaced items against the current published version (from 0 "
                    + "when none is published yet): what consumers will apply once the draft is published.")
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Changes.class)))
    @APIResponse(responseCode = "404", description = "Không có danh mục hay bản nháp này / No such list or draft")
    public Changes draftChanges(@PathParam("list") String list) {
        return codeLists.draftChanges(caller.get(), list);
    }

    @DELETE
    @Path("{list}/draft")
    @Operation(operationId = "discardCodeListDraft", summary = "Hủy bản nháp / Discard the draft",
            description = "Its items are deleted; published versions are untouched. Audited as DISCARD.")
    @APIResponse(responseCode = "204", description = "Discarded")
    @APIResponse(responseCode = "404", description = "Không có danh mục hay bản nháp này / No such list or draft")
    public Response discardDraft(@PathParam("list") String list) {
        codeLists.discardDraft(caller.get(), list);
        return Response.noContent().build();
    }

    @POST
    @Path("{list}/versions/{number}/publish")
    @Operation(operationId = "publishCodeListVersion", summary = "Công bố phiên bản / Publish a version", description = "A published version never changes.")
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "404", description = "Không có phiên bản này / No such version")
    @APIResponse(responseCode = "409", description = "Đã công bố / Already published")
    public VersionView publish(@PathParam("list") String list, @PathParam("number") int number) {
        return codeLists.publish(caller.get(), list, number);
    }

    private static LocalDate date(String text) {
        return QueryValues.optional("effectiveFrom", text, LocalDate::parse, "ISO-8601 date, 2026-07-01");
    }
}
