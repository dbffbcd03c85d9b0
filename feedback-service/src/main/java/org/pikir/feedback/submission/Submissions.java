package org.pikir.feedback.submission;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.pikir.feedback.account.Profiles;
import org.pikir.feedback.common.Author;
import org.pikir.feedback.common.IdempotencyKeys;
import org.pikir.feedback.draft.PassageAnchor;
import org.pikir.feedback.draft.PassageReference;
import org.pikir.feedback.draft.Passages;
import org.pikir.feedback.event.EventCatalog;
import org.pikir.platform.problem.ProblemException;

/**
 * The path every citizen submission takes: the author's e-mail address must be verified, the event must be open and what it cites must exist (one answer from
 * events-service, usually reused, asked before any transaction; a passage of a draft is checked there too); then, in one transaction, the author's profile is
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
    private final Passages passages;

    public Submissions(IdempotencyKeys idempotency, EventCatalog events, SubmissionLimits limits, Profiles profiles,
                       Passages passages) {
        this.passages = passages;
        this.idempotency = idempotency;
        this.events = events;
        this.limits = limits;
        this.profiles = profiles;
    }

    /** Writes the item, in the submission's transaction. */
    @FunctionalInterface
    public interface Write<T> {
        /**
         * {@code anchor}: where in a draft the item sits (null when the target names no draft);
         * {@code recentSubmissions}: about how many items the author submitted in the last ten minutes, this one
         * included ({@link SubmissionLimits#takeItem}).
         */
        T write(Author author, PassageAnchor anchor, int recentSubmissions);
    }

    /** What a submission is about on the events side; {@code passage} is null unless it is about a draft. */
    public record Target(String eventSlug, Long statementId, Long materialId, PassageReference passage) {
    }

    /**
     * Submits {@code request} as the citizen behind {@code token}; {@code write} runs in the transaction.
     */
    public <T> IdempotencyKeys.Outcome<T> submit(String operation, JsonWebToken token, String key, Object request,
                                                 Target target, Class<T> type,
                                                 Write<T> write) {
        Profiles.requireVerified(token);
        IdempotencyKeys.checkFormat(key);
        PassageAnchor anchor;
        try {
            events.requireOpen(target.eventSlug(), target.statementId(), target.materialId());
            anchor = target.passage() == null ? null : passages.anchor(target.eventSlug(), target.passage());
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
                int recent = limits.takeItem(author.subject());
                return write.write(author, anchor, recent);
            });
        });
    }
}
