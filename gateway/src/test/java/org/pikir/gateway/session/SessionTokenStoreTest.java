package org.pikir.gateway.session;

import io.quarkus.oidc.AuthorizationCodeTokens;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionTokenStoreTest {

    private Instant now = Instant.parse("2026-03-01T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final SessionTokenStore store = new SessionTokenStore(clock, Duration.ofMinutes(30), Duration.ofHours(10), 3);

    private static AuthorizationCodeTokens tokens(String name) {
        return new AuthorizationCodeTokens("id-" + name, "access-" + name, "refresh-" + name);
    }

    @Test
    void theIdIsRandom256BitsAndFindsTheTokens() {
        String first = store.save(tokens("a"));
        String second = store.save(tokens("b"));

        assertTrue(first.matches("[A-Za-z0-9_-]{43}"), first);
        assertNotEquals(first, second);
        assertEquals("access-a", store.find(first).orElseThrow().getAccessToken());
        assertTrue(store.find("guessed").isEmpty());
        assertTrue(store.find(null).isEmpty());
    }

    @Test
    void removedSessionsAreGone() {
        String id = store.save(tokens("a"));
        store.remove(id);
        assertTrue(store.find(id).isEmpty());
    }

    @Test
    void anIdleSessionExpiresButAUsedOneStays() {
        String idle = store.save(tokens("idle"));
        String used = store.save(tokens("used"));
        now = now.plus(Duration.ofMinutes(20));
        assertTrue(store.find(used).isPresent());
        now = now.plus(Duration.ofMinutes(15));

        assertTrue(store.find(idle).isEmpty());
        assertTrue(store.find(used).isPresent());
    }

    @Test
    void noSessionOutlivesTheMaximumAge() {
        String id = store.save(tokens("a"));
        for (int i = 0; i < 21; i++) {
            now = now.plus(Duration.ofMinutes(29));
            store.find(id);
        }
        assertTrue(store.find(id).isEmpty());
    }

    @Test
    void theLeastRecentlyUsedSessionMakesRoomWhenFull() {
        String oldest = store.save(tokens("1"));
        String second = store.save(tokens("2"));
        String third = store.save(tokens("3"));
        store.find(oldest);

        String fourth = store.save(tokens("4"));

        assertEquals(3, store.size());
        assertTrue(store.find(second).isEmpty());
        assertTrue(store.find(oldest).isPresent());
        assertTrue(store.find(third).isPresent());
        assertTrue(store.find(fourth).isPresent());
    }
}
