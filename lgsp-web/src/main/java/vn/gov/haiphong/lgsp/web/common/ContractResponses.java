package vn.gov.haiphong.lgsp.web.common;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import vn.gov.haiphong.lgsp.catalog.boundary.ContractFile;

/**
 * A contract document as a response: the stored bytes unchanged, under their own media type, with the
 * SHA-256 as a strong ETag (the bytes never change) and 304 for a caller that has them.
 */
public final class ContractResponses {

    private static final int MAX_AGE_SECONDS = 3600;

    private ContractResponses() {
    }

    public static Response of(Request request, ContractFile file) {
        EntityTag tag = new EntityTag(file.sha256());
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(MAX_AGE_SECONDS);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = unchanged != null ? unchanged
                : Response.ok(file.content(), file.mediaType())
                        .header("Content-Disposition", "inline; filename=\"" + file.name().replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        return response.tag(tag).cacheControl(cache).build();
    }
}
