package org.pikir.events.material;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.HashMap;
import java.util.Map;

/** A new material as multipart/form-data: plain form fields, so an HTML form can send it as it is. */
public record MaterialUploadRequest(
        @RestForm @Schema(description = "DOCUMENT, PRESENTATION, TRANSCRIPT, PRESS_RELEASE, RESOLUTION or VIDEO")
        String kind,
        @RestForm("title.kk") @Schema(description = "Title in Kazakh (one title at least; up to 300 characters)")
        String titleKk,
        @RestForm("title.ru") @Schema(description = "Title in Russian")
        String titleRu,
        @RestForm("title.en") @Schema(description = "Title in English")
        String titleEn,
        @RestForm @Schema(description = "Language of the material itself: kk, ru or en")
        String language,
        @RestForm @Schema(description = "The file (pdf, docx, doc, pptx, ppt, odt, odp, txt, md, png, jpeg, webp, csv, xlsx); give a file or a link")
        FileUpload file,
        @RestForm @Schema(description = "An https:// address (e.g. a video recording) instead of a file")
        String link,
        @RestForm @Schema(description = "Optional note on the first version, up to 500 characters")
        String changeNote) {

    Map<String, String> title() {
        Map<String, String> title = new HashMap<>();
        title.put("kk", titleKk);
        title.put("ru", titleRu);
        title.put("en", titleEn);
        return title;
    }
}
