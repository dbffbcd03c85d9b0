package org.pikir.gateway.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.pikir.gateway.forum.CodeLabels;
import org.pikir.gateway.forum.CommentListing;
import org.pikir.gateway.forum.CommentResponse;
import org.pikir.gateway.forum.FlagPages;
import org.pikir.gateway.forum.ReplyResponse;
import org.pikir.gateway.forum.ThreadResponse;
import org.pikir.gateway.forum.ThreadPageResponse;
import org.pikir.gateway.web.BackendUnavailableException;
import org.pikir.gateway.web.DisplayFormats;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.platform.web.PageResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The feedback on one article, as its page lists it: one keyset page of comment threads and one page of
 * recommendations (a call each to feedback-service, whatever the article holds), each item saying which passage and
 * version it is about and whether that passage has changed since, from the texts of the versions (kept once read).
 */
@ApplicationScoped
public class ArticleFeedback {

    static final int THREADS_PER_PAGE = 20;
    static final int RECOMMENDATIONS_PER_PAGE = 10;
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9._~:+/=-]{1,200}");

    private final DraftFeedback feedback;
    private final DraftReading reading;

    public ArticleFeedback(DraftFeedback feedback, DraftReading reading) {
        this.feedback = feedback;
        this.reading = reading;
    }

    static String cursor(String value) {
        return value != null && CURSOR.matcher(value).matches() ? value : null;
    }

    /** The threads on {@code article} from {@code after} (null: the newest). */
    ArticleView.Threads threads(DraftContext draft, String article, String after, boolean signedIn,
                                DraftMessages drf, String lang) {
        String path = DraftContext.pathOf(draft.slug(), draft.draftId()) + "/articles/" + article;
        String start = draft.articlePath(article) + "#comments";
        ServiceAnswer<ThreadPageResponse> answer;
        try {
            answer = feedback.threads(draft.slug(), draft.draftId(), article, after, THREADS_PER_PAGE);
        } catch (BackendUnavailableException | FaultToleranceException | ProcessingException e) {
            return new ArticleView.Threads(false, List.of(), null, null, null, false);
        }
        if (answer instanceof ServiceAnswer.Refused<ThreadPageResponse> refused) {
            // a cursor feedback-service does not take starts the list again; a forum it does not know has no comments
            boolean invalid = refused.status() == 400 && after != null;
            boolean none = refused.status() == 404;
            return new ArticleView.Threads(invalid || none, List.of(), null, null, invalid ? start : null, invalid);
        }
        ThreadPageResponse page = ((ServiceAnswer.Done<ThreadPageResponse>) answer).value();
        Versions versions = new Versions(draft);
        ArticlePlace place = ArticlePlace.of(draft, article);
        List<PassageCommentView> items = page.items().stream()
                .filter(t -> t.id() != null)
                .map(t -> view(t, draft, versions, signedIn, drf, lang, place, after))
                .toList();
        String query = draft.versionQuery();
        String next = page.nextCursor() == null ? null : path + query + (query.isEmpty() ? "?" : "&") + "cafter="
                + URLEncoder.encode(page.nextCursor(), StandardCharsets.UTF_8) + "#comments";
        return new ArticleView.Threads(true, items, drf.comment_count(page.totalComments()), next,
                after == null ? null : start, false);
    }

    /**
     * Page {@code page} (0-based) of the recommendations on {@code article}; for a signed-in reader, asked with
     * their token (still one call), so that each says whether they endorse it and whether it is theirs.
     */
    ArticleView.Recommendations recommendations(DraftContext draft, String article, int page, boolean signedIn,
                                                DraftMessages drf, String lang) {
        PageResponse<PassageRecommendationResponse> found;
        try {
            found = feedback.recommendations(draft.slug(), draft.draftId(), article, page, RECOMMENDATIONS_PER_PAGE,
                    signedIn);
        } catch (BackendUnavailableException | FaultToleranceException | ProcessingException e) {
            return new ArticleView.Recommendations(false, List.of(), 0, null, null);
        }
        Versions versions = new Versions(draft);
        String base = draft.articlePath(article);
        String sep = base.contains("?") ? "&" : "?";
        String here = page > 0 ? base + sep + "rpage=" + page : base;
        Endorsing endorsing = new Endorsing(ArticlePlace.of(draft, article), page, here, signedIn);
        List<PassageRecommendationView> items = found.items().stream()
                .filter(r -> r.id() != null)
                .map(r -> view(r, draft, versions, drf, lang, endorsing))
                .toList();
        String previous = page > 0 ? (page == 1 ? base : base + sep + "rpage=" + (page - 1)) + "#recommendations" : null;
        String next = page + 1 < found.totalPages() ? base + sep + "rpage=" + (page + 1) + "#recommendations" : null;
        return new ArticleView.Recommendations(true, items, found.totalItems(), previous, next);
    }

    /** Comment {@code id} where the article's page lists it: among its threads from {@code after} and their replies. */
    public Optional<CommentResponse> find(String slug, ArticlePlace place, String after, long id) {
        return feedback.threads(slug, place.draftId(), place.article(), cursor(after), THREADS_PER_PAGE)
                instanceof ServiceAnswer.Done<ThreadPageResponse> done ? CommentListing.find(done.value(), id)
                : Optional.empty();
    }

    private PassageCommentView view(ThreadResponse t, DraftContext draft, Versions versions, boolean signedIn,
                                    DraftMessages drf, String lang, ArticlePlace place, String after) {
        boolean hidden = "HIDDEN".equals(t.status());
        boolean deleted = "DELETED".equals(t.status());
        boolean shown = !hidden && !deleted;
        Passage passage = versions.passage(t.passage(), t.article(), t.draftVersion(), drf);
        String threadPath = draft.forumPath() + "/comments/" + t.id();
        String replyPath = threadPath + "?reply=" + t.id() + "#reply-form";
        List<PassageCommentView.Reply> replies = t.replies().stream()
                .filter(r -> r.id() != null)
                .map(r -> reply(r, draft, lang, place, after))
                .toList();
        return new PassageCommentView(t.id(), "comment-" + t.id(), deleted ? null : t.authorName(),
                shown ? t.body() : null, t.language(), iso(t.createdAt()),
                DisplayFormats.dateTime(t.createdAt(), draft.zone(), lang), "PENDING".equals(t.status()),
                hidden ? hiddenReason(t.moderation(), lang) : null, deleted, passage.about(),
                passage.href(), shown ? t.quote() : null, passage.change(), passage.changeHref(), replies,
                t.moreReplies() != null || t.replyCount() > replies.size() ? threadPath + "#comments" : null,
                drf.all_replies(t.replyCount()),
                draft.consultationOpen() && shown ? (signedIn ? replyPath : Pages.signInUrl(replyPath)) : null,
                shown ? FlagPages.pathOf(draft.slug(), "comment", t.id(), place, after) : null);
    }

    private static PassageCommentView.Reply reply(ReplyResponse r, DraftContext draft, String lang, ArticlePlace place,
                                                  String after) {
        boolean hidden = "HIDDEN".equals(r.status());
        boolean deleted = "DELETED".equals(r.status());
        return new PassageCommentView.Reply(r.id(), "comment-" + r.id(), deleted ? null : r.authorName(),
                hidden || deleted ? null : r.body(), r.language(), iso(r.createdAt()),
                DisplayFormats.dateTime(r.createdAt(), draft.zone(), lang),
                hidden ? hiddenReason(r.moderation(), lang) : null, deleted, Math.max(1, Math.min(3, r.depth())),
                hidden || deleted ? null : FlagPages.pathOf(draft.slug(), "comment", r.id(), place, after));
    }

    /** Endorsing from an article's page ({@code here}: the page of recommendations it is on). */
    private record Endorsing(ArticlePlace place, int page, String here, boolean signedIn) {
    }

    private PassageRecommendationView view(PassageRecommendationResponse r, DraftContext draft, Versions versions,
                                           DraftMessages drf, String lang, Endorsing endorsing) {
        boolean shown = !r.hidden() && !r.removedByAuthor();
        boolean endorsable = draft.consultationOpen() && !r.hidden() && !"MERGED".equals(r.status()) && !r.byReader();
        Passage passage = versions.passage(r.passage(), r.article(), r.draftVersion(), drf);
        return new PassageRecommendationView(r.id(), "recommendation-" + r.id(), shown ? r.title() : null,
                shown ? r.body() : null, r.language(), r.removedByAuthor() ? null : r.authorName(), iso(r.createdAt()),
                DisplayFormats.date(r.createdAt(), draft.zone(), lang), CodeLabels.status(r.status(), lang),
                drf.endorsements(r.endorsementCount()), r.hidden() ? hiddenReason(r.moderation(), lang) : null,
                r.removedByAuthor(), passage.about(), passage.href(), shown ? r.quote() : null,
                shown ? r.proposedWording() : null,
                r.officialAnswer() == null ? null : r.officialAnswer().text(),
                r.officialAnswer() == null ? null : r.officialAnswer().answeredBy(),
                draft.forumPath() + "#recommendation-" + r.id(),
                shown && !r.byReader()
                        ? FlagPages.pathOf(draft.slug(), "recommendation", r.id(), endorsing.place(), null)
                        : null,
                Boolean.TRUE.equals(r.endorsedByMe()),
                endorsable && endorsing.signedIn()
                        ? DraftArticlePages.endorsementPath(draft, endorsing.place().article(), r.id(), endorsing.page())
                        : null,
                endorsable && !endorsing.signedIn() ? Pages.signInUrl(endorsing.here() + "#recommendation-" + r.id())
                        : null);
    }

    private static String hiddenReason(CommentResponse.ModerationNotice moderation, String lang) {
        return CodeLabels.reason(moderation == null ? null : moderation.reason(), lang);
    }

    private static String iso(java.time.Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** Which passage an item is about, in words and as a link, and what has happened to it since. */
    record Passage(String about, String href, String change, String changeHref) {
    }

    /**
     * The draft's versions as far as a page needs them: each read once per page (and kept by {@link DraftTexts}
     * across pages), to name a passage as its version wrote it and to see whether the newest still has it as it was.
     */
    private final class Versions {

        private final DraftContext draft;
        private final Map<Integer, Optional<DraftUnits>> read = new HashMap<>();

        Versions(DraftContext draft) {
            this.draft = draft;
        }

        private Optional<DraftUnits> at(int version) {
            return read.computeIfAbsent(version, v -> reading.text(draft, v).map(DraftUnits::of));
        }

        Passage passage(String key, String article, Integer itemVersion, DraftMessages drf) {
            if (key == null) {
                return new Passage(null, null, null, null);
            }
            int version = itemVersion == null || itemVersion < 1 || itemVersion > draft.current()
                    ? draft.current() : itemVersion;
            String articleKey = article == null ? key : article;
            Optional<DraftUnits> then = at(version);
            String articleLabel = then.flatMap(t -> t.unit(articleKey))
                    .map(u -> DraftUnits.label(u.number(), null)).orElse(articleKey);
            String about;
            if (key.equals(articleKey)) {
                about = drf.about_article(articleLabel, version);
            } else {
                String number = then.flatMap(t -> t.unit(key)).map(u -> u.number() == null ? key : u.number().strip())
                        .orElse(key);
                about = drf.about_passage(number, articleLabel, version);
            }
            String href = DraftContext.pathOf(draft.slug(), draft.draftId()) + "/articles/" + articleKey
                    + (version == draft.current() ? "" : "?v=" + version) + "#" + key;
            if (version >= draft.current()) {
                return new Passage(about, href, null, null);
            }
            Optional<DraftUnits> newest = at(draft.current());
            if (newest.isEmpty()) {
                return new Passage(about, href, null, null);
            }
            Optional<DraftTextResponse.Unit> now = newest.get().unit(key);
            String compare = DraftContext.pathOf(draft.slug(), draft.draftId()) + "/compare?from=" + version + "&to="
                    + draft.current() + "#" + key;
            if (now.isEmpty()) {
                int removedIn = draft.current();
                for (int v = version + 1; v < draft.current(); v++) {
                    Optional<DraftUnits> text = at(v);
                    if (text.isPresent() && text.get().unit(key).isEmpty()) {
                        removedIn = v;
                        break;
                    }
                }
                return new Passage(about, href, key.equals(articleKey) ? drf.article_removed(removedIn)
                        : drf.passage_removed(removedIn), compare);
            }
            Integer revised = now.get().revisedIn();
            if (revised != null && revised > version) {
                return new Passage(about, href, key.equals(articleKey) ? drf.article_revised(revised)
                        : drf.passage_revised(revised), compare);
            }
            return new Passage(about, href, null, null);
        }
    }
}
