package org.pikir.feedback.account;

import java.time.Instant;

/** A citizen's own profile as only they see it; the e-mail address is never part of any public answer. */
public record ProfileResponse(
        String displayName,
        String language,
        String email,
        boolean emailNotifications,
        long unreadNotifications,
        Instant createdAt,
        Instant updatedAt) {

    static ProfileResponse from(Profile profile, long unread) {
        return new ProfileResponse(profile.displayName, profile.language, profile.email, profile.emailNotifications,
                unread, profile.createdAt, profile.updatedAt);
    }
}
