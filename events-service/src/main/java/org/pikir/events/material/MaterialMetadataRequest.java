package org.pikir.events.material;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * What describes a material apart from its content: kind, title per language, the material's own language.
 * Checked by the same rules as an upload, so the field errors name {@code kind}, {@code title.<lang>}, {@code language}.
 */
public record MaterialMetadataRequest(
        @Schema(description = "DOCUMENT, PRESENTATION, TRANSCRIPT, PRESS_RELEASE, RESOLUTION or VIDEO") String kind,
        @Schema(description = "Title per language (kk, ru, en): one at least, up to 300 characters each") Map<String, String> title,
        @Schema(description = "Language of the material itself: kk, ru or en") String language) {
}
