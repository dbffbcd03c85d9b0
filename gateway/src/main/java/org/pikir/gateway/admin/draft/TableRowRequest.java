package org.pikir.gateway.admin.draft;

import java.util.List;
import java.util.Map;

/** A comparative table row's justification per language and the recommendations it links. */
public record TableRowRequest(Map<String, String> justification, List<Long> recommendationIds) {
}
