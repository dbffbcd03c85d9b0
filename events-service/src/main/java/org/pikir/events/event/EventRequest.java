package org.pikir.events.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.pikir.platform.text.Multilingual;
import org.pikir.platform.text.SameInEveryLanguage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an editor sends to create or edit an event. Status, publication and authorship are never
 * taken from here: they change only through their own actions. City, venue and organiser are objects keyed by
 * language; a plain string, as older clients send, stands for the same name in every language. {@code source}
 * (where the record comes from) left out keeps the event's; given empty, it is removed.
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
        @NotNull @Multilingual(max = 120) @JsonDeserialize(using = SameInEveryLanguage.class) Map<String, String> city,
        @Multilingual(max = 200, required = false) @JsonDeserialize(using = SameInEveryLanguage.class)
        Map<String, String> venue,
        @Multilingual(max = 200, required = false) @JsonDeserialize(using = SameInEveryLanguage.class)
        Map<String, String> organiser,
        @Multilingual(max = 300, required = false) @JsonDeserialize(using = SameInEveryLanguage.class)
        Map<String, String> source,
        @Size(max = 500) @Pattern(regexp = "https://\\S+", message = "must be an https URL") String coverUrl,
        @NotNull LocalDate date,
        Instant startsAt,
        Instant endsAt,
        @Size(max = 64) String timeZone,
        Instant consultationOpensAt,
        Instant consultationClosesAt) {
}
