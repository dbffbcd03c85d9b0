package org.pikir.feedback.review;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.pikir.feedback.audit.AuditLog;
import org.pikir.feedback.common.Cursor;
import org.pikir.feedback.common.CursorPage;
import org.pikir.feedback.common.Staff;
import org.pikir.feedback.common.Visibility;
import org.pikir.feedback.notification.ItemDecision;
import org.pikir.feedback.recommendation.Recommendation;
import org.pikir.feedback.recommendation.RecommendationRepository;
import org.pikir.feedback.recommendation.RecommendationStatus;
import org.pikir.platform.problem.ProblemException;
import org.pikir.platform.text.PlainText;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The public body's review of recommendations. Every change locks the recommendation's row first,
 * so endorsements arriving meanwhile wait instead of being overwritten, and writes its audit entry
 * in the same transaction.
 */
@ApplicationScoped
public class ReviewService {

    private static final String RECOMMENDATION = "recommendation";
    private static final int MAX_NOTES = 200;

    private final StaffDirectory staffDirectory;
    private final RecommendationRepository recommendations;
    private final ReviewNoteRepository notes;
    private final AuditLog audit;
    private final ReviewConfig config;
    private final Event<ItemDecision> decisions;
    private final Clock clock;

    public ReviewService(RecommendationRepository recommendations, ReviewNoteRepository notes, AuditLog audit,
                         ReviewConfig config, Event<ItemDecision> decisions, StaffDirectory staffDirectory,
                         Clock clock) {
        this.staffDirectory = staffDirectory;
        this.recommendations = recommendations;
        this.notes = notes;
        this.audit = audit;
        this.config = config;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** What a review queue is asked for; null fields do not filter. */
    public record QueueFilter(String eventSlug, RecommendationStatus status, String assignee, boolean unanswered,
                              boolean overdue) {
    }

    /** Published recommendations oldest first, one keyset page in one statement. */
    @Transactional
    public CursorPage<ReviewItemResponse> queue(QueueFilter filter, Cursor after, int size) {
        Instant now = clock.instant();
        StringBuilder where = new StringBuilder("visibility = :published");
        Parameters parameters = Parameters.with("published", Visibility.PUBLISHED);
        if (filter.eventSlug() != null) {
            where.append(" and eventSlug = :event");
            parameters.and("event", filter.eventSlug());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.assignee() != null) {
            where.append(" and assignedTo = :assignee");
            parameters.and("assignee", filter.assignee());
        }
        if (filter.unanswered() || filter.overdue()) {
            where.append(" and answeredAt is null");
        }
        if (filter.overdue()) {
            where.append(" and status <> :merged and createdAt < :dueBefore");
            parameters.and("merged", RecommendationStatus.MERGED).and("dueBefore", now.minus(config.answerDeadline()));
        }
        if (after != null) {
            where.append(" and (createdAt > :afterAt or (createdAt = :afterAt and id > :afterId))");
            parameters.and("afterAt", after.at()).and("afterId", after.id());
        }
        List<Recommendation> rows = recommendations.find(where.toString(), Sort.ascending("createdAt").and("id"),
                parameters).page(Page.ofSize(size + 1)).list();
        List<ReviewItemResponse> items = rows.stream().limit(size)
                .map(r -> ReviewItemResponse.from(r, config.answerDeadline(), now)).toList();
        String next = rows.size() > size
                ? Cursor.of(items.get(size - 1).createdAt(), items.get(size - 1).id()).encode()
                : null;
        return new CursorPage<>(items, next);
    }

    @Transactional
    public ReviewItemResponse get(long id) {
        Recommendation recommendation = recommendations.findByIdOptional(id)
                .filter(r -> r.visibility != Visibility.DELETED)
                .orElseThrow(() -> notFound(id));
        return view(recommendation);
    }

    @Transactional
    public ReviewItemResponse changeStatus(long id, ReviewStatusRequest request, Staff staff) {
        RecommendationStatus to = request.status();
        if (to == RecommendationStatus.MERGED && request.mergeInto() == null) {
            throw ProblemException.invalidField("mergeInto", "names the recommendation to merge into");
        }
        if (to != RecommendationStatus.MERGED && request.mergeInto() != null) {
            throw ProblemException.invalidField("mergeInto", "is only for status MERGED");
        }
        if (to == RecommendationStatus.MERGED) {
            return merge(id, request.mergeInto(), staff);
        }
        Recommendation recommendation = locked(id);
        ReviewWorkflow.checkTransition(id, recommendation.status, to);
        StatusState before = StatusState.of(recommendation);
        recommendation.status = to;
        recommendation.updatedAt = clock.instant();
        audit.record(staff, "review.status", RECOMMENDATION, String.valueOf(id), before, StatusState.of(recommendation));
        decisions.fire(ItemDecision.statusChanged(id, to, recommendation.updatedAt));
        return view(recommendation);
    }

    private ReviewItemResponse merge(long id, long targetId, Staff staff) {
        if (id == targetId) {
            throw ProblemException.invalidField("mergeInto", "must be another recommendation");
        }
        // both rows are locked in id order, so two merges of the same pair cannot deadlock
        lock(LongStream.of(id, targetId).sorted().toArray());
        Recommendation source = recommendations.findByIdOptional(id)
                .filter(r -> r.visibility != Visibility.DELETED).orElseThrow(() -> notFound(id));
        Recommendation target = recommendations.findByIdOptional(targetId)
                .filter(r -> r.visibility != Visibility.DELETED)
                .orElseThrow(() -> ProblemException.invalidField("mergeInto", "is not a recommendation"));
        ReviewWorkflow.checkTransition(id, source.status, RecommendationStatus.MERGED);
        if (!target.eventSlug.equals(source.eventSlug)) {
            throw ProblemException.conflict("invalid-merge-target",
                    "Recommendation " + targetId + " belongs to another event; merge only within one event.");
        }
        if (target.status == RecommendationStatus.MERGED) {
            throw ProblemException.conflict("invalid-merge-target", "Recommendation " + targetId
                    + " was itself merged into " + target.mergedIntoId + "; merge into that one.");
        }
        if (target.visibility != Visibility.PUBLISHED) {
            throw ProblemException.conflict("invalid-merge-target",
                    "Recommendation " + targetId + " is not published, so it cannot carry the endorsements.");
        }
        StatusState before = StatusState.of(source);
        int targetBefore = target.endorsementCount;
        Instant now = clock.instant();
        source.status = RecommendationStatus.MERGED;
        source.mergedIntoId = targetId;
        source.updatedAt = now;
        recommendations.flush();
        int moved = recommendations.moveEndorsements(id, targetId);
        // recommendations merged into this one earlier now point straight at the target
        recommendations.update("mergedIntoId = ?1, updatedAt = ?2 where mergedIntoId = ?3", targetId, now, id);
        source.endorsementCount = recommendations.countEndorsements(id);
        target.endorsementCount = recommendations.countEndorsements(targetId);
        target.updatedAt = now;
        audit.record(staff, "review.status", RECOMMENDATION, String.valueOf(id), before,
                new MergedState(source.status, targetId, source.endorsementCount, moved, targetBefore,
                        target.endorsementCount));
        decisions.fire(ItemDecision.statusChanged(id, RecommendationStatus.MERGED, now));
        return view(source);
    }

    /** Assigns a staff member ({@link StaffDirectory}), or nobody ({@code assignee} null). */
    @Transactional
    public ReviewItemResponse assign(long id, String assignee, Staff staff) {
        Recommendation recommendation = locked(id);
        staffDirectory.requireAssignable(assignee);
        String before = recommendation.assignedTo;
        recommendation.assignedTo = assignee;
        recommendation.updatedAt = clock.instant();
        audit.record(staff, "review.assign", RECOMMENDATION, String.valueOf(id), new AssigneeState(before),
                new AssigneeState(assignee));
        return view(recommendation);
    }

    @Transactional
    public ReviewNoteResponse addNote(long id, String text, Staff staff) {
        locked(id);
        String clean = PlainText.normalise(text);
        if (clean.isEmpty()) {
            throw ProblemException.invalidField("text", "must not be blank");
        }
        ReviewNote note = new ReviewNote();
        note.recommendationId = id;
        note.authorName = staff.name();
        note.text = clean;
        note.createdAt = clock.instant();
        notes.persist(note);
        audit.record(staff, "review.note", RECOMMENDATION, String.valueOf(id), null, new NoteState(note.id, clean));
        return ReviewNoteResponse.from(note);
    }

    /** The notes on a recommendation, oldest first (at most {@value MAX_NOTES}). */
    @Transactional
    public List<ReviewNoteResponse> notes(long id) {
        get(id);
        return notes.on(id, MAX_NOTES).stream().map(ReviewNoteResponse::from).toList();
    }

    /** Publishes or replaces the official answer; only once the recommendation is under review or decided. */
    @Transactional
    public ReviewItemResponse answer(long id, OfficialAnswerRequest request, Staff staff) {
        String text = PlainText.normalise(request.text());
        String answeredBy = PlainText.normalise(request.answeredBy());
        if (text.isEmpty()) {
            throw ProblemException.invalidField("text", "must not be blank");
        }
        if (answeredBy.isEmpty()) {
            throw ProblemException.invalidField("answeredBy", "must not be blank");
        }
        Recommendation recommendation = locked(id);
        ReviewWorkflow.checkAnswerable(id, recommendation.status, recommendation.mergedIntoId);
        AnswerState before = AnswerState.of(recommendation);
        Instant now = clock.instant();
        recommendation.officialAnswer = text;
        recommendation.answeredBy = answeredBy;
        recommendation.answeredAt = now;
        recommendation.updatedAt = now;
        audit.record(staff, "review.answer", RECOMMENDATION, String.valueOf(id), before, AnswerState.of(recommendation));
        // the observer reads the answer from the row, so the change must be in the database first
        recommendations.flush();
        decisions.fire(ItemDecision.answered(id, recommendation.status, now));
        return view(recommendation);
    }

    private Recommendation locked(long id) {
        lock(id);
        return recommendations.findByIdOptional(id)
                .filter(r -> r.visibility != Visibility.DELETED)
                .orElseThrow(() -> notFound(id));
    }

    /** A plain FOR UPDATE (not Hibernate's weaker lock) also holds off new endorsement rows until commit. */
    private void lock(long... ids) {
        recommendations.getEntityManager()
                .createNativeQuery("select id from recommendation where id in (?1) order by id for update")
                .setParameter(1, LongStream.of(ids).boxed().toList())
                .getResultList();
    }

    private ReviewItemResponse view(Recommendation recommendation) {
        return ReviewItemResponse.from(recommendation, config.answerDeadline(), clock.instant());
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("Recommendation", String.valueOf(id));
    }

    record StatusState(RecommendationStatus status, Long mergedIntoId, int endorsementCount) {
        static StatusState of(Recommendation r) {
            return new StatusState(r.status, r.mergedIntoId, r.endorsementCount);
        }
    }

    record MergedState(RecommendationStatus status, Long mergedIntoId, int endorsementCount, int movedEndorsements,
                       int targetEndorsementsBefore, int targetEndorsementCount) {
    }

    record AssigneeState(String assignee) {
    }

    record NoteState(Long noteId, String text) {
    }

    record AnswerState(String text, String answeredBy, Instant answeredAt) {
        static AnswerState of(Recommendation r) {
            return new AnswerState(r.officialAnswer, r.answeredBy, r.answeredAt);
        }
    }
}
