package org.pikir.feedback.submission;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.pikir.feedback.account.Profiles;
import org.pikir.feedback.common.Author;
import org.pikir.feedback.common.IdempotencyKeys;
import org.pikir.feedback.event.EventCatalog;
import org.pikir.platform.problem.ProblemException;

import java.util.function.Function;

/**
 * The path every citizen submission takes: the author's e-mail address must be verified, the event must be open and what it cites must exist (one answer from
 * events-service, usually reused, asked before any transaction); then, in one transaction, the author's profile is
 * read, the idempotency key reserved (a retried request replays its first answer and counts nothing), the person's
 * limit counted and the item written. A retry refused by the event check (closed meanwhile, events-service down)
 * still replays the answer its first attempt got.
 */
@ApplicationScoped
public class Submissions {

    private final IdempotencyKeys idempotency;
    private final EventCatalog events;
    private final SubmissionLimits limits;
    private final Profiles profiles;

    public Submissions(IdempotencyKeys idempotency, EventCatalog events, SubmissionLimits limits, Profiles profiles) {
        this.idempotency = idempotency;
        this.events = events;
        this.limits = limits;
        this.profiles = profiles;
    }

    /** What a submission is about on the events side. */
    public record Target(String eventSlug, Long statementId, Long materialId) {
    }

    /** Submits {@code request} as the citizen behind {@code token}; {@code write} runs in the transaction, given the author. */
    public <T> IdempotencyKeys.Outcome<T> submit(String operation, JsonWebToken token, String key, Object request,
                                                 Target target, Class<T> type, Function<Author, T> write) {
        Profiles.requireVerified(token);
        IdempotencyKeys.checkFormat(key);
        try {
            events.requireOpen(target.eventSlug(), target.statementId(), target.materialId());
        } catch (ProblemException refused) {
            if (key == null) {
                throw refused;
            }
            // the key's owner is the token's subject, so no profile is read to find an earlier answer
            return QuarkusTransaction.requiringNew()
                    .call(() -> idempotency.replay(token.getSubject(), key, operation, request, type))
                    .orElseThrow(() -> refused);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Author author = profiles.authorOf(token);
            return idempotency.once(author.subject(), key, operation, request, type, () -> {
                limits.take(author.subject());
                return write.apply(author);
            });
        });
    }
}
