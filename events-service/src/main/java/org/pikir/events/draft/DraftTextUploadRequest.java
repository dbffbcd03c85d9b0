package org.pikir.events.draft;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** One language's text of a version being edited, as multipart/form-data. */
public record DraftTextUploadRequest(
        @RestForm @Schema(description = "Language of the file's text: kk, ru or en")
        String language,
        @RestForm @Schema(description = "The text: .docx, .txt or .md, up to 5 MB")
        FileUpload file) {
}
