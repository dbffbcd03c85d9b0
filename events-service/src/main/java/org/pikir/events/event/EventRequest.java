package org.pikir.events.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pikir.platform.text.Multilingual;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** What an editor sends to create a draft event. Status and authorship are never taken from here. */
public record EventRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "use lower-case letters, digits and single hyphens") String slug,
        @NotNull @Multilingual(max = 300) Map<String, String> title,
        @Multilingual(max = 2000, required = false) Map<String, String> summary,
        @NotBlank @Size(max = 120) String city,
        @Size(max = 200) String venue,
        @Size(max = 200) String organiser,
        @NotNull LocalDate date,
        Instant startsAt,
        Instant endsAt,
        @Size(max = 64) String timeZone,
        Instant consultationOpensAt,
        Instant consultationClosesAt) {
}
