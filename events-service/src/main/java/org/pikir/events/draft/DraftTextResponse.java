package org.pikir.events.draft;

import java.util.List;
import java.util.Map;

/** One version's text in one language, in document order; {@code warnings} only for staff, else null. */
public record DraftTextResponse(long draftId, int version, DraftVersionStatus status, String language,
                                List<String> languages, boolean demonstration, Map<String, String> title,
                                List<UnitResponse> units, List<DraftWarning> warnings) {
}
