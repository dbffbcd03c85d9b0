package org.pikir.gateway.account;

import java.time.Instant;

/**
 * The signed-in citizen's profile as only they see it: the pseudonym shown on their feedback, the
 * language of their notifications, the e-mail address the token gave (if any) and whether it gets them.
 */
public record ProfileResponse(String displayName, String language, String email, boolean emailNotifications,
                              long unreadNotifications, Instant createdAt, Instant updatedAt) {
}
