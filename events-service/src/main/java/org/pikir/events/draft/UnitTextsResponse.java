package org.pikir.events.draft;

import java.util.Map;

/** One unit in every language that has it: what feedback-service checks a passage and a quote against. */
public record UnitTextsResponse(String key, String articleKey, UnitKind kind, String number, String heading,
                                Map<String, String> text, Map<String, Integer> revisedIn) {
}
