package org.pikir.events.participant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pikir.platform.text.Multilingual;

import java.util.Map;

/**
 * A participant as an editor enters it; the name exactly as the person writes it, and optionally in Latin letters
 * for pages in English ({@code latinName}: left out, an edit keeps it; empty, it is removed).
 */
public record ParticipantRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) @Pattern(regexp = "[\\p{IsLatin}\\p{M} .'’-]*", message = "use Latin letters only") String latinName,
        @Multilingual(max = 300, required = false) Map<String, String> position,
        @Multilingual(max = 300, required = false) Map<String, String> organisation,
        @NotNull ParticipantRole role) {
}
