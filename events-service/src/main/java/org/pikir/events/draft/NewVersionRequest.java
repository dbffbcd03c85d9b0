package org.pikir.events.draft;

import java.util.Map;

/** Starts a new version; the note says what it changes, per language. */
public record NewVersionRequest(Map<String, String> changeNote) {
}
