package org.pikir.events.material;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.util.function.Supplier;

/**
 * A file to download: the SHA-256 of its bytes as the strong ETag (304 on a match, without reading the bytes),
 * {@code Content-Disposition: attachment} for any name, and no content sniffing.
 */
public final class FileAnswer {

    private FileAnswer() {
    }

    public static Response of(Request request, String sha256, String cacheControl, String mediaType, String fileName,
                              Supplier<byte[]> content) {
        EntityTag tag = new EntityTag(sha256);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
        }
        return Response.ok(content.get(), mediaType)
                .tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header("Content-Disposition", AttachmentDisposition.of(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
