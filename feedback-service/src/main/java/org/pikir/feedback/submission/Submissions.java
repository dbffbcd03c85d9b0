package org.pikir.feedback.submission;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.pikir.feedback.common.Author;
import org.pikir.feedback.common.IdempotencyKeys;
import org.pikir.feedback.event.CitedPart;
import org.pikir.feedback.event.EventCatalog;

import java.util.function.Supplier;

/**
 * The path every citizen submission takes: a retried request replays its first answer; the event
 * must be open and what it cites must exist (asked before any transaction); then, in one
 * transaction, the person's limit is counted, the key reserved and the item written.
 */
@ApplicationScoped
public class Submissions {

    private final IdempotencyKeys idempotency;
    private final EventCatalog events;
    private final SubmissionLimits limits;

    public Submissions(IdempotencyKeys idempotency, EventCatalog events, SubmissionLimits limits) {
        this.idempotency = idempotency;
        this.events = events;
        this.limits = limits;
    }

    /** What a submission is about on the events side. */
    public record Target(String eventSlug, Long statementId, Long materialId) {
    }

    public <T> IdempotencyKeys.Outcome<T> submit(String operation, Author author, String key, Object request,
                                                 Target target, Class<T> type, Supplier<T> write) {
        IdempotencyKeys.checkFormat(key);
        var earlier = QuarkusTransaction.requiringNew().call(
                () -> idempotency.replay(author.subject(), key, operation, request, type));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        events.requireOpen(target.eventSlug());
        events.requireCited(target.eventSlug(), CitedPart.Kind.STATEMENT, target.statementId());
        events.requireCited(target.eventSlug(), CitedPart.Kind.MATERIAL, target.materialId());
        return QuarkusTransaction.requiringNew().call(() -> {
            limits.take(author.subject());
            return idempotency.once(author.subject(), key, operation, request, type, write);
        });
    }
}
