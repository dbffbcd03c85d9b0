package org.pikir.events.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pikir.platform.text.Multilingual;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an editor sends to create or edit an event. Status, publication and authorship are never
 * taken from here: they change only through their own actions.
 */
public record EventRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "use lower-case letters, digits and single hyphens") String slug,
        @NotNull @Multilingual(max = 300) Map<String, String> title,
        @Multilingual(max = 2000, required = false) Map<String, String> summary,
        @Multilingual(max = 20_000, required = false) Map<String, String> description,
        EventKind kind,
        EventFormat format,
        @Size(max = 20) List<@NotBlank @Size(max = 60) @Pattern(regexp = "[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*",
                message = "use letters, digits and hyphens") String> topics,
        @NotBlank @Size(max = 120) String city,
        @Size(max = 200) String venue,
        @Size(max = 200) String organiser,
        @Size(max = 500) @Pattern(regexp = "https://\\S+", message = "must be an https URL") String coverUrl,
        @NotNull LocalDate date,
        Instant startsAt,
        Instant endsAt,
        @Size(max = 64) String timeZone,
        Instant consultationOpensAt,
        Instant consultationClosesAt) {
}
