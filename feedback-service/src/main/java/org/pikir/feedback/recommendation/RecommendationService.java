package org.pikir.feedback.recommendation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.pikir.feedback.analysis.spam.SpamScores;
import org.pikir.feedback.common.Author;
import org.pikir.feedback.common.IdempotencyKeys;
import org.pikir.feedback.common.ItemType;
import org.pikir.feedback.common.Unprocessable;
import org.pikir.feedback.common.Visibility;
import org.pikir.feedback.draft.DraftFilter;
import org.pikir.feedback.draft.PassageAnchor;
import org.pikir.feedback.draft.PassageReference;
import org.pikir.feedback.event.EventCatalog;
import org.pikir.feedback.moderation.ModerationPolicies;
import org.pikir.feedback.submission.Submissions;
import org.pikir.platform.problem.ProblemException;
import org.pikir.platform.text.PlainText;
import org.pikir.platform.web.PageResponse;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class RecommendationService {

    private static final String CREATE = "recommendation.create";
    private static final double SIMILARITY = 0.45;
    // the longest title a recommendation can have: a draft longer than that is cut to its first words
    private static final int TITLE_LENGTH = 200;
    private static final int SIMILAR_LIMIT = 5;

    private final RecommendationRepository recommendations;
    private final Submissions submissions;
    private final EventCatalog events;
    private final ModerationPolicies policies;
    private final RecommendationGroups groups;
    private final SpamScores spamScores;
    private final Clock clock;

    public RecommendationService(RecommendationRepository recommendations, Submissions submissions,
                                 EventCatalog events, ModerationPolicies policies, RecommendationGroups groups,
                                 SpamScores spamScores, Clock clock) {
        this.spamScores = spamScores;
        this.recommendations = recommendations;
        this.submissions = submissions;
        this.events = events;
        this.policies = policies;
        this.groups = groups;
        this.clock = clock;
    }

    /**
     * The public list, of the whole event or of one draft, article or passage, optionally in one review status;
     * {@code viewer} (the signed-in caller's subject, or null) learns which items they endorse.
     */
    public PageResponse<RecommendationResponse> listPublic(String eventSlug, RecommendationRepository.Order order,
                                                              DraftFilter draft, RecommendationStatus status,
                                                              int page, int size, String viewer) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = recommendations.listedOn(eventSlug, order, draft, status).page(Page.of(page, size));
            List<RecommendationResponse> items = query.list().stream().map(RecommendationResponse::from).toList();
            // the counters know no review status: those few are counted
            long total = status == null ? recommendations.listedCount(eventSlug, draft) : query.count();
            return PageResponse.of(recommendations.seenBy(items, viewer), page, size, total);
        });
    }

    /** One recommendation as the public lists it: published, or hidden and shown without its text. */
    public RecommendationResponse get(long id, String viewer) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Recommendation recommendation = recommendations.findById(id);
            if (recommendation == null || !RecommendationRepository.LISTED.contains(recommendation.visibility)) {
                throw ProblemException.notFound("Recommendation", String.valueOf(id));
            }
            return recommendations.seenBy(List.of(RecommendationResponse.from(recommendation)), viewer).get(0);
        });
    }

    /**
     * Existing recommendations like the one being drafted, so a citizen can endorse instead of repeating: {@code text}
     * is the draft's title (or its first words), compared with the titles on the event; a signed-in {@code viewer}
     * learns which of them they endorse already.
     */
    public List<RecommendationResponse> similar(String eventSlug, String text, String viewer) {
        String normalised = PlainText.normalise(text);
        if (normalised == null || normalised.length() < 3) {
            return List.of();
        }
        int end = Math.min(normalised.length(), TITLE_LENGTH);
        if (end < normalised.length() && Character.isHighSurrogate(normalised.charAt(end - 1))) {
            end--;
        }
        String draft = normalised.substring(0, end);
        return QuarkusTransaction.requiringNew().call(() -> recommendations.seenBy(recommendations
                .similarTo(eventSlug, draft, SIMILARITY, SIMILAR_LIMIT).stream()
                .map(RecommendationResponse::from).toList(), viewer));
    }

    /** Saves a recommendation once per idempotency key, as the citizen behind the token. */
    public IdempotencyKeys.Outcome<RecommendationResponse> create(RecommendationRequest request, JsonWebToken token,
                                                                  String key) {
        RecommendationRequest clean = normalised(request);
        PassageReference passage = PassageReference.of(clean.draftId(), clean.draftVersion(), clean.passage(),
                clean.quote(), clean.statementId(), clean.materialId());
        if (clean.proposedWording() != null && clean.passage() == null) {
            throw Unprocessable.field("proposedWording", "needs draftId and passage, the passage it would replace");
        }
        var target = new Submissions.Target(clean.eventSlug(), clean.statementId(), clean.materialId(), passage);
        return submissions.submit(CREATE, token, key, clean, target, RecommendationResponse.class,
                (author, anchor, recent) -> insert(clean, anchor, author, recent));
    }

    /** Endorsing twice is the same as once; one's own recommendation cannot be endorsed. */
    public EndorsementResponse endorse(long id, Author author) {
        String slug = QuarkusTransaction.requiringNew().call(() -> visible(id).eventSlug);
        events.requireOpen(slug);
        return QuarkusTransaction.requiringNew().call(() -> {
            Recommendation recommendation = visible(id);
            if (recommendation.authorSubject.equals(author.subject())) {
                throw ProblemException.conflict("own-recommendation", "You cannot endorse your own recommendation.");
            }
            if (recommendation.status == RecommendationStatus.MERGED) {
                throw ProblemException.conflict("merged",
                        "This recommendation was merged into " + recommendation.mergedIntoId + "; endorse that one.");
            }
            recommendations.endorse(id, author.subject(), clock.instant());
            return new EndorsementResponse(id, true, countOf(id));
        });
    }

    public EndorsementResponse withdraw(long id, Author author) {
        String slug = QuarkusTransaction.requiringNew().call(() -> visible(id).eventSlug);
        events.requireOpen(slug);
        return QuarkusTransaction.requiringNew().call(() -> {
            visible(id);
            recommendations.withdraw(id, author.subject());
            return new EndorsementResponse(id, false, countOf(id));
        });
    }

    public EndorsementResponse endorsement(long id, Author author) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Recommendation recommendation = visible(id);
            return new EndorsementResponse(id, recommendations.endorsedBy(id, author.subject()),
                    recommendation.endorsementCount);
        });
    }

    private int countOf(long id) {
        return ((Number) recommendations.getEntityManager()
                .createNativeQuery("select endorsement_count from recommendation where id = ?1")
                .setParameter(1, id).getSingleResult()).intValue();
    }

    private Recommendation visible(long id) {
        Recommendation recommendation = recommendations.findById(id);
        if (recommendation == null || recommendation.visibility != Visibility.PUBLISHED) {
            throw ProblemException.notFound("Recommendation", String.valueOf(id));
        }
        return recommendation;
    }

    private RecommendationResponse insert(RecommendationRequest request, PassageAnchor anchor, Author author,
                                          int recent) {
        Instant now = clock.instant();
        Recommendation recommendation = new Recommendation();
        recommendation.eventSlug = request.eventSlug();
        recommendation.statementId = request.statementId();
        recommendation.materialId = request.materialId();
        recommendation.title = request.title();
        recommendation.body = request.body();
        recommendation.topic = request.topic();
        recommendation.expectedEffect = request.expectedEffect();
        if (anchor != null) {
            recommendation.draftId = anchor.draftId();
            recommendation.draftVersion = anchor.draftVersion();
            recommendation.passageKey = anchor.passageKey();
            recommendation.articleKey = anchor.articleKey();
            recommendation.quote = anchor.quote();
            recommendation.proposedWording = request.proposedWording();
        }
        recommendation.language = request.language();
        recommendation.authorSubject = author.subject();
        recommendation.authorName = author.displayName();
        recommendation.status = RecommendationStatus.SUBMITTED;
        recommendation.visibility = policies.initialVisibility(request.eventSlug());
        recommendation.createdAt = now;
        recommendation.updatedAt = now;
        recommendation.spamScore = spamScores.score(ItemType.RECOMMENDATION, recommendation.eventSlug, recent,
                recommendation.title, recommendation.body);
        recommendations.persist(recommendation);
        groups.place(recommendation);
        return RecommendationResponse.from(recommendation);
    }

    private static RecommendationRequest normalised(RecommendationRequest request) {
        String title = PlainText.normalise(request.title());
        String body = PlainText.normalise(request.body());
        if (title.isEmpty()) {
            throw ProblemException.invalidField("title", "must not be blank");
        }
        if (body.isEmpty()) {
            throw ProblemException.invalidField("body", "must not be blank");
        }
        String effect = PlainText.normalise(request.expectedEffect());
        String wording = PlainText.normalise(request.proposedWording());
        return new RecommendationRequest(request.eventSlug(), title, body,
                request.topic() == null ? null : request.topic().strip().toLowerCase(java.util.Locale.ROOT),
                effect == null || effect.isEmpty() ? null : effect, request.language(), request.statementId(),
                request.materialId(), request.draftId(), request.draftVersion(), request.passage(), request.quote(),
                wording == null || wording.isEmpty() ? null : wording);
    }
}
