package org.pikir.gateway.draft;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.gateway.forum.EndorsementResponse;
import org.pikir.gateway.forum.EventsClient;
import org.pikir.gateway.forum.FeedbackClient;
import org.pikir.gateway.forum.Notice;
import org.pikir.gateway.forum.RecommendationPages;
import org.pikir.gateway.web.BackendUnavailableException;
import org.pikir.gateway.web.Choice;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Messages;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.SignInRequiredException;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.gateway.web.UiLanguage;
import org.pikir.gateway.web.Visitor;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One article of a draft: its text, the comments and recommendations on it, and the forms to comment on it or on
 * one of its paragraphs, or to recommend a change with a proposed wording, either quoting its words. Sending is
 * post/redirect/get; feedback-service checks the passage and the quote, and its refusals come back next to the
 * fields they are about. Endorsing a recommendation here (feedback-service's endorsement, as on the forum page)
 * comes back to it on this page.
 */
@Path("/forums/{slug}/drafts/{id}/articles/{key}")
@Produces(MediaType.TEXT_HTML)
public class DraftArticlePages {

    static final String COMMENT = "draft-comment";
    static final String RECOMMENDATION = "draft-recommendation";
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9-]{16,64}");
    private static final int EXCERPT = 60;
    /** The sections of the page a notice is shown in. */
    private static final String FORMS = "forms";
    private static final String RECOMMENDATIONS = "recommendations";
    private static final String COMMENTS = "comments";
    /** feedback-service's limits on a recommendation. */
    private static final int MIN_TITLE = 5;
    private static final int MAX_TITLE = 200;
    private static final int MAX_RECOMMENDATION = 10_000;

    @CheckedTemplate(basePath = "drafts")
    static class Templates {

        static native TemplateInstance article(Page page, DraftContext draft, ArticleView article);
    }

    private final DraftReading reading;
    private final ArticleFeedback listing;
    private final DraftFeedback feedback;
    private final FeedbackClient endorsements;
    private final Visitor visitor;
    private final Pages pages;

    public DraftArticlePages(DraftReading reading, ArticleFeedback listing, DraftFeedback feedback,
                             FeedbackClient endorsements, Visitor visitor, Pages pages) {
        this.reading = reading;
        this.listing = listing;
        this.feedback = feedback;
        this.endorsements = endorsements;
        this.visitor = visitor;
        this.pages = pages;
    }

    /** Where a recommendation listed on page {@code page} of an article's recommendations is endorsed from it. */
    static String endorsementPath(DraftContext draft, String article, long recommendation, int page) {
        String query = draft.versionQuery() + (page > 0 ? (draft.currentVersion() ? "?" : "&") + "rpage=" + page : "");
        return draft.path() + "/articles/" + article + "/recommendations/" + recommendation + "/endorsement" + query;
    }

    @GET
    @Operation(summary = "An article of a draft text: its paragraphs, the comments (cafter=cursor) and recommendations "
            + "(rpage=n) on it, and the forms to comment or recommend on it, quoting its words (HTML)")
    public RestResponse<TemplateInstance> article(@PathParam("slug") String slug, @PathParam("id") String id,
                                                  @PathParam("key") String key, @QueryParam("v") String v,
                                                  @QueryParam("cafter") String after,
                                                  @QueryParam("rpage") String recommendationsPage,
                                                  @QueryParam("sent") String sent,
                                                  @QueryParam("notice") String notice) {
        Opened opened = open(slug, id, key, v);
        String lang = visitor.language();
        Form comment = Form.empty().with("language", lang).with("passage", key);
        Form recommendation = Form.empty().with("language", lang).with("passage", key);
        return page(RestResponse.Status.OK, opened, comment, recommendation, ArticleFeedback.cursor(after),
                pageNumber(recommendationsPage), notice(sent == null ? notice : sent, lang));
    }

    @POST
    @Path("recommendations/{recommendation}/endorsement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Endorses a recommendation listed on the article (action=endorse) or withdraws the "
            + "endorsement (action=withdraw), then back to it on the article's page (v, rpage kept)")
    public RestResponse<Void> endorse(@PathParam("slug") String slug, @PathParam("id") String id,
                                      @PathParam("key") String key,
                                      @PathParam("recommendation") String recommendation,
                                      @QueryParam("v") String v, @QueryParam("rpage") String recommendationsPage,
                                      @RestForm String action) {
        long recommendationId = safeId(recommendation);
        if (recommendationId == 0 || safeId(id) == 0 || !DraftReading.possibleKey(key)
                || !EventsClient.possibleSlug(slug)) {
            throw new PageNotFoundException("No recommendation " + recommendation + " on article " + key);
        }
        int page = pageNumber(recommendationsPage);
        ArticlePlace place = ArticlePlace.of(id, key, v).orElseThrow();
        String back = place.href(slug, null, page > 0 ? "rpage=" + page : null);
        String anchor = "#recommendation-" + recommendationId;
        SignedInUser user = visitor.user().orElseThrow(() -> new SignInRequiredException(back + anchor));
        boolean endorse = !"withdraw".equals(action);
        ServiceAnswer<EndorsementResponse> answer = endorsements.endorse(user, recommendationId, endorse);
        String notice = answer instanceof ServiceAnswer.Refused<EndorsementResponse> refused
                ? RecommendationPages.refusal(refused, back + anchor)
                : endorse ? Notice.ENDORSED : Notice.WITHDRAWN;
        return RestResponse.seeOther(URI.create(back + (back.contains("?") ? "&" : "?") + "notice=" + notice + anchor));
    }

    @POST
    @Path("comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sends a comment on the article or one of its paragraphs, optionally quoting its words "
            + "(post/redirect/get); a refused one comes back in its form with the reasons next to the fields")
    public RestResponse<TemplateInstance> comment(@PathParam("slug") String slug, @PathParam("id") String id,
                                                  @PathParam("key") String key, @RestForm String v,
                                                  @RestForm String passage, @RestForm String quote,
                                                  @RestForm String body, @RestForm String language,
                                                  @RestForm("idempotency-key") String idempotencyKey) {
        Submission sending = start(COMMENT, slug, id, key, v, passage, quote, body, language, idempotencyKey);
        Form form = sending.form();
        if (form.value("body").isEmpty()) {
            form.reject(COMMENT + "-body", sending.msg().error_body_required());
        } else if (form.value("body").length() > PassageCommentRequest.MAX_BODY) {
            form.reject(COMMENT + "-body", sending.msg().error_body_too_long(PassageCommentRequest.MAX_BODY));
        }
        DraftContext draft = sending.opened().draft();
        return send(sending, () -> feedback.comment(sending.user(), form.idempotencyKey(),
                new PassageCommentRequest(slug, form.value("body"), form.value("language"), draft.draftId(),
                        form.value("passage"), draft.version(), blankToNull(form.value("quote")))),
                sending.msg().error_send_unavailable());
    }

    @POST
    @Path("recommendations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sends a recommendation on the article or one of its paragraphs, with a proposed wording and a "
            + "quote if given (post/redirect/get); a refused one comes back with the reasons next to the fields")
    public RestResponse<TemplateInstance> recommend(@PathParam("slug") String slug, @PathParam("id") String id,
                                                    @PathParam("key") String key, @RestForm String v,
                                                    @RestForm String passage, @RestForm String quote,
                                                    @RestForm String title, @RestForm String body,
                                                    @RestForm String proposedWording, @RestForm String language,
                                                    @RestForm("idempotency-key") String idempotencyKey) {
        Submission sending = start(RECOMMENDATION, slug, id, key, v, passage, quote, body, language, idempotencyKey);
        Form form = sending.form().with("title", strip(title)).with("proposedWording", strip(proposedWording));
        Messages msg = sending.msg();
        String typedTitle = form.value("title");
        if (typedTitle.isEmpty()) {
            form.reject(RECOMMENDATION + "-title", msg.error_recommendation_title_required());
        } else if (typedTitle.length() < MIN_TITLE || typedTitle.length() > MAX_TITLE) {
            form.reject(RECOMMENDATION + "-title", msg.error_recommendation_title_length(MIN_TITLE, MAX_TITLE));
        }
        if (form.value("body").isEmpty()) {
            form.reject(RECOMMENDATION + "-body", msg.error_recommendation_body_required());
        } else if (form.value("body").length() > MAX_RECOMMENDATION) {
            form.reject(RECOMMENDATION + "-body", msg.error_body_too_long(MAX_RECOMMENDATION));
        }
        if (form.value("proposedWording").length() > PassageRecommendationRequest.MAX_WORDING) {
            form.reject(RECOMMENDATION + "-wording",
                    sending.drf().error_wording_too_long(PassageRecommendationRequest.MAX_WORDING));
        }
        DraftContext draft = sending.opened().draft();
        return send(sending, () -> feedback.recommend(sending.user(), form.idempotencyKey(),
                new PassageRecommendationRequest(slug, form.value("title"), form.value("body"), form.value("language"),
                        draft.draftId(), form.value("passage"), draft.version(), blankToNull(form.value("quote")),
                        blankToNull(form.value("proposedWording")))),
                msg.error_recommendation_unavailable());
    }

    /**
     * A form being sent ({@code prefix}: which of the two): who sends it, the article it is about, and what was typed,
     * with the passage, quote and language already checked.
     */
    private record Submission(String prefix, SignedInUser user, Opened opened, Messages msg, DraftMessages drf,
                              Form form, String lang) {

        /** The forms of the page: this one as typed, the other one empty. */
        Form comment() {
            return prefix.equals(COMMENT) ? form : blank();
        }

        Form recommendation() {
            return prefix.equals(RECOMMENDATION) ? form : blank();
        }

        private Form blank() {
            return Form.empty().with("language", lang).with("passage", opened.key());
        }
    }

    private Submission start(String prefix, String slug, String id, String key, String v, String passage,
                             String quote, String body, String language, String idempotencyKey) {
        SignedInUser user = signedIn(slug, id, key, v);
        Opened opened = open(slug, id, key, v);
        String lang = visitor.language();
        Messages msg = messages(lang);
        DraftMessages drf = DraftReading.messages(lang);
        Form form = Form.empty().with("passage", strip(passage)).with("quote", strip(quote)).with("body", strip(body))
                .with("language", strip(language)).withKey(key(idempotencyKey));
        checkPassage(form, opened, prefix, drf);
        if (!UiLanguage.isSupported(form.value("language"))) {
            form.reject(prefix + "-language", msg.error_language_invalid());
        }
        return new Submission(prefix, user, opened, msg, drf, form, lang);
    }

    /** Sends a checked form (post/redirect/get), or shows it again with what is wrong with it. */
    private RestResponse<TemplateInstance> send(Submission sending, Supplier<ServiceAnswer<DraftFeedback.Sent>> send,
                                                String unavailable) {
        Form form = sending.form();
        if (form.hasErrors()) {
            form.withKey(newKey());
            return page(RestResponse.Status.BAD_REQUEST, sending, null);
        }
        ServiceAnswer<DraftFeedback.Sent> answer;
        try {
            answer = send.get();
        } catch (BackendUnavailableException | FaultToleranceException | ProcessingException e) {
            // whether it arrived is unknown: the same key goes into the form again, so sending again is safe
            form.reject(sending.prefix() + "-body", unavailable);
            return page(RestResponse.Status.SERVICE_UNAVAILABLE, sending, null);
        }
        return sent(answer, sending);
    }

    private RestResponse<TemplateInstance> page(RestResponse.Status status, Submission sending, Notice notice) {
        return page(status, sending.opened(), sending.comment(), sending.recommendation(), null, 0, notice);
    }

    /** The article's page after an accepted item (303 to it), or again with the refused form and its reasons. */
    private RestResponse<TemplateInstance> sent(ServiceAnswer<DraftFeedback.Sent> answer, Submission sending) {
        String prefix = sending.prefix();
        String path = sending.opened().draft().articlePath(sending.opened().key());
        if (answer instanceof ServiceAnswer.Done<DraftFeedback.Sent> done) {
            String what = prefix.equals(COMMENT) ? "comment" : "recommendation";
            boolean pending = done.value() != null && done.value().pending();
            String anchor = done.value() != null && done.value().id() != null && !pending
                    ? "#" + what + "-" + done.value().id() : prefix.equals(COMMENT) ? "#comments" : "#recommendations";
            String sent = pending ? what + "-pending" : what;
            return RestResponse.seeOther(URI.create(path + (path.contains("?") ? "&" : "?") + "sent=" + sent + anchor));
        }
        ServiceAnswer.Refused<DraftFeedback.Sent> refused = (ServiceAnswer.Refused<DraftFeedback.Sent>) answer;
        Form again = sending.form().withKey(newKey());
        Messages msg = sending.msg();
        String bodyField = prefix + "-body";
        switch (refused.status()) {
            case 401 -> throw new SignInRequiredException(path);
            case 403 -> again.reject(bodyField, "email-unverified".equals(refused.problem())
                    ? msg.error_email_unverified() : msg.error_not_allowed());
            case 404 -> throw new PageNotFoundException("feedback-service does not know " + sending.opened().draft().slug());
            case 409 -> again.reject(bodyField, msg.error_consultation_closed());
            case 429 -> again.reject(bodyField, msg.error_too_many());
            default -> fieldErrors(refused, again, prefix, msg, sending.drf());
        }
        return page(refused.pageStatus(), sending, null);
    }

    /** feedback-service's field errors, each next to the field it names; one the form does not show, in general words. */
    private static void fieldErrors(ServiceAnswer.Refused<?> refused, Form form, String prefix, Messages msg,
                                    DraftMessages drf) {
        for (var error : refused.errors()) {
            switch (error.field() == null ? "" : error.field()) {
                case "quote" -> form.reject(prefix + "-quote", drf.error_quote_not_found());
                case "passage", "draftId", "draftVersion" -> form.reject(prefix + "-passage", drf.error_passage_invalid());
                case "title" -> form.reject(prefix + "-title", msg.error_recommendation_title());
                case "body" -> form.reject(prefix + "-body", prefix.equals(COMMENT) ? msg.error_comment_rejected()
                        : msg.error_recommendation_body());
                case "proposedWording" -> form.reject(prefix + "-wording",
                        drf.error_wording_too_long(PassageRecommendationRequest.MAX_WORDING));
                case "language" -> form.reject(prefix + "-language", msg.error_language_invalid());
                default -> {
                    // a field the form does not show: reported below as a general rejection
                }
            }
        }
        if (!form.hasErrors()) {
            form.reject(prefix + "-body", prefix.equals(COMMENT) ? msg.error_comment_rejected()
                    : msg.error_recommendation_rejected());
        }
    }

    private static void checkPassage(Form form, Opened opened, String prefix, DraftMessages drf) {
        String passage = form.value("passage");
        if (passage.isEmpty()) {
            form.with("passage", opened.key());
        } else if (opened.article().units().stream().noneMatch(u -> passage.equals(u.key()))) {
            form.reject(prefix + "-passage", drf.error_passage_invalid());
            form.with("passage", opened.key());
        }
        if (form.value("quote").length() > PassageCommentRequest.MAX_QUOTE) {
            form.reject(prefix + "-quote", drf.error_quote_too_long(PassageCommentRequest.MAX_QUOTE));
        }
    }

    /** The draft and the article a request names. */
    record Opened(DraftContext draft, DraftUnits units, DraftUnits.Article article, String key) {
    }

    private Opened open(String slug, String id, String key, String v) {
        if (!DraftReading.possibleKey(key)) {
            throw new PageNotFoundException("No article can have the key " + key);
        }
        DraftContext draft = reading.open(slug, id, v);
        DraftUnits units = DraftUnits.of(draft.text());
        DraftUnits.Article article = units.article(key)
                .orElseThrow(() -> new PageNotFoundException("No article " + key + " in draft " + id));
        return new Opened(draft, units, article, key);
    }

    /** Sending needs someone signed in; a signed-out browser signs in and comes back to the article. */
    private SignedInUser signedIn(String slug, String id, String key, String v) {
        Optional<SignedInUser> user = visitor.user();
        if (user.isEmpty()) {
            String version = v != null && v.strip().matches("[1-9][0-9]{0,4}") ? "?v=" + v.strip() : "";
            throw new SignInRequiredException(DraftContext.pathOf(slug, safeId(id)) + "/articles/"
                    + (DraftReading.possibleKey(key) ? key : "") + version);
        }
        return user.get();
    }

    private static long safeId(String id) {
        return id != null && id.matches("[1-9][0-9]{0,17}") ? Long.parseLong(id) : 0;
    }

    private RestResponse<TemplateInstance> page(RestResponse.Status status, Opened opened, Form comment,
                                                Form recommendation, String after, int recommendationsPage,
                                                Notice notice) {
        String lang = visitor.language();
        DraftMessages drf = DraftReading.messages(lang);
        DraftContext draft = opened.draft();
        Optional<SignedInUser> user = visitor.user();
        String path = draft.articlePath(opened.key());
        List<UnitView> units = opened.article().units().stream()
                .map(u -> new UnitView(u.key(), u.kind(), u.number(), u.heading(), u.text(), u.depth(),
                        "PART".equals(u.kind()) || "CHAPTER".equals(u.kind()) ? 0 : u.article() ? 2 : 0,
                        path + "#" + u.key(), drf.unit_link(label(u)), null, null))
                .filter(u -> !"PART".equals(u.kind()) && !"CHAPTER".equals(u.kind()))
                .toList();
        boolean open = draft.consultationOpen();
        ArticleView.Forms forms = forms(opened, open && user.isPresent() ? comment : null,
                open && user.isPresent() ? recommendation : null,
                open && user.isEmpty() ? Pages.signInUrl(path + "#draft-forms") : null, drf);
        int index = opened.units().articles.indexOf(opened.article());
        String previous = index > 0 ? draft.articlePath(opened.units().articles.get(index - 1).unit().key()) : null;
        String next = index + 1 < opened.units().articles.size()
                ? draft.articlePath(opened.units().articles.get(index + 1).unit().key()) : null;
        ArticleView view = new ArticleView(opened.key(), label(opened.article().unit()), path, units,
                listing.threads(draft, opened.key(), after, user.isPresent(), drf, lang),
                listing.recommendations(draft, opened.key(), recommendationsPage, user.isPresent(), drf, lang), forms,
                notice,
                previous, next, DraftPages.href(draft, DraftUnits.pageOf(index)) + "#" + opened.key());
        TemplateInstance html = pages.localized(Templates.article(pages.page(path), draft, view));
        RestResponse.ResponseBuilder<TemplateInstance> response = RestResponse.ResponseBuilder.create(status, html)
                .type(MediaType.TEXT_HTML_TYPE);
        // a page with a CSRF token or a signed-in name is nobody else's
        return (user.isPresent() ? response.header(HttpHeaders.CACHE_CONTROL, "no-store") : response).build();
    }

    private static ArticleView.Forms forms(Opened opened, Form comment, Form recommendation, String signInHref,
                                           DraftMessages drf) {
        List<Choice> passages = new ArrayList<>();
        StringBuilder source = new StringBuilder();
        StringBuilder ranges = new StringBuilder();
        for (DraftTextResponse.Unit unit : opened.article().units()) {
            if ("PART".equals(unit.kind()) || "CHAPTER".equals(unit.kind())) {
                continue;
            }
            String text = unit.text() == null ? "" : unit.text().replace("\r\n", "\n").strip();
            String line = unit.article() ? label(unit) + (text.isEmpty() ? "" : "\n" + text)
                    : (unit.number() == null ? "" : unit.number().strip() + " ") + text;
            if (line.isBlank()) {
                continue;
            }
            if (!source.isEmpty()) {
                source.append("\n\n");
            }
            int start = source.length();
            source.append(line);
            ranges.append(ranges.isEmpty() ? "" : ";").append(unit.key()).append(':').append(start).append(':')
                    .append(source.length());
            passages.add(new Choice(unit.key(), unit.article() ? drf.passage_whole_article(label(unit))
                    : drf.passage_choice(unit.number() == null ? unit.key() : unit.number().strip(), excerpt(text))));
        }
        List<Choice> languages = UiLanguage.CODES.stream().map(c -> new Choice(c, UiLanguage.nativeName(c))).toList();
        String action = DraftContext.pathOf(opened.draft().slug(), opened.draft().draftId()) + "/articles/"
                + opened.key();
        return new ArticleView.Forms(comment, recommendation, signInHref, passages, source.toString(),
                ranges.toString(), languages, opened.draft().version(), action);
    }

    private static String label(DraftTextResponse.Unit unit) {
        String label = DraftUnits.label(unit.number(), unit.heading());
        return label.isEmpty() ? unit.key() : label;
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + "…";
    }

    /**
     * The message an action that came back here left ({@code ?sent=} or {@code ?notice=}): only known codes, in the
     * visitor's language, in the section of the page it is about.
     */
    private static Notice notice(String code, String lang) {
        DraftMessages drf = DraftReading.messages(lang);
        Messages msg = messages(lang);
        return switch (code == null ? "" : code) {
            case "comment" -> new Notice(FORMS, drf.sent_comment(), true);
            case "comment-pending" -> new Notice(FORMS, drf.sent_comment_pending(), true);
            case "recommendation" -> new Notice(FORMS, drf.sent_recommendation(), true);
            case "recommendation-pending" -> new Notice(FORMS, drf.sent_recommendation_pending(), true);
            case Notice.ENDORSED -> new Notice(RECOMMENDATIONS, msg.notice_endorsed(), true);
            case Notice.WITHDRAWN -> new Notice(RECOMMENDATIONS, msg.notice_withdrawn(), true);
            case Notice.OWN_RECOMMENDATION -> new Notice(RECOMMENDATIONS, msg.notice_own_recommendation(), false);
            case Notice.ENDORSEMENT_CLOSED -> new Notice(RECOMMENDATIONS, msg.error_consultation_closed(), false);
            case Notice.ENDORSEMENT_REFUSED -> new Notice(RECOMMENDATIONS, msg.notice_endorsement_refused(), false);
            case Notice.EMAIL_UNVERIFIED -> new Notice(RECOMMENDATIONS, msg.error_email_unverified(), false);
            case Notice.FLAGGED_RECOMMENDATION -> new Notice(RECOMMENDATIONS, msg.notice_flagged(), true);
            case Notice.FLAGGED -> new Notice(COMMENTS, msg.notice_flagged(), true);
            default -> null;
        };
    }

    private static int pageNumber(String value) {
        return value != null && value.strip().matches("[1-9][0-9]{0,3}") ? Integer.parseInt(value.strip()) : 0;
    }

    private static String key(String idempotencyKey) {
        return idempotencyKey != null && IDEMPOTENCY_KEY.matcher(idempotencyKey).matches() ? idempotencyKey : newKey();
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static Messages messages(String lang) {
        return MessageBundles.get(Messages.class, Localized.Literal.of(lang));
    }
}
