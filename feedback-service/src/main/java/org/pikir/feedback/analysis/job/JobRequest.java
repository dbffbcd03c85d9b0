package org.pikir.feedback.analysis.job;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Starts a job: {@code kind} names the task (SUGGEST_THEMES, CAMPAIGNS); parameters narrow or steer it. */
public record JobRequest(@NotBlank @Size(max = 40) String kind, @Valid Parameters parameters) {

    /** Only items on this draft (and article of it); {@code themes} fixes how many themes to suggest. */
    public record Parameters(@Min(1) Long draftId,
                             @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "must be an article key")
                             String article,
                             @Min(2) @Max(50) Integer themes) {
    }
}
