package vn.gov.haiphong.lgsp.web.codelist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.IntFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeListViews.Changes;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeListViews.ItemPage;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeListViews.ItemView;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeListViews.ListView;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeLists;
import vn.gov.haiphong.lgsp.common.Hashes;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.web.common.CsvAnswers;
import vn.gov.haiphong.lgsp.web.common.PageJson;

/**
 * Read API of the shared code lists (danh mục dùng chung): any authenticated system. Answers about a
 * published version never change, so they carry an ETag (list, version, query) and a Cache-Control:
 * a day for an explicit version, a minute for "current"; {@code If-None-Match} answers 304. A list's metadata
 * carries an ETag of its content (it changes on import and publish).
 */
@Path("api/v1/code-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "code-lists")
@RolesAllowed(Roles.ANY_AUTHENTICATED)
public class CodeListResource {

    static final String CSV = CsvAnswers.CSV;
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final int CURRENT_MAX_AGE = 60;
    private static final int VERSION_MAX_AGE = 86_400;

    @EJB
    CodeLists codeLists;

    @Context
    Request request;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listCodeLists", summary = "Danh sách danh mục dùng chung / List the shared code lists")
    @APIResponse(responseCode = "200", description = "A page of lists, ordered by code, each with its versions")
    public PageJson<ListView> lists(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageJson.of(codeLists.lists(PageRequest.parse(page, size)));
    }

    @GET
    @Path("{list}")
    @Operation(operationId = "getCodeList", summary = "Thông tin danh mục / A code list's metadata, schema and versions")
    @APIResponse(responseCode = "200", description = "The list", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ListView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "Không có danh mục này / No such list")
    public Response describe(@PathParam("list") String list) {
        ListView view = codeLists.describe(list);
        EntityTag tag = new EntityTag(Hashes.sha256Hex(JSON.toJson(view)), true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return (unchanged != null ? unchanged : Response.ok(view)).tag(tag).cacheControl(cache(CURRENT_MAX_AGE)).build();
    }

    @GET
    @Path("{list}/items")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "listCodeListItems", summary = "Các mục của danh mục / Items of a version", description = "The current published version, "
            + "or ?version=N. ?parent= for children (tỉnh → xã), ?q= words with or without diacritics. As text/csv "
            + "(Accept), every matching item in one file, for a whole download.")
    @APIResponse(responseCode = "200", description = "A page of items (JSON) or all of them (CSV)", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemPage.class)),
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "Không có danh mục hay phiên bản này / No such list or version")
    public Response items(@PathParam("list") String list, @QueryParam("version") Integer version,
                          @QueryParam("parent") String parent, @QueryParam("q") String q,
                          @QueryParam("page") String page, @QueryParam("size") String size) {
        boolean csv = CsvAnswers.prefersCsv(headers);
        return cached(list, version, number -> csv
                ? CsvAnswers.attachment(codeLists.export(list, number, parent, q), list)
                : Response.ok(codeLists.items(list, number, parent, q, PageRequest.parse(page, size)),
                        MediaType.APPLICATION_JSON_TYPE));
    }

    @GET
    @Path("{list}/items/{item}")
    @Operation(operationId = "getCodeListItem", summary = "Một mục theo mã / One item by code", description = "Retired items stay readable, with "
            + "their replacements (replacedBy).")
    @APIResponse(responseCode = "200", description = "The item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "Không có mã này / No such item")
    public Response item(@PathParam("list") String list, @PathParam("item") String item,
                         @QueryParam("version") Integer version) {
        return cached(list, version, number -> Response.ok(codeLists.item(list, item, number)));
    }

    @GET
    @Path("{list}/changes")
    @Operation(operationId = "getCodeListChanges", summary = "Thay đổi giữa hai phiên bản / Changes between two versions", description = "What a "
            + "consumer applies to go from ?from=N to ?to=M: added, removed, renamed and replaced items.")
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Changes.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "Không có phiên bản này / No such version")
    public Response changes(@PathParam("list") String list, @QueryParam("from") Integer from,
                            @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw new LgspException(ErrorCode.INVALID_PARAMETER, from == null ? "from" : "to", "required");
        }
        return cached(list, to, number -> Response.ok(codeLists.changes(list, from, to)));
    }

    /**
     * ETag from list, version and the whole query; 304 when the caller has it already. The version is
     * resolved once and the answer asked for that exact version.
     */
    private Response cached(String list, Integer version, IntFunction<Response.ResponseBuilder> answer) {
        int number = codeLists.versionNumber(list, version);
        String query = uriInfo.getRequestUri().getRawQuery();
        EntityTag tag = new EntityTag(list + "-v" + number + "-" + Integer.toHexString(
                (uriInfo.getPath() + "?" + (query == null ? "" : query) + (CsvAnswers.prefersCsv(headers) ? "#csv" : "")).hashCode()), true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = unchanged != null ? unchanged : answer.apply(number);
        return response.tag(tag).cacheControl(cache(version == null ? CURRENT_MAX_AGE : VERSION_MAX_AGE)).build();
    }

    private static CacheControl cache(int maxAge) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(maxAge);
        return cache;
    }
}
