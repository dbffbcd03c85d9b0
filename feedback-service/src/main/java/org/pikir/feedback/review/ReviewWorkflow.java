package org.pikir.feedback.review;

import org.pikir.feedback.recommendation.RecommendationStatus;
import org.pikir.platform.problem.ProblemException;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.pikir.feedback.recommendation.RecommendationStatus.ACCEPTED;
import static org.pikir.feedback.recommendation.RecommendationStatus.MERGED;
import static org.pikir.feedback.recommendation.RecommendationStatus.PARTIALLY_ACCEPTED;
import static org.pikir.feedback.recommendation.RecommendationStatus.REJECTED;
import static org.pikir.feedback.recommendation.RecommendationStatus.SUBMITTED;
import static org.pikir.feedback.recommendation.RecommendationStatus.UNDER_REVIEW;

/**
 * The review path of a recommendation: SUBMITTED → UNDER_REVIEW → ACCEPTED | PARTIALLY_ACCEPTED |
 * REJECTED | MERGED, and SUBMITTED → MERGED for plain duplicates. Decisions are final.
 */
final class ReviewWorkflow {

    private static final Map<RecommendationStatus, Set<RecommendationStatus>> NEXT = Map.of(
            SUBMITTED, EnumSet.of(UNDER_REVIEW, MERGED),
            UNDER_REVIEW, EnumSet.of(ACCEPTED, PARTIALLY_ACCEPTED, REJECTED, MERGED));

    /** Statuses in which the public body may publish (or replace) its official answer. */
    private static final Set<RecommendationStatus> ANSWERABLE = EnumSet.of(UNDER_REVIEW, ACCEPTED, PARTIALLY_ACCEPTED, REJECTED);

    private ReviewWorkflow() {
    }

    static void checkTransition(long id, RecommendationStatus from, RecommendationStatus to) {
        Set<RecommendationStatus> allowed = NEXT.getOrDefault(from, Set.of());
        if (!allowed.contains(to)) {
            String options = allowed.isEmpty() ? "none, " + from + " is final"
                    : allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
            throw ProblemException.conflict("invalid-transition", "Recommendation " + id + " cannot move from "
                    + from + " to " + to + " (allowed: " + options + ").");
        }
    }

    static void checkAnswerable(long id, RecommendationStatus status, Long mergedIntoId) {
        if (status == MERGED) {
            throw ProblemException.conflict("merged", "Recommendation " + id + " was merged into " + mergedIntoId
                    + "; answer that one.");
        }
        if (!ANSWERABLE.contains(status)) {
            throw ProblemException.conflict("not-under-review", "Recommendation " + id + " is " + status
                    + "; take it under review before answering.");
        }
    }
}
