package org.pikir.feedback.analysis.item;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.pikir.feedback.analysis.ItemRef;

import java.util.List;

/**
 * A bulk tagging: the action, the themes it concerns (ADD, REMOVE, CONFIRM) and either the items listed (≤ 1000) or
 * the newest {@code limit} (≤ 10000, default 1000) items a filter selects.
 */
public record TagRequest(@NotNull TagAction action,
                         @Size(max = 50) List<@NotNull Long> themes,
                         @Size(max = 1000) List<@NotNull @Valid ItemRef> items,
                         @Valid ItemFilter filter,
                         @Min(1) @Max(10_000) Integer limit) {

    static final int DEFAULT_LIMIT = 1000;
}
