package org.pikir.feedback.analysis.theme;

import jakarta.validation.constraints.NotNull;

/** The theme of the same forum that takes over a merged theme's items. */
public record MergeRequest(@NotNull Long into) {
}
