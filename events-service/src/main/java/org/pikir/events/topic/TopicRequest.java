package org.pikir.events.topic;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A topic as an editor adds it: a permanent slug and its name in each of kk, ru and en. On a rename the slug, if
 * given, must be the topic's own.
 */
public record TopicRequest(
        @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "use lower-case letters, digits and single hyphens") String slug,
        @NotNull @Valid Names name) {

    /** Every content language, each required: a topic shows on every page in the visitor's language. */
    public record Names(@NotBlank @Size(max = 80) String kk, @NotBlank @Size(max = 80) String ru,
                        @NotBlank @Size(max = 80) String en) {
    }
}
