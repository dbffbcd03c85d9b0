package org.pikir.events.participant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.pikir.platform.text.Multilingual;

import java.util.Map;

/** A participant as an editor enters it; the name exactly as the person writes it. */
public record ParticipantRequest(
        @NotBlank @Size(max = 200) String name,
        @Multilingual(max = 300, required = false) Map<String, String> position,
        @Multilingual(max = 300, required = false) Map<String, String> organisation,
        @NotNull ParticipantRole role) {
}
