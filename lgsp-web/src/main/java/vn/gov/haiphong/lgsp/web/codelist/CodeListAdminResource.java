package vn.gov.haiphong.lgsp.web.codelist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import vn.gov.haiphong.lgsp.codelist.boundary.CodeListViews.ListView;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeListViews.VersionView;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeLists;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.web.common.QueryValues;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/** The operator keeps the code lists: defines them, imports drafts (CSV or JSON) and publishes. */
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tạo danh mục / Define a code list", description = "Code, names, owner, legal basis and the "
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
    @Operation(summary = "Nhập bản nháp / Import the draft version", description = "CSV (UTF-8, with or without BOM; "
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
                                   @Context HttpHeaders headers, byte[] body) {
        String format = headers.getMediaType() != null && headers.getMediaType().getSubtype().equals("json")
                ? "json" : "csv";
        return codeLists.importDraft(caller.get(), list, format, body, date(effectiveFrom));
    }

    @POST
    @Path("{list}/versions/{number}/publish")
    @Operation(summary = "Công bố phiên bản / Publish a version", description = "A published version never changes.")
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
