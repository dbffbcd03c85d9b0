package org.pikir.gateway.forum;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.gateway.GatewayConfig;
import org.pikir.gateway.web.DisplayFormats;
import org.pikir.gateway.web.Messages;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.gateway.web.Visitor;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public pages: the list of forums with its search, and a forum with one page of its comments (newest or oldest
 * first, {@code ?corder=oldest&cafter=cursor}) and the comment form. A forum page costs three calls whatever the
 * forum holds: the forum, a page of comment threads, a page of recommendations.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ForumPages {

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance home(Page page, List<ForumCard> forums, SearchForm search);

        static native TemplateInstance forum(Page page, ForumView forum, CommentsView comments, CommentForm form,
                                             boolean sent, String signInToComment, RecommendationsView recommendations,
                                             Notice notice);
    }

    private final EventsClient events;
    private final CommentListing comments;
    private final RecommendationList recommendations;
    private final Visitor visitor;
    private final Pages pages;
    private final TopicNames topics;
    private final ZoneId defaultZone;

    public ForumPages(EventsClient events, CommentListing comments, RecommendationList recommendations,
                      Visitor visitor, Pages pages, TopicNames topics, GatewayConfig config) {
        this.topics = topics;
        this.events = events;
        this.comments = comments;
        this.recommendations = recommendations;
        this.visitor = visitor;
        this.pages = pages;
        this.defaultZone = config.timeZone();
    }

    @GET
    @Operation(summary = "Home page: the published forums, searchable by words, status, city and topic (HTML)")
    public TemplateInstance home(@QueryParam("q") String query, @QueryParam("status") String status,
                                 @QueryParam("city") String city, @QueryParam("topic") String topic) {
        String lang = visitor.language();
        ForumSearch search = ForumSearch.of(query, status, city, topic);
        List<EventSummaryResponse> published = events.published();
        List<EventSummaryResponse> found = search.active() ? events.published(search) : published;
        Instant now = Instant.now();
        List<ForumCard> forums = found.stream()
                .map(e -> new ForumCard(e.slug(), LocalizedText.pick(e.title(), lang), ForumView.text(e.city(), lang),
                        e.date() == null ? "" : e.date().toString(), DisplayFormats.date(e.date(), lang),
                        ConsultationView.of(e.consultation(), now, defaultZone, lang)))
                .toList();
        SearchForm form = SearchForm.of(search, published, topics.in(lang), ForumLabels.in(lang).messages(), lang);
        return pages.localized(Templates.home(pages.page("/"), forums, form));
    }

    @GET
    @Path("forums/{slug}")
    @Operation(summary = "A forum: its record, agenda, participants, statements, materials, outcome, recommendations and "
            + "one page of its comment threads (corder=newest|oldest, cafter=cursor of the next page); for signed-in "
            + "users the comment form, optionally about one statement or material, or the reply form (HTML)")
    public RestResponse<TemplateInstance> forum(@PathParam("slug") String slug, @QueryParam("sent") boolean sent,
                                                @QueryParam("statement") String statement,
                                                @QueryParam("material") String material,
                                                @QueryParam("reply") String reply,
                                                @QueryParam("rpage") String recommendationsPage,
                                                @QueryParam("notice") String notice,
                                                @QueryParam(CommentPlace.ORDER) String order,
                                                @QueryParam(CommentPlace.AFTER) String after) {
        ForumView forum = view(slug);
        String lang = visitor.language();
        Messages messages = ForumLabels.in(lang).messages();
        CommentPlace place = CommentPlace.of(order, after, null, null);
        CommentForm.Reference aboutStatement = CommentForm.statement(forum, id(statement), messages);
        CommentForm.Reference aboutMaterial = CommentForm.material(forum, id(material));
        Long replyTo = id(reply);
        CommentForm form = visitor.user()
                .map(user -> replyTo != null ? CommentForm.reply(forum, lang, place, replyTo)
                        : CommentForm.blank(forum, lang, aboutStatement, aboutMaterial))
                .orElse(null);
        Listing listing = new Listing(place, pageNumber(recommendationsPage), Notice.of(notice, ForumLabels.in(lang)));
        return page(RestResponse.Status.OK, forum, form, sent, signInToComment(forum, aboutStatement, aboutMaterial),
                listing);
    }

    /** Which comments and which page of the recommendations to show, and a notice left by the action that led here. */
    record Listing(CommentPlace comments, int recommendationsPage, Notice notice) {

        static Listing at(CommentPlace comments) {
            return new Listing(comments, 0, null);
        }
    }

    /** The forum page with {@code form} (null: none) as answer {@code status}. */
    RestResponse<TemplateInstance> page(RestResponse.Status status, ForumView forum, CommentForm form, boolean sent,
                                        String signInToComment, Listing listing) {
        String lang = visitor.language();
        ForumLabels labels = ForumLabels.in(lang);
        Optional<SignedInUser> user = visitor.user();
        CommentForm shownForm = forum.consultation().open() ? form : null;
        Long replyingTo = shownForm != null && shownForm.reply() ? shownForm.parent().id() : null;
        CommentsView section = comments.section(forum, listing.comments(), labels, user.isPresent(), replyingTo);
        if (replyingTo != null && !section.contains(replyingTo)) {
            // the comment to reply to is not listed (any more): what was typed goes into the form for a comment on the forum
            shownForm = shownForm.asComment(forum);
        }
        Page page = pages.page(listing.comments().href(forum.path()));
        String prompt = signInToComment == null ? page.signInUrl() : signInToComment;
        RecommendationsView list = recommendations.section(forum, user, listing.recommendationsPage(), labels);
        TemplateInstance html = pages.localized(Templates.forum(page, forum, section, shownForm, sent, prompt, list,
                listing.notice()));
        return personal(RestResponse.ResponseBuilder.create(status, html).type(MediaType.TEXT_HTML_TYPE), user.isPresent() || sent)
                .build();
    }

    /** A page for someone signed in (their name, the CSRF token, comments just sent) is kept out of every cache. */
    static <T> RestResponse.ResponseBuilder<T> personal(RestResponse.ResponseBuilder<T> response, boolean personal) {
        return personal ? response.header(HttpHeaders.CACHE_CONTROL, "no-store") : response;
    }

    ForumView view(String slug) {
        EventResponse event = events.forum(slug).orElseThrow(() -> new PageNotFoundException("No published forum " + slug));
        String lang = visitor.language();
        return ForumView.of(event, defaultZone, Instant.now(), ForumLabels.in(lang), topics.in(lang));
    }

    /** Signing in from a forum page comes back to the form, still about the statement or material chosen. */
    private static String signInToComment(ForumView forum, CommentForm.Reference statement,
                                          CommentForm.Reference material) {
        if (statement == null && material == null) {
            return null;
        }
        String query = statement != null ? "?statement=" + statement.id() : "?material=" + material.id();
        return Pages.signInUrl(forum.path() + query + "#comment-form");
    }

    private static int pageNumber(String value) {
        Long number = value != null && value.strip().equals("0") ? null : id(value);
        return number == null || number > 10_000 ? 0 : number.intValue();
    }

    /** A positive id from a query or form parameter; null for anything else, which is then simply not found. */
    static Long id(String value) {
        return value != null && ID.matcher(value.strip()).matches() ? Long.valueOf(value.strip()) : null;
    }
}
