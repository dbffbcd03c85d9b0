package org.pikir.gateway.admin;

import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A material's content as the gateway passes it on to events-service: the uploaded file, streamed from disk, or a link. */
public final class MaterialUpload {

    private MaterialUpload() {
    }

    /** Whether a browser sent a file in that field (an empty file input sends a part without a name). */
    public static boolean hasFile(FileUpload file) {
        return file != null && file.fileName() != null && !file.fileName().isBlank() && file.size() > 0;
    }

    /** Adds the file (when one was chosen) and the link (when one was typed); events-service says which is wrong. */
    public static void content(ClientMultipartForm upload, FileUpload file, String link) {
        if (hasFile(file)) {
            upload.binaryFileUpload("file", file.fileName(), file.uploadedFile().toString(),
                    file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : file.contentType());
        }
        if (link != null && !link.isEmpty()) {
            upload.attribute("link", link, null);
        }
    }
}
