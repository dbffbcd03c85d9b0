package org.pikir.feedback.analysis.item;

import jakarta.validation.constraints.Size;

/** An analyst's internal note on an item (≤ 2000 characters); blank or null removes it. */
public record NoteRequest(@Size(max = 2000) String note) {
}
