package org.pikir.gateway.draft;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.gateway.web.BackendUnavailableException;
import org.pikir.gateway.web.Choice;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.Visitor;
import org.pikir.platform.problem.Problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A draft text's public pages: the text itself (20 articles a page, a table of contents of all of them with how
 * much each is discussed), and the word-by-word comparison of two versions. A draft page costs the forum (asked
 * with its ETag), the text (read once per published version and language) and one call for the counts, whatever
 * the size of the draft.
 */
@Path("/forums/{slug}/drafts/{id}")
@Produces(MediaType.TEXT_HTML)
public class DraftPages {

    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,4}");

    @CheckedTemplate(basePath = "drafts")
    static class Templates {

        static native TemplateInstance draft(Page page, DraftContext draft, DraftPageView view);

        static native TemplateInstance compare(Page page, DraftContext draft, Form form, List<Choice> versions,
                                               List<DiffView> units, boolean compared);
    }

    private final DraftReading reading;
    private final DraftFeedback feedback;
    private final Visitor visitor;
    private final Pages pages;

    public DraftPages(DraftReading reading, DraftFeedback feedback, Visitor visitor, Pages pages) {
        this.reading = reading;
        this.feedback = feedback;
        this.visitor = visitor;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "A draft text of a forum: table of contents with each article's comments and recommendations, "
            + "and 20 articles a page (v=version, page=1,2,...) (HTML)")
    public TemplateInstance draft(@PathParam("slug") String slug, @PathParam("id") String id,
                                  @QueryParam("v") String v, @QueryParam("page") String page) {
        DraftContext draft = reading.open(slug, id, v);
        DraftUnits units = DraftUnits.of(draft.text());
        int number = pageNumber(page, units.pageCount());
        DraftMessages drf = DraftReading.messages(visitor.language());
        PassageCountsResponse counts = null;
        try {
            counts = feedback.counts(slug, draft.draftId());
        } catch (BackendUnavailableException | FaultToleranceException | ProcessingException e) {
            // the text is still worth reading while the counts are unavailable
        }
        DraftPageView view = view(draft, units, number, counts, drf);
        return pages.localized(Templates.draft(pages.page(href(draft, number)), draft, view));
    }

    @GET
    @Path("compare")
    @Operation(summary = "What changed between two versions of a draft text, word by word (from, to) (HTML)")
    public RestResponse<TemplateInstance> compare(@PathParam("slug") String slug, @PathParam("id") String id,
                                                  @QueryParam("from") String from, @QueryParam("to") String to) {
        DraftContext draft = reading.open(slug, id, null);
        DraftMessages drf = DraftReading.messages(visitor.language());
        int newest = draft.current();
        if (newest < 2) {
            return comparison(RestResponse.Status.OK, draft.path() + "/compare", draft, Form.empty(), List.of(), false);
        }
        Integer toVersion = to == null || to.isBlank() ? Integer.valueOf(newest) : version(to, newest);
        Integer fromVersion = from == null || from.isBlank()
                ? (toVersion == null ? null : Integer.valueOf(toVersion - 1)) : version(from, newest);
        Form form = Form.empty().with("from", fromVersion == null ? from : fromVersion.toString())
                .with("to", toVersion == null ? to : toVersion.toString());
        if (fromVersion == null || fromVersion < 1) {
            form.reject("compare-from", drf.compare_version_invalid());
        }
        if (toVersion == null) {
            form.reject("compare-to", drf.compare_version_invalid());
        }
        if (!form.hasErrors() && fromVersion >= toVersion) {
            form.reject("compare-from", drf.compare_order());
        }
        String path = draft.path() + "/compare" + (fromVersion == null || toVersion == null ? ""
                : "?from=" + fromVersion + "&to=" + toVersion);
        if (form.hasErrors()) {
            return comparison(RestResponse.Status.BAD_REQUEST, path, draft, form, List.of(), false);
        }
        ServiceAnswer<DraftDiffResponse> answer = reading.diff(draft, fromVersion, toVersion);
        if (answer instanceof ServiceAnswer.Refused<DraftDiffResponse> refused) {
            for (Problem.FieldError error : refused.errors()) {
                if ("from".equals(error.field()) || "to".equals(error.field())) {
                    form.reject("compare-" + error.field(), drf.compare_version_invalid());
                }
            }
            if (!form.hasErrors()) {
                throw new PageNotFoundException("events-service compares no versions " + from + ", " + to + " of " + id);
            }
            return comparison(refused.pageStatus(), path, draft, form, List.of(), false);
        }
        DraftDiffResponse diff = ((ServiceAnswer.Done<DraftDiffResponse>) answer).value();
        List<DiffView> changes = diff.units().stream()
                .map(u -> new DiffView(u.key(), u.number(), u.change(), changeLabel(u.change(), drf),
                        "REMOVED".equals(u.change()) ? null
                                : DraftContext.pathOf(slug, draft.draftId()) + "?v=" + toVersion + "#" + u.key(),
                        u.words()))
                .toList();
        return comparison(RestResponse.Status.OK, path, draft, form, changes, true);
    }

    private RestResponse<TemplateInstance> comparison(RestResponse.Status status, String path, DraftContext draft,
                                                      Form form, List<DiffView> units, boolean compared) {
        DraftMessages drf = DraftReading.messages(visitor.language());
        List<Choice> versions = draft.versions().stream()
                .map(n -> new Choice(n.toString(), drf.version_option(n))).toList();
        return RestResponse.ResponseBuilder.create(status,
                        pages.localized(Templates.compare(pages.page(path), draft, form, versions, units, compared)))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    static String changeLabel(String change, DraftMessages drf) {
        return switch (change == null ? "" : change) {
            case "ADDED" -> drf.change_added();
            case "REMOVED" -> drf.change_removed();
            default -> drf.change_changed();
        };
    }

    private static DraftPageView view(DraftContext draft, DraftUnits units, int page, PassageCountsResponse counts,
                                      DraftMessages drf) {
        Map<String, long[]> byArticle = new HashMap<>();
        if (counts != null) {
            for (PassageCountsResponse.PassageCount count : counts.passages()) {
                String article = count.article() != null ? count.article() : count.passage();
                long[] sum = byArticle.computeIfAbsent(article == null ? "" : article, k -> new long[2]);
                sum[0] += count.comments();
                sum[1] += count.recommendations();
            }
        }
        long most = byArticle.values().stream().mapToLong(c -> c[0] + c[1]).max().orElse(0);
        List<DraftPageView.TocEntry> toc = new ArrayList<>();
        for (int i = 0; i < units.articles.size(); i++) {
            DraftUnits.Article article = units.articles.get(i);
            String pageHref = href(draft, DraftUnits.pageOf(i));
            for (DraftTextResponse.Unit unit : article.units()) {
                if (unit.article() || "PART".equals(unit.kind()) || "CHAPTER".equals(unit.kind())) {
                    toc.add(new DraftPageView.TocEntry(DraftUnits.label(unit.number(), unit.heading()),
                            pageHref + "#" + unit.key(), unit.depth(), unit.article(),
                            unit.article() ? countsOf(unit.key(), byArticle, most, drf) : null));
                }
            }
        }
        List<UnitView> shown = new ArrayList<>();
        String pageHref = href(draft, page);
        if (page == 1) {
            units.front.forEach(u -> shown.add(unitView(draft, u, pageHref, byArticle, most, drf)));
        }
        for (DraftUnits.Article article : units.page(page)) {
            article.units().forEach(u -> shown.add(unitView(draft, u, pageHref, byArticle, most, drf)));
        }
        List<DraftPageView.PageLink> links = new ArrayList<>();
        for (int n = 1; n <= units.pageCount(); n++) {
            links.add(new DraftPageView.PageLink(n, href(draft, n), n == page));
        }
        return new DraftPageView(toc, shown, links, page > 1 ? href(draft, page - 1) : null,
                page < units.pageCount() ? href(draft, page + 1) : null, page, units.pageCount(), counts != null);
    }

    private static UnitView unitView(DraftContext draft, DraftTextResponse.Unit unit, String pageHref,
                                     Map<String, long[]> byArticle, long most, DraftMessages drf) {
        boolean heading = unit.article() || "PART".equals(unit.kind()) || "CHAPTER".equals(unit.kind());
        String label = DraftUnits.label(unit.number(), unit.heading());
        return new UnitView(unit.key(), unit.kind(), unit.number(), unit.heading(), unit.text(), unit.depth(),
                heading ? Math.min(6, 3 + Math.max(0, unit.depth())) : 0, pageHref + "#" + unit.key(),
                drf.unit_link(label.isEmpty() ? unit.key() : label),
                unit.article() ? draft.articlePath(unit.key()) : null,
                unit.article() ? countsOf(unit.key(), byArticle, most, drf) : null);
    }

    private static Counts countsOf(String article, Map<String, long[]> byArticle, long most, DraftMessages drf) {
        long[] count = byArticle.getOrDefault(article, new long[2]);
        return Counts.of(count[0], count[1], most, drf);
    }

    /** The draft page {@code page} of the version read. */
    static String href(DraftContext draft, int page) {
        String query = draft.versionQuery();
        if (page > 1) {
            query += (query.isEmpty() ? "?" : "&") + "page=" + page;
        }
        return draft.path() + query;
    }

    private static int pageNumber(String value, int pageCount) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        if (!NUMBER.matcher(value.strip()).matches() || Integer.parseInt(value.strip()) > pageCount) {
            throw new PageNotFoundException("No page " + value + " of this draft");
        }
        return Integer.parseInt(value.strip());
    }

    /** A version number of 1 to {@code newest}; null for anything else. */
    private static Integer version(String value, int newest) {
        if (value == null || !NUMBER.matcher(value.strip()).matches()) {
            return null;
        }
        int n = Integer.parseInt(value.strip());
        return n <= newest ? n : null;
    }
}
