package vn.gov.haiphong.lgsp.web.backup;

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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.backup.boundary.BackupDraft;
import vn.gov.haiphong.lgsp.backup.boundary.BackupView;
import vn.gov.haiphong.lgsp.backup.boundary.Backups;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.web.common.PageJson;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/** Backups (sao lưu; Quy chế Đ.9.7, Đ.10.5c): the operator takes them; the operator and the auditor read them. */
@Path("admin/v1/backups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "backup")
public class BackupResource {

    @EJB
    Backups backups;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "takeBackup", summary = "Sao lưu ngay / Take a backup now", description = "{purpose} (optional, e.g. the incident it "
            + "precedes). Runs in the background on this node: a consistent dump of the database, the server's "
            + "configuration, the exchange-log checkpoints and the Keycloak realm's export, with a manifest and a "
            + "SHA-256 of every file. One backup at a time in the cluster. Follow the Location until the state is DONE "
            + "(its id is what an incident records) or FAILED. Audited.")
    @APIResponse(responseCode = "202", description = "Started (RUNNING); Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BackupView.class)))
    @APIResponse(responseCode = "400", description = "Dữ liệu sai / Invalid fields")
    @APIResponse(responseCode = "409", description = "Một bản sao lưu đang chạy / A backup is running")
    public Response start(BackupDraft draft) {
        BackupView started = backups.start(caller.get(), draft);
        return Response.accepted(started).location(uriInfo.getAbsolutePathBuilder().path(started.id()).build()).build();
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUDITOR})
    @Operation(operationId = "listBackups", summary = "Danh sách bản sao lưu / List backups", description = "Newest first: those the "
            + "server ran (RUNNING, DONE, FAILED) and those made with bin/backup (DONE); page, size. Files and manifest: GET one.")
    @APIResponse(responseCode = "200", description = "A page of backups")
    @APIResponse(responseCode = "400", description = "Tham số sai / Invalid parameter")
    public PageJson<BackupView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageJson.of(backups.list(caller.get(), PageRequest.parse(page, size)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.AUDITOR})
    @Operation(operationId = "getBackup", summary = "Một bản sao lưu / A backup", description = "Its state, sizes, files (name, bytes, SHA-256) "
            + "and manifest (what, when, row counts, each exchange-log chain's head) while its files are kept.")
    @APIResponse(responseCode = "200", description = "The backup",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BackupView.class)))
    @APIResponse(responseCode = "404", description = "Không có bản sao lưu này / No such backup")
    public BackupView get(@PathParam("id") String id) {
        return backups.get(caller.get(), id);
    }

    @GET
    @Path("{id}/files/{file: .+}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.OPERATOR, Roles.AUDITOR})
    @Operation(operationId = "downloadBackupFile", summary = "Tải tệp của bản sao lưu / Download a backup's file", description = "One of the files the "
            + "backup lists (database.dump, config-….tar.gz, exchange-log/….checkpoints, keycloak-realm.json), or "
            + "manifest.json or SHA256SUMS; streamed. Check it with sha256sum against SHA256SUMS.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(
            mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = org.eclipse.microprofile.openapi
            .annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "Không có bản sao lưu hoặc tệp này / No such backup or file")
    public Response file(@PathParam("id") String id, @PathParam("file") String name) {
        java.nio.file.Path file = backups.file(caller.get(), id, name);
        StreamingOutput body = out -> Files.copy(file, out);
        return Response.ok(body, MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Length", size(file))
                .header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"").build();
    }

    private static long size(java.nio.file.Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
