package org.pikir.events.draft;

import java.util.List;
import java.util.Map;

/** An editor's justification of a changed unit, per language, and the recommendations it answers. */
public record TableRowRequest(Map<String, String> justification, List<Long> recommendationIds) {
}
