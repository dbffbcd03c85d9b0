package org.pikir.feedback.analysis;

import jakarta.validation.constraints.NotNull;
import org.pikir.feedback.common.ItemType;

/** A comment or recommendation named in an analysis request: {@code {"type": "COMMENT", "id": 123}}. */
public record ItemRef(@NotNull ItemType type, @NotNull Long id) {
}
