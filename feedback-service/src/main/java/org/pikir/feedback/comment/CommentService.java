package org.pikir.feedback.comment;

import org.pikir.feedback.analysis.spam.SpamScores;
import org.pikir.feedback.audit.AuditLog;
import org.pikir.feedback.common.Visibility;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hibernate.StaleStateException;
import org.pikir.feedback.common.Author;
import org.pikir.feedback.common.IdempotencyKeys;
import org.pikir.feedback.common.ItemType;
import org.pikir.feedback.common.Unprocessable;
import org.pikir.feedback.draft.PassageAnchor;
import org.pikir.feedback.draft.PassageReference;
import org.pikir.feedback.event.EventCatalog;
import org.pikir.feedback.moderation.ModerationPolicies;
import org.pikir.feedback.submission.SubmissionLimits;
import org.pikir.feedback.submission.Submissions;
import org.pikir.platform.problem.Problem;
import org.pikir.platform.problem.ProblemException;
import org.pikir.platform.text.PlainText;
import org.pikir.platform.web.PageResponse;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

@ApplicationScoped
public class CommentService {

    private static final String CREATE = "comment.create";
    /** Who resolved the open flags of a comment its author deleted. */
    public static final String RESOLVED_BY_DELETION = "deleted-by-author";

    private final CommentRepository comments;
    private final Submissions submissions;
    private final ModerationPolicies policies;
    private final EventCatalog events;
    private final SubmissionLimits limits;
    private final AuditLog audit;
    private final CommentsConfig config;
    private final SpamScores spamScores;
    private final Clock clock;

    public CommentService(CommentRepository comments, Submissions submissions, ModerationPolicies policies,
                          EventCatalog events, SubmissionLimits limits, AuditLog audit, CommentsConfig config,
                          SpamScores spamScores, Clock clock) {
        this.clock = clock;
        this.spamScores = spamScores;
        this.comments = comments;
        this.submissions = submissions;
        this.policies = policies;
        this.events = events;
        this.limits = limits;
        this.audit = audit;
        this.config = config;
    }

    public PageResponse<CommentResponse> listPublic(String eventSlug, int page, int size) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = comments.listedOn(eventSlug).page(Page.of(page, size));
            List<CommentResponse> items = query.list().stream().map(CommentResponse::from).toList();
            return PageResponse.of(items, page, size, query.count());
        });
    }

    /**
     * Saves a comment once per idempotency key, as the citizen behind the token. The remote check of the
     * consultation window runs before the transaction, so no database connection waits on events-service.
     */
    public IdempotencyKeys.Outcome<CommentResponse> create(CommentRequest request, JsonWebToken token, String key) {
        CommentRequest clean = normalised(request);
        PassageReference passage = clean.parentId() != null ? null : PassageReference.of(clean.draftId(),
                clean.draftVersion(), clean.passage(), clean.quote(), clean.statementId(), clean.materialId());
        var target = new Submissions.Target(clean.eventSlug(), clean.statementId(), clean.materialId(), passage);
        return submissions.submit(CREATE, token, key, clean, target, CommentResponse.class,
                (author, anchor, recent) -> insert(clean, anchor, author, recent));
    }

    /**
     * Changes the text of one's own comment while its edit window lasts and its consultation is open.
     * {@code expectedVersion} (from If-Match) guards against overwriting an edit the caller has not seen;
     * without it, the row's version still stops two concurrent edits from both succeeding.
     */
    public EditedComment edit(long id, CommentEditRequest request, Author author, Integer expectedVersion) {
        String body = PlainText.normalise(request.body());
        if (body.isEmpty()) {
            throw ProblemException.invalidField("body", "must not be blank");
        }
        String eventSlug = QuarkusTransaction.requiringNew().call(() -> owned(id, author).eventSlug);
        events.requireOpen(eventSlug);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Comment comment = owned(id, author);
                if (expectedVersion != null && expectedVersion != comment.version) {
                    throw new ProblemException(Problem.of("version-mismatch", "Precondition failed", 412,
                            "Comment " + id + " is at version " + comment.version + ", not " + expectedVersion
                                    + "; it was changed meanwhile. Reload it and try again."));
                }
                requireEditable(comment);
                if (comment.body.equals(body)) {
                    return new EditedComment(CommentResponse.from(comment), comment.version);
                }
                limits.take(author.subject());
                EditState before = EditState.of(comment);
                comment.body = body;
                comment.updatedAt = clock.instant();
                // as PostgreSQL keeps it, so the answer and later reads agree to the microsecond
                comment.editedAt = comment.updatedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
                // under pre-moderation a changed text is checked again before the public sees it
                if (comment.status == Visibility.PUBLISHED
                        && policies.initialVisibility(comment.eventSlug) == Visibility.PENDING) {
                    comment.status = Visibility.PENDING;
                }
                comments.flush();
                audit.record(author.displayName(), "comment.edit", "comment", String.valueOf(id), before,
                        EditState.of(comment));
                return new EditedComment(CommentResponse.from(comment), comment.version);
            });
        } catch (RuntimeException e) {
            if (isStale(e)) {
                throw ProblemException.conflict("edit-conflict",
                        "Comment " + id + " was changed by another request at the same time. Reload it and try again.");
            }
            throw e;
        }
    }

    /** A comment and the version its ETag names. */
    public record EditedComment(CommentResponse comment, int version) {
    }

    /**
     * Deletes one's own comment: its text is removed, the row stays so replies keep their place and
     * the public sees "deleted by the author". Deleting again changes nothing.
     */
    public void delete(long id, Author author) {
        QuarkusTransaction.requiringNew().run(() -> {
            Comment comment = owned(id, author);
            if (comment.status == Visibility.DELETED) {
                return;
            }
            EditState before = EditState.of(comment);
            Instant now = clock.instant();
            comment.status = Visibility.DELETED;
            comment.body = "";
            comment.quote = null;
            comment.updatedAt = now;
            comments.flush();
            resolveOpenFlags(id, now);
            audit.record(author.displayName(), "comment.delete", "comment", String.valueOf(id), before,
                    EditState.of(comment));
        });
    }

    private void resolveOpenFlags(long id, Instant now) {
        var db = comments.getEntityManager();
        db.createNativeQuery("update comment set open_flag_count = 0 where id = ?1")
                .setParameter(1, id).executeUpdate();
        db.createNativeQuery("""
                        update flag set resolved_at = ?1, resolved_by = ?2
                        where target_type = 'COMMENT' and target_id = ?3 and resolved_at is null""")
                .setParameter(1, now).setParameter(2, RESOLVED_BY_DELETION).setParameter(3, id).executeUpdate();
    }

    /**
     * The caller's own comment. Someone else's comment that the public can see is 403; one the
     * caller could not see at all is 404, so ids of pending or removed comments reveal nothing.
     */
    private Comment owned(long id, Author author) {
        Comment comment = comments.findById(id);
        if (comment == null) {
            throw ProblemException.notFound("Comment", String.valueOf(id));
        }
        if (!comment.authorSubject.equals(author.subject())) {
            if (comment.status == Visibility.PUBLISHED || comment.status == Visibility.HIDDEN) {
                throw new ProblemException(Problem.of("not-your-comment", "Forbidden", 403,
                        "Only the author of comment " + id + " may change or delete it."));
            }
            throw ProblemException.notFound("Comment", String.valueOf(id));
        }
        return comment;
    }

    private void requireEditable(Comment comment) {
        if (comment.status == Visibility.DELETED) {
            throw ProblemException.conflict("comment-deleted", "Comment " + comment.id + " was deleted; it cannot be edited.");
        }
        if (comment.status == Visibility.HIDDEN || comment.status == Visibility.REJECTED) {
            throw ProblemException.conflict("comment-moderated", "Comment " + comment.id
                    + " was " + comment.status.name().toLowerCase() + " by a moderator; it can no longer be edited.");
        }
        Instant until = editableUntil(comment.createdAt);
        if (clock.instant().isAfter(until)) {
            throw ProblemException.conflict("edit-window-closed", "Comment " + comment.id + " could be edited until "
                    + DateTimeFormatter.ISO_INSTANT.format(until.truncatedTo(ChronoUnit.SECONDS))
                    + " (" + config.editWindow().toMinutes() + " minutes after it was posted); it can still be deleted.");
        }
    }

    /** Until when a comment posted at {@code createdAt} may be edited. */
    public Instant editableUntil(Instant createdAt) {
        return createdAt.plus(config.editWindow());
    }

    private CommentResponse insert(CommentRequest request, PassageAnchor anchor, Author author, int recent) {
        Instant now = clock.instant();
        Comment comment = new Comment();
        if (request.parentId() != null) {
            Comment parent = comments.findById(request.parentId());
            if (parent == null || !parent.eventSlug.equals(request.eventSlug())
                    || parent.status != Visibility.PUBLISHED) {
                throw ProblemException.invalidField("parentId", "is not a published comment on this event");
            }
            if (parent.depth + 1 > config.maxReplyDepth()) {
                throw ProblemException.invalidField("parentId", "is already " + config.maxReplyDepth()
                        + " replies deep, the most a thread nests; reply to a comment higher up in the thread");
            }
            comment.threadId = parent.threadId;
            comment.depth = parent.depth + 1;
            // a reply is about what its thread is about
            comment.draftId = parent.draftId;
            comment.draftVersion = parent.draftVersion;
            comment.passageKey = parent.passageKey;
            comment.articleKey = parent.articleKey;
        }
        if (anchor != null) {
            comment.draftId = anchor.draftId();
            comment.draftVersion = anchor.draftVersion();
            comment.passageKey = anchor.passageKey();
            comment.articleKey = anchor.articleKey();
            comment.quote = anchor.quote();
        }
        comment.eventSlug = request.eventSlug();
        comment.statementId = request.statementId();
        comment.materialId = request.materialId();
        comment.parentId = request.parentId();
        comment.body = request.body();
        comment.language = request.language();
        comment.authorSubject = author.subject();
        comment.authorName = author.displayName();
        comment.status = policies.initialVisibility(request.eventSlug());
        comment.createdAt = now;
        comment.updatedAt = now;
        comment.spamScore = spamScores.score(ItemType.COMMENT, comment.eventSlug, recent, null, comment.body);
        comments.persist(comment);
        return CommentResponse.from(comment);
    }

    private static CommentRequest normalised(CommentRequest request) {
        String body = PlainText.normalise(request.body());
        if (body.isEmpty()) {
            throw ProblemException.invalidField("body", "must not be blank");
        }
        if (request.parentId() != null) {
            // a reply takes its parent's passage; naming one would suggest it could differ
            requireAbsent("draftId", request.draftId());
            requireAbsent("draftVersion", request.draftVersion());
            requireAbsent("passage", request.passage());
            requireAbsent("quote", request.quote());
        }
        return new CommentRequest(request.eventSlug(), body, request.language(), request.statementId(),
                request.materialId(), request.parentId(), request.draftId(), request.draftVersion(), request.passage(),
                request.quote());
    }

    private static void requireAbsent(String field, Object value) {
        if (value != null) {
            throw Unprocessable.field(field, "is not given on a reply: a reply is about its parent's passage");
        }
    }

    private static boolean isStale(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /** What the audit log keeps of a comment before and after its author changed it. */
    record EditState(Visibility status, String body, int version) {
        static EditState of(Comment comment) {
            return new EditState(comment.status, comment.body, comment.version);
        }
    }
}
