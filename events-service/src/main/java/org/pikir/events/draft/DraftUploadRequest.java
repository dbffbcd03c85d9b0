package org.pikir.events.draft;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.HashMap;
import java.util.Map;

/** A new draft as multipart/form-data: its titles and its first language's text as a file. */
public record DraftUploadRequest(
        @RestForm @Schema(description = "Title in Kazakh (one title at least; up to 300 characters)")
        String titleKk,
        @RestForm @Schema(description = "Title in Russian")
        String titleRu,
        @RestForm @Schema(description = "Title in English")
        String titleEn,
        @RestForm @Schema(description = "Language of the file's text: kk, ru or en")
        String language,
        @RestForm @Schema(description = "true for a text written to show the platform, never an official act")
        String demonstration,
        @RestForm @Schema(description = "The text: .docx, .txt or .md, up to 5 MB")
        FileUpload file) {

    Map<String, String> title() {
        Map<String, String> title = new HashMap<>();
        title.put("kk", titleKk);
        title.put("ru", titleRu);
        title.put("en", titleEn);
        return title;
    }
}
