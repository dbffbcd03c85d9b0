package org.pikir.feedback.flag;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.pikir.feedback.common.Author;
import org.pikir.feedback.common.IdempotencyKeys;
import org.pikir.feedback.common.ItemType;
import org.pikir.feedback.common.Visibility;
import org.pikir.feedback.submission.SubmissionLimits;
import org.pikir.platform.problem.ProblemException;
import org.pikir.platform.text.PlainText;

import java.time.Clock;
import java.util.List;

/**
 * Citizens' flags. Unlike comments, flags are taken after the consultation closes too, since abuse
 * does not stop being abuse then; so the consultation window is not asked. A new flag counts
 * against the person's submission limit; repeating a flag returns the first one and counts nothing.
 */
@ApplicationScoped
public class FlagService {

    private static final String CREATE = "flag.create";

    private final FlagRepository flags;
    private final EntityManager db;
    private final IdempotencyKeys idempotency;
    private final SubmissionLimits limits;
    private final Clock clock;

    public FlagService(FlagRepository flags, EntityManager db, IdempotencyKeys idempotency, SubmissionLimits limits,
                       Clock clock) {
        this.flags = flags;
        this.db = db;
        this.idempotency = idempotency;
        this.limits = limits;
        this.clock = clock;
    }

    public IdempotencyKeys.Outcome<FlagOutcome> flag(FlagRequest request, Author author, String key) {
        IdempotencyKeys.checkFormat(key);
        String note = PlainText.normalise(request.note());
        FlagRequest clean = new FlagRequest(request.targetType(), request.targetId(), request.reason(),
                note == null || note.isEmpty() ? null : note);
        var earlier = QuarkusTransaction.requiringNew().call(
                () -> idempotency.replay(author.subject(), key, CREATE, clean, FlagOutcome.class));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        return QuarkusTransaction.requiringNew().call(
                () -> idempotency.once(author.subject(), key, CREATE, clean, FlagOutcome.class, () -> write(clean, author)));
    }

    private FlagOutcome write(FlagRequest request, Author author) {
        ItemType type = request.targetType();
        long id = request.targetId();
        // the row lock orders concurrent flags on one item, so a person's second flag finds the first
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("select " + type.visibilityColumn() + ", author_subject from "
                        + type.table() + " where id = ?1 for update")
                .setParameter(1, id)
                .getResultList();
        Object[] target = rows.stream()
                .filter(row -> Visibility.PUBLISHED.name().equals(row[0]))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound(type == ItemType.COMMENT ? "Comment" : "Recommendation",
                        String.valueOf(id)));
        if (author.subject().equals(target[1])) {
            throw ProblemException.conflict("own-item", "You cannot flag your own " + type.table() + ".");
        }
        var existing = flags.byFlagger(type, id, author.subject());
        if (existing.isPresent()) {
            return new FlagOutcome(FlagResponse.from(existing.get()), false);
        }
        limits.take(author.subject());
        Flag flag = new Flag();
        flag.targetType = type;
        flag.targetId = id;
        flag.flaggerSubject = author.subject();
        flag.reason = request.reason();
        flag.note = request.note();
        flag.createdAt = clock.instant();
        flags.persist(flag);
        db.createNativeQuery("update " + type.table()
                        + " set flag_count = flag_count + 1, open_flag_count = open_flag_count + 1 where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        return new FlagOutcome(FlagResponse.from(flag), true);
    }
}
