package org.pikir.gateway.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.pikir.gateway.web.BackendUnavailableException;
import org.pikir.gateway.web.DisplayFormats;
import org.pikir.gateway.web.Messages;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.platform.web.PageResponse;

import java.util.List;
import java.util.Optional;

/**
 * The recommendations section of a forum page: a page of the most endorsed, each with its status,
 * official answer and endorsements, and for a signed-in citizen whether they endorse it (in the same
 * answer, asked with their token: one call to feedback-service whatever the page holds).
 */
@ApplicationScoped
public class RecommendationList {

    static final int PAGE_SIZE = 10;

    private final FeedbackClient feedback;

    public RecommendationList(FeedbackClient feedback) {
        this.feedback = feedback;
    }

    RecommendationsView section(ForumView forum, Optional<SignedInUser> user, int page, ForumLabels labels) {
        PageResponse<RecommendationResponse> found;
        try {
            found = feedback.recommendations(forum.slug(), user, page, PAGE_SIZE);
        } catch (BackendUnavailableException | FaultToleranceException | ProcessingException e) {
            // the forum is still worth reading while recommendations are unavailable
            return RecommendationsView.unavailable();
        }
        boolean open = forum.consultation().open();
        List<RecommendationView> items = found.items().stream()
                .map(r -> view(r, forum, labels, open && user.isPresent() && endorsable(r)
                        ? Optional.ofNullable(r.endorsedByMe()) : Optional.empty(), open))
                .toList();
        String base = forum.path() + "?rpage=";
        String previous = page > 0 ? (page == 1 ? forum.path() : base + (page - 1)) + "#recommendations" : null;
        String next = page + 1 < found.totalPages() ? base + (page + 1) + "#recommendations" : null;
        String submit = RecommendationPages.newPath(forum.slug());
        return new RecommendationsView(items, true, found.totalItems(), previous, next,
                open && user.isPresent() ? submit : null,
                open && user.isEmpty() ? Pages.signInUrl(submit) : null);
    }

    static RecommendationView view(RecommendationResponse r, ForumView forum, ForumLabels labels,
                                   Optional<Boolean> endorsed, boolean open) {
        Messages msg = labels.messages();
        String about = null;
        String aboutHref = null;
        Optional<StatementView> statement = forum.statement(r.statementId());
        if (statement.isPresent()) {
            String speaker = statement.get().speakerName();
            about = msg.comment_on_statement(speaker == null ? msg.speaker_unknown() : speaker);
            aboutHref = forum.path() + "#" + statement.get().anchor();
        }
        RecommendationView.AnswerView answer = r.officialAnswer() == null ? null
                : new RecommendationView.AnswerView(r.officialAnswer().text(), r.officialAnswer().answeredBy(),
                r.officialAnswer().answeredAt() == null ? "" : r.officialAnswer().answeredAt().toString(),
                DisplayFormats.date(r.officialAnswer().answeredAt(), forum.zone(), labels.lang()));
        String hiddenReason = r.hidden()
                ? labels.moderationReason(r.moderation() == null ? null : r.moderation().reason())
                : null;
        String endorseAction = open && endorsable(r) && !r.byReader()
                ? RecommendationPages.endorsementPath(forum.slug(), r.id()) : null;
        boolean reportable = !r.hidden() && !r.removedByAuthor() && !r.byReader();
        return new RecommendationView(r.id(), r.title(), r.body(), r.language(), r.expectedEffect(),
                forum.topicName(r.topic()),
                r.authorName(), r.createdAt() == null ? "" : r.createdAt().toString(),
                DisplayFormats.date(r.createdAt(), forum.zone(), labels.lang()), r.status(),
                labels.recommendationStatus(r.status()), r.endorsementCount(),
                msg.endorsement_count(r.endorsementCount()), hiddenReason, about, aboutHref,
                r.mergedIntoId() == null ? null : forum.path() + "#recommendation-" + r.mergedIntoId(), answer,
                endorsed.orElse(null), endorseAction,
                reportable ? FlagPages.pathOf(forum.slug(), "recommendation", r.id()) : null, r.removedByAuthor());
    }

    private static boolean endorsable(RecommendationResponse r) {
        return !r.hidden() && !"MERGED".equals(r.status());
    }
}
