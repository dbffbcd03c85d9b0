package org.pikir.gateway.session;

import io.quarkus.oidc.AuthorizationCodeTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pikir.gateway.GatewayConfig;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * Signed-in users' tokens, kept in this process's memory and found by a random 256-bit session id.
 * Bounded (least recently used first out) and expiring (idle timeout and absolute maximum age).
 * A restart forgets every session; several gateway replicas need sticky sessions.
 */
@ApplicationScoped
public class SessionTokenStore {

    private static final int ID_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration maxAge;
    private final int maxSessions;
    // access order: iteration starts with the least recently used session
    private final LinkedHashMap<String, Entry> sessions = new LinkedHashMap<>(64, 0.75f, true);

    @Inject
    public SessionTokenStore(GatewayConfig config) {
        this(Clock.systemUTC(), config.session().idleTimeout(), config.session().maxAge(), config.session().maxSessions());
    }

    SessionTokenStore(Clock clock, Duration idleTimeout, Duration maxAge, int maxSessions) {
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.maxAge = maxAge;
        this.maxSessions = maxSessions;
    }

    /** Keeps the tokens and returns the new session's id, the only thing the browser gets. */
    public String save(AuthorizationCodeTokens tokens) {
        String id = newId();
        Instant now = clock.instant();
        synchronized (sessions) {
            dropExpired(now);
            while (sessions.size() >= maxSessions) {
                Iterator<String> oldest = sessions.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
            sessions.put(id, new Entry(tokens, now, now));
        }
        return id;
    }

    /** The tokens of a live session; using a session keeps it from going idle. */
    public Optional<AuthorizationCodeTokens> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (sessions) {
            Entry entry = sessions.get(id);
            if (entry == null) {
                return Optional.empty();
            }
            if (entry.expiredAt(now, idleTimeout, maxAge)) {
                sessions.remove(id);
                return Optional.empty();
            }
            sessions.put(id, entry.usedAt(now));
            return Optional.of(entry.tokens());
        }
    }

    public void remove(String id) {
        if (id != null) {
            synchronized (sessions) {
                sessions.remove(id);
            }
        }
    }

    public int size() {
        synchronized (sessions) {
            return sessions.size();
        }
    }

    private void dropExpired(Instant now) {
        sessions.entrySet().removeIf(e -> e.getValue().expiredAt(now, idleTimeout, maxAge));
    }

    private String newId() {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private record Entry(AuthorizationCodeTokens tokens, Instant createdAt, Instant lastUsedAt) {

        boolean expiredAt(Instant now, Duration idleTimeout, Duration maxAge) {
            return !now.isBefore(lastUsedAt.plus(idleTimeout)) || !now.isBefore(createdAt.plus(maxAge));
        }

        Entry usedAt(Instant now) {
            return new Entry(tokens, createdAt, now);
        }
    }
}
