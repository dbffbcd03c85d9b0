package org.pikir.feedback.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.pikir.feedback.common.Author;
import org.pikir.platform.problem.Problem;
import org.pikir.platform.problem.ProblemException;
import org.pikir.platform.text.ContentLanguage;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Citizens' profiles. A profile is made the first time a signed-in citizen uses feedback-service,
 * with a random pseudonym; its e-mail address follows the token's verified {@code email} claim at every request,
 * so an address verified after the profile was made receives notifications from the next request on.
 */
@ApplicationScoped
public class Profiles {

    private static final String DEFAULT_LANGUAGE = "ru";
    private static final int NAME_ATTEMPTS = 20;
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int MAX_EMAIL = 320;

    private final ProfileRepository profiles;
    private final EntityManager db;
    private final Clock clock;

    public Profiles(ProfileRepository profiles, EntityManager db, Clock clock) {
        this.profiles = profiles;
        this.db = db;
        this.clock = clock;
    }

    /** The citizen behind the token, by the pseudonym their items are shown under. */
    public Author signedIn(JsonWebToken token) {
        Profile profile = ensure(token);
        return new Author(profile.subject, profile.displayName);
    }

    /** The citizen behind the token, who is about to add something others see (an endorsement, a flag). */
    public Author contributor(JsonWebToken token) {
        requireVerified(token);
        return signedIn(token);
    }

    /**
     * Answers 403 unless the identity provider says the token's e-mail address is verified: each account must prove an
     * address before it comments, recommends, endorses or flags, so new accounts cost more than a click each.
     */
    public static void requireVerified(JsonWebToken token) {
        if (verifiedEmail(token) == null) {
            throw new ProblemException(Problem.of("email-unverified", "Forbidden", 403,
                    "Verify your e-mail address first: follow the link in the e-mail sent to it (signing in again "
                            + "sends a new one), then sign in again."));
        }
    }

    public ProfileResponse me(JsonWebToken token) {
        Profile profile = ensure(token);
        return QuarkusTransaction.requiringNew().call(() -> ProfileResponse.from(profile, unread(profile.subject)));
    }

    /**
     * Changes name, language and e-mail choice. A new name is shown on the person's existing items
     * too: one statement per table, in the same transaction as the profile.
     */
    public ProfileResponse update(JsonWebToken token, ProfileRequest request) {
        String name = DisplayNames.clean(request.displayName());
        DisplayNames.check(name);
        Profile current = ensure(token);
        // a name kept as it is (a generated one, or one chosen under older rules) is not judged again
        if (!name.equals(current.displayName)) {
            DisplayNames.checkChosen(name);
        }
        String key = DisplayNames.key(name);
        String skeleton = DisplayNames.skeleton(name);
        String subject = current.subject;
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Profile profile = profiles.findById(subject, LockModeType.PESSIMISTIC_WRITE);
                if (profiles.count("(displayNameKey = ?1 or displayNameSkeleton = ?2) and subject <> ?3",
                        key, skeleton, subject) > 0) {
                    throw taken(name);
                }
                boolean renamed = !profile.displayName.equals(name);
                profile.displayName = name;
                profile.displayNameKey = key;
                profile.displayNameSkeleton = skeleton;
                profile.language = request.language();
                profile.emailNotifications = request.emailNotifications();
                profile.updatedAt = clock.instant();
                profiles.flush();
                if (renamed) {
                    for (String table : List.of("comment", "recommendation")) {
                        db.createNativeQuery("update " + table + " set author_name = ?1 where author_subject = ?2")
                                .setParameter(1, name).setParameter(2, subject).executeUpdate();
                    }
                }
                return ProfileResponse.from(profile, unread(subject));
            });
        } catch (RuntimeException e) {
            // two people claiming the same free name at once: the unique index lets one win
            if (isUniqueViolation(e)) {
                throw taken(name);
            }
            throw e;
        }
    }

    /** The profile of the token's subject, made on first use; a changed verified e-mail address is taken over. */
    Profile ensure(JsonWebToken token) {
        return QuarkusTransaction.requiringNew().call(() -> ensureWithin(token));
    }

    /**
     * The citizen behind the token, read (or made) in the caller's transaction: a submission reads its author with
     * the rest of its work instead of in a transaction of its own, and reads only the two columns it needs, so no
     * profile entity is loaded, kept and checked for changes at every statement of the submission.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Author authorOf(JsonWebToken token) {
        String subject = token.getSubject();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("select display_name, email from profile where subject = ?1")
                .setParameter(1, subject).getResultList();
        if (rows.isEmpty()) {
            Profile made = create(subject, verifiedEmail(token), languageOf(token));
            return new Author(made.subject, made.displayName);
        }
        Object[] profile = rows.get(0);
        if (token.containsClaim("email") && !Objects.equals(profile[1], verifiedEmail(token))) {
            db.createNativeQuery("update profile set email = ?1, updated_at = ?2, version = version + 1 where subject = ?3")
                    .setParameter(1, verifiedEmail(token)).setParameter(2, clock.instant()).setParameter(3, subject)
                    .executeUpdate();
        }
        return new Author(subject, (String) profile[0]);
    }

    private Profile ensureWithin(JsonWebToken token) {
        String subject = token.getSubject();
        Profile profile = profiles.findById(subject);
        if (profile == null) {
            return create(subject, verifiedEmail(token), languageOf(token));
        }
        if (token.containsClaim("email") && !Objects.equals(profile.email, verifiedEmail(token))) {
            profile.email = verifiedEmail(token);
            profile.updatedAt = clock.instant();
        }
        return profile;
    }

    private Profile create(String subject, String email, String language) {
        Instant now = clock.instant();
        for (int attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
            String name = DisplayNames.generated();
            // do nothing on any conflict: the same person in a parallel request, or a name already taken
            db.createNativeQuery("""
                            insert into profile (subject, display_name, display_name_key, display_name_skeleton,
                                                 language, email, email_notifications, created_at, updated_at)
                            values (?1, ?2, ?3, ?7, ?4, ?5, true, ?6, ?6) on conflict do nothing""")
                    .setParameter(1, subject).setParameter(2, name).setParameter(3, DisplayNames.key(name))
                    .setParameter(4, language).setParameter(5, email).setParameter(6, now)
                    .setParameter(7, DisplayNames.skeleton(name))
                    .executeUpdate();
            Profile made = profiles.findById(subject);
            if (made != null) {
                return made;
            }
        }
        throw new IllegalStateException("No free pseudonym found after " + NAME_ATTEMPTS + " attempts");
    }

    private long unread(String subject) {
        return ((Number) db.createNativeQuery(
                        "select count(*) from notification where recipient_subject = ?1 and read_at is null")
                .setParameter(1, subject).getSingleResult()).longValue();
    }

    /**
     * The token's e-mail address if the identity provider says it is verified ({@code email_verified: true}, which
     * Keycloak puts beside every {@code email} claim): no mail to an address nobody proved.
     */
    private static String verifiedEmail(JsonWebToken token) {
        String email = token.getClaim("email");
        Object verified = token.getClaim("email_verified");
        if (email == null || email.isBlank() || email.length() > MAX_EMAIL || verified == null
                || !"true".equals(String.valueOf(verified))) {
            return null;
        }
        return email.strip();
    }

    private static String languageOf(JsonWebToken token) {
        String locale = token.getClaim("locale");
        String language = locale == null ? null : locale.strip().toLowerCase(java.util.Locale.ROOT);
        if (language != null && language.length() > 2) {
            language = language.substring(0, 2);
        }
        return language != null && ContentLanguage.isSupported(language) ? language : DEFAULT_LANGUAGE;
    }

    private static ProblemException taken(String name) {
        return new ProblemException(Problem.of("display-name-taken", "Conflict", 409,
                        "The display name '" + name + "' is already taken, or looks like one that is. Choose another one.")
                .withErrors(List.of(new Problem.FieldError(DisplayNames.FIELD, "is already taken or looks like a taken name"))));
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
