package org.pikir.feedback.comment;

import org.pikir.feedback.common.Visibility;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import org.pikir.feedback.common.Author;
import org.pikir.feedback.common.IdempotencyKeys;
import org.pikir.feedback.moderation.ModerationPolicies;
import org.pikir.feedback.submission.Submissions;
import org.pikir.platform.problem.ProblemException;
import org.pikir.platform.text.PlainText;
import org.pikir.platform.web.PageResponse;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class CommentService {

    private static final String CREATE = "comment.create";

    private final CommentRepository comments;
    private final Submissions submissions;
    private final ModerationPolicies policies;
    private final Clock clock;

    public CommentService(CommentRepository comments, Submissions submissions, ModerationPolicies policies,
                          Clock clock) {
        this.clock = clock;
        this.comments = comments;
        this.submissions = submissions;
        this.policies = policies;
    }

    public PageResponse<CommentResponse> listPublic(String eventSlug, int page, int size) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = comments.listedOn(eventSlug).page(Page.of(page, size));
            List<CommentResponse> items = query.list().stream().map(CommentResponse::from).toList();
            return PageResponse.of(items, page, size, query.count());
        });
    }

    /**
     * Saves a comment once per idempotency key. The remote check of the consultation window runs
     * before the transaction, so no database connection waits on events-service.
     */
    public IdempotencyKeys.Outcome<CommentResponse> create(CommentRequest request, Author author, String key) {
        CommentRequest clean = normalised(request);
        var target = new Submissions.Target(clean.eventSlug(), clean.statementId(), clean.materialId());
        return submissions.submit(CREATE, author, key, clean, target, CommentResponse.class, () -> insert(clean, author));
    }

    private CommentResponse insert(CommentRequest request, Author author) {
        if (request.parentId() != null) {
            Comment parent = comments.findById(request.parentId());
            if (parent == null || !parent.eventSlug.equals(request.eventSlug())
                    || parent.status != Visibility.PUBLISHED) {
                throw ProblemException.invalidField("parentId", "is not a published comment on this event");
            }
        }
        Instant now = clock.instant();
        Comment comment = new Comment();
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
        comments.persist(comment);
        return CommentResponse.from(comment);
    }

    private static CommentRequest normalised(CommentRequest request) {
        String body = PlainText.normalise(request.body());
        if (body.isEmpty()) {
            throw ProblemException.invalidField("body", "must not be blank");
        }
        return new CommentRequest(request.eventSlug(), body, request.language(), request.statementId(),
                request.materialId(), request.parentId());
    }
}
