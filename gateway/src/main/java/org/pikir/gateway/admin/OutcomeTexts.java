package org.pikir.gateway.admin;

import java.util.Map;

/** A forum's conclusions per language, as events-service takes them. */
public record OutcomeTexts(Map<String, String> texts) {
}
