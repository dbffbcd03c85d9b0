package org.pikir.events.material;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A new version of a material as multipart/form-data; it becomes the current one. */
public record MaterialVersionRequest(
        @RestForm @Schema(description = "The new file; give a file or a link")
        FileUpload file,
        @RestForm @Schema(description = "The new https:// address instead of a file")
        String link,
        @RestForm @Schema(description = "What changed, shown in the material's history; required, up to 500 characters")
        String changeNote) {
}
