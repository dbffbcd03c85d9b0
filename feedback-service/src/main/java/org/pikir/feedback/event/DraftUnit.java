package org.pikir.feedback.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One structural unit of a draft's version as events-service gives it: its key and its article's key (null for parts,
 * chapters and a preamble), and its number, heading and text, each either one text or an object of texts by language.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DraftUnit(String key, String articleKey, String kind, JsonNode number, JsonNode heading,
                        JsonNode text) {
}
