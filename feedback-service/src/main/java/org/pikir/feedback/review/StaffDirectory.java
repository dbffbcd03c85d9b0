package org.pikir.feedback.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.pikir.feedback.common.Staff;
import org.pikir.platform.problem.Problem;
import org.pikir.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The staff members a recommendation may be assigned to: everyone whose token, on any request to feedback-service,
 * carried a staff role (moderator, editor, admin), by user name, with those roles and when last seen. Keycloak stays
 * the only place roles are given; this is what feedback-service learned from the tokens it verified, so it needs no
 * credentials of its own for Keycloak. Someone who has not been seen for {@link ReviewConfig#staffForgetAfter()} is
 * no longer listed or assignable, which bounds how long a removed role lingers.
 */
@ApplicationScoped
public class StaffDirectory {

    static final List<String> STAFF_ROLES = List.of("admin", "editor", "moderator");
    // a staff member's requests write their row at most this often per replica
    private static final Duration RECORD_EVERY = Duration.ofMinutes(10);

    private final EntityManager db;
    private final ReviewConfig config;
    private final Clock clock;
    private final Map<String, Recorded> recorded = new ConcurrentHashMap<>();

    private record Recorded(String roles, Instant at) {
    }

    /** A staff member as the review console lists them: user name and staff roles. */
    public record StaffMemberResponse(String username, List<String> roles) {
    }

    public record StaffListResponse(List<StaffMemberResponse> items) {
    }

    public StaffDirectory(EntityManager db, ReviewConfig config, Clock clock) {
        this.db = db;
        this.config = config;
        this.clock = clock;
    }

    /** Records the caller as a staff member if their token carries a staff role; a no-op for anyone else. */
    public void seen(SecurityIdentity identity, JsonWebToken token) {
        if (identity.isAnonymous()) {
            return;
        }
        String roles = String.join(",", STAFF_ROLES.stream().filter(identity::hasRole).toList());
        if (roles.isEmpty()) {
            return;
        }
        String username = Staff.of(token).name();
        Instant now = clock.instant();
        Recorded last = recorded.get(username);
        if (last != null && last.roles().equals(roles) && last.at().plus(RECORD_EVERY).isAfter(now)) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> db.createNativeQuery("""
                        insert into staff_member (username, subject, roles, last_seen_at) values (?1, ?2, ?3, ?4)
                        on conflict (username) do update set subject = excluded.subject, roles = excluded.roles,
                            last_seen_at = excluded.last_seen_at""")
                .setParameter(1, username).setParameter(2, token.getSubject()).setParameter(3, roles)
                .setParameter(4, now).executeUpdate());
        recorded.put(username, new Recorded(roles, now));
    }

    /** The staff members seen lately, by user name. */
    public StaffListResponse list() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> db.createNativeQuery(
                        "select username, roles from staff_member where last_seen_at > ?1 order by username")
                .setParameter(1, clock.instant().minus(config.staffForgetAfter())).getResultList());
        return new StaffListResponse(rows.stream()
                .map(row -> new StaffMemberResponse((String) row[0], Arrays.asList(((String) row[1]).split(","))))
                .toList());
    }

    /** Refuses, with 422 naming {@code assignee}, a user name that is not a staff member seen lately; null unassigns. */
    public void requireAssignable(String username) {
        if (username == null) {
            return;
        }
        Number found = (Number) db.createNativeQuery(
                        "select count(*) from staff_member where username = ?1 and last_seen_at > ?2")
                .setParameter(1, username).setParameter(2, clock.instant().minus(config.staffForgetAfter()))
                .getSingleResult();
        if (found.intValue() == 0) {
            throw new ProblemException(Problem.of("not-staff", "Unprocessable", 422,
                            "'" + username + "' is not a staff member: choose one from GET /api/feedback/review/staff.")
                    .withErrors(List.of(new Problem.FieldError("assignee", "is not a staff member"))));
        }
    }
}
