package org.pikir.gateway.admin.draft;

import java.util.Map;

/** Starts a new editing version copied from the newest published one, saying what it is for. */
public record NewVersionRequest(Map<String, String> changeNote) {
}
