package org.pikir.gateway.draft;

import java.util.List;

/** One changed unit in a comparison: its number, what happened to it, and its words marked as kept, added or removed. */
public record DiffView(String key, String number, String change, String changeLabel, String href,
                       List<DraftDiffResponse.Word> words) {
}
