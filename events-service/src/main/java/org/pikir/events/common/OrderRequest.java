package org.pikir.events.common;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A new order: every id of the list, in the order wanted. */
public record OrderRequest(@NotNull @Size(max = 500) List<@NotNull Long> ids) {
}
