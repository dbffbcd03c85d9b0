package org.pikir.feedback.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.pikir.platform.problem.Problem;
import org.pikir.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Makes creating requests safe to retry. The key is reserved by a row in the same transaction as
 * the write it guards, so concurrent retries wait on PostgreSQL's unique index and then replay the
 * first answer: exactly one write per key and owner, on any number of replicas.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    private final EntityManager db;
    private final ObjectMapper json;

    public IdempotencyKeys(EntityManager db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The outcome of a guarded creation: the result and whether it was replayed from an earlier request. */
    public record Outcome<T>(T result, boolean replayed) {
    }

    /** Rejects a malformed key before any work is done. */
    public static void checkFormat(String key) {
        if (key != null && !VALID_KEY.matcher(key).matches()) {
            throw new ProblemException(Problem.of("validation", "Invalid request", 400,
                    "The Idempotency-Key header must be 8 to 100 letters, digits or . _ : -")
                    .withErrors(List.of(new Problem.FieldError(HEADER, "8 to 100 letters, digits or . _ : -"))));
        }
    }

    /** An earlier answer to the same request, if this key was already used to completion (no lock taken). */
    public <T> Optional<Outcome<T>> replay(String owner, String key, String operation, Object request, Class<T> type) {
        if (key == null) {
            return Optional.empty();
        }
        return stored(owner, key).map(row -> replayOf(row, hash(operation, request), type));
    }

    /** Runs {@code create} once per owner and key; must be called inside a transaction. */
    public <T> Outcome<T> once(String owner, String key, String operation, Object request, Class<T> type,
                               Supplier<T> create) {
        if (key == null) {
            return new Outcome<>(create.get(), false);
        }
        String hash = hash(operation, request);
        int reserved = db.createNativeQuery("""
                        insert into idempotency_key (owner_subject, key, operation, request_hash)
                        values (?1, ?2, ?3, ?4) on conflict do nothing""")
                .setParameter(1, owner).setParameter(2, key).setParameter(3, operation).setParameter(4, hash)
                .executeUpdate();
        if (reserved == 0) {
            // another request with this key committed first (PostgreSQL waited for it): answer as it did
            return stored(owner, key).map(row -> replayOf(row, hash, type))
                    .orElseThrow(() -> new IllegalStateException("Idempotency key vanished: " + key));
        }
        T result = create.get();
        db.createNativeQuery("""
                        update idempotency_key set response_status = 201, response_body = ?3
                        where owner_subject = ?1 and key = ?2""")
                .setParameter(1, owner).setParameter(2, key).setParameter(3, write(result))
                .executeUpdate();
        return new Outcome<>(result, false);
    }

    private Optional<Object[]> stored(String owner, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("""
                        select request_hash, response_body from idempotency_key
                        where owner_subject = ?1 and key = ?2""")
                .setParameter(1, owner).setParameter(2, key)
                .getResultList();
        return rows.stream().findFirst();
    }

    private <T> Outcome<T> replayOf(Object[] row, String hash, Class<T> type) {
        if (!hash.equals(row[0])) {
            throw new ProblemException(Problem.of("idempotency-key-reused", "Idempotency key reused", 422,
                    "This Idempotency-Key was already used for a different request. Use a new key for new content."));
        }
        if (row[1] == null) {
            throw ProblemException.conflict("idempotency-in-progress",
                    "A request with this Idempotency-Key is still being processed. Retry in a moment.");
        }
        try {
            return new Outcome<>(json.readValue((String) row[1], type), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored idempotent response is unreadable", e);
        }
    }

    private String hash(String operation, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
