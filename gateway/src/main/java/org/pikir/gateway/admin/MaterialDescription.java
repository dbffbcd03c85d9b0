package org.pikir.gateway.admin;

import java.util.Map;

/** A material's kind, title per language and own language, as events-service takes them to correct a material. */
public record MaterialDescription(String kind, Map<String, String> title, String language) {
}
