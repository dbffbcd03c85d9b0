package org.pikir.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

/**
 * Access tokens of many citizens from the local Keycloak (client pikir-cli), kept fresh for runs
 * longer than a token lives: each is renewed with its refresh token before it expires, so Keycloak
 * does not hash passwords during a measurement. Password = user name, as for the demo and bench users.
 */
public final class TokenPool implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String tokenUrl;
    private final List<String> users;
    private final AtomicReferenceArray<String> access;
    private final AtomicReferenceArray<String> refresh;
    private final AtomicInteger next = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "token-renewer");
        thread.setDaemon(true);
        return thread;
    });

    private TokenPool(String keycloak, List<String> users) {
        this.tokenUrl = keycloak + "/realms/pikir/protocol/openid-connect/token";
        this.users = List.copyOf(users);
        this.access = new AtomicReferenceArray<>(users.size());
        this.refresh = new AtomicReferenceArray<>(users.size());
    }

    /** bench-user-{first} ... bench-user-{first + count - 1} (see bench/users). */
    public static List<String> benchUsers(int first, int count) {
        return IntStream.range(first, first + count).mapToObj(i -> String.format("bench-user-%04d", i)).toList();
    }

    /** Signs every user in (a few at a time) and renews the tokens every {@code renewEvery}. */
    public static TokenPool signIn(String keycloak, List<String> users, Duration renewEvery) {
        TokenPool pool = new TokenPool(keycloak, users);
        ExecutorService signIns = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (int i = 0; i < users.size(); i++) {
                int index = i;
                pending.add(signIns.submit(() -> pool.store(index, pool.grant("grant_type=password&client_id=pikir-cli"
                        + "&username=" + encode(users.get(index)) + "&password=" + encode(users.get(index))))));
            }
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not sign the benchmark users in (run bench/users ensure "
                    + users.size() + "): " + e.getMessage(), e);
        } finally {
            signIns.shutdown();
        }
        long period = renewEvery.toSeconds();
        pool.renewer.scheduleAtFixedRate(pool::renewAll, period, period, TimeUnit.SECONDS);
        return pool;
    }

    /** The next user's access token, round robin. */
    public String next() {
        return access.get(Math.floorMod(next.getAndIncrement(), users.size()));
    }

    public int size() {
        return users.size();
    }

    private void renewAll() {
        for (int i = 0; i < users.size(); i++) {
            try {
                store(i, grant("grant_type=refresh_token&client_id=pikir-cli&refresh_token=" + encode(refresh.get(i))));
            } catch (RuntimeException e) {
                System.err.println("Could not renew the token of " + users.get(i) + ": " + e.getMessage());
            }
        }
    }

    private void store(int index, JsonNode answer) {
        access.set(index, answer.path("access_token").asText());
        refresh.set(index, answer.path("refresh_token").asText());
    }

    private JsonNode grant(String form) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        renewer.shutdownNow();
    }
}
