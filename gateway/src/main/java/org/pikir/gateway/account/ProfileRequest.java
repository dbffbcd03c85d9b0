package org.pikir.gateway.account;

/** The citizen's choices as feedback-service takes them: all three every time. */
public record ProfileRequest(String displayName, String language, boolean emailNotifications) {
}
