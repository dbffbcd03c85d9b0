package org.pikir.gateway.admin.draft;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.gateway.admin.AdminForms;
import org.pikir.gateway.admin.AdminNav;
import org.pikir.gateway.admin.EditedForum;
import org.pikir.gateway.admin.FieldErrorMapping;
import org.pikir.gateway.admin.ForumRows;
import org.pikir.gateway.web.BackendUnavailableException;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.UiLanguage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The comparative table editor of a version (against the one before): per changed unit a justification in kk, ru
 * and en and the accepted recommendations on its article to link, each with a button that puts its words (its
 * official answer, else its title) into the justification; the table as a Word file, relayed from events-service.
 */
@Path("/admin/forums/{slug}/drafts/{id}/versions/{n}/table")
@Produces(MediaType.TEXT_HTML)
public class DraftTablePages {

    static final int PAGE_SIZE = 20;
    private static final Logger LOG = Logger.getLogger(DraftTablePages.class);

    @CheckedTemplate(basePath = "DraftConsole")
    static class Templates {

        static native TemplateInstance table(Page page, AdminNav nav, EditedForum forum, TableView t, Form form,
                                             String done);
    }

    private final DraftConsole console;
    private final AcceptedRecommendations accepted;

    public DraftTablePages(DraftConsole console, AcceptedRecommendations accepted) {
        this.console = console;
        this.accepted = accepted;
    }

    @GET
    @Operation(summary = "The comparative table of a version: justifications and linked recommendations per changed unit (HTML)")
    public RestResponse<TemplateInstance> show(@BeanParam VersionAddress at, @QueryParam("done") String done) {
        OpenedVersion opened = console.openVersion(at, "/table");
        String doneText = "row-saved".equals(done) ? DraftConsole.messages(opened.forum().lang()).done_row_saved() : null;
        return console.show(page(opened, at.pageNumber(), Form.empty(), doneText));
    }

    @POST
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Saves a row's justification and linked recommendations, or fills the justification from one")
    public RestResponse<TemplateInstance> save(@BeanParam VersionAddress at, @PathParam("key") String key,
                                               @RestForm("justification.kk") String justificationKk,
                                               @RestForm("justification.ru") String justificationRu,
                                               @RestForm("justification.en") String justificationEn,
                                               @RestForm List<String> recommendationIds, @RestForm String use) {
        OpenedVersion opened = console.openVersion(at, "/table");
        int shownPage = at.pageNumber();
        Form form = Form.empty().with("row", key).with("justification.kk", AdminForms.strip(justificationKk))
                .with("justification.ru", AdminForms.strip(justificationRu))
                .with("justification.en", AdminForms.strip(justificationEn));
        Set<Long> linked = new LinkedHashSet<>();
        for (String value : recommendationIds == null ? List.<String>of() : recommendationIds) {
            Optional.ofNullable(AdminForms.id(value)).ifPresent(linked::add);
        }
        Long used = AdminForms.id(use);
        if (used != null) {
            return console.show(page(opened, shownPage, fill(opened, key, used, form, linked), null));
        }
        form.with("recommendationIds", ids(linked));
        ServiceAnswer<Void> answer = console.client().saveRow(at.slug(), opened.draft().id(), opened.version().number(), key,
                new TableRowRequest(AdminForms.texts(form, "justification"), List.copyOf(linked)));
        if (answer instanceof ServiceAnswer.Done<Void>) {
            return DraftConsole.seeOther(tableHref(opened) + "?done=row-saved&language=" + opened.language()
                    + (shownPage > 1 ? "&page=" + shownPage : "") + "#row-" + key);
        }
        DraftConsoleMessages drfa = DraftConsole.messages(opened.forum().lang());
        String field = "row-" + key + "-";
        console.refused(answer, opened.forum(), form, FieldErrorMapping.startingAt(field + "justification-kk")
                .perLanguage("justification", field + "justification", drfa.error_justification())
                .field("recommendationIds", field + "recommendations", drfa.error_recommendations()));
        return console.show(answer, page(opened, shownPage, form, null));
    }

    /** The row's form again, its justification filled from recommendation {@code used} and the recommendation linked. */
    private Form fill(OpenedVersion opened, String key, long used, Form form, Set<Long> linked) {
        TableResponse.Row row = row(opened, key);
        Optional<AcceptedRecommendation> recommendation = offered(opened, articleOf(row)).orElse(List.of()).stream()
                .filter(r -> r.id() == used).findFirst();
        recommendation.ifPresent(r -> {
            String lang = UiLanguage.CODES.contains(r.language()) ? r.language() : opened.language();
            String now = form.value("justification." + lang);
            String words = r.justification();
            form.with("justification." + lang, now.isEmpty() ? words : now.contains(words) ? now : now + "\n\n" + words);
            linked.add(used);
            form.with("filledFrom", String.valueOf(used));
        });
        return form.with("recommendationIds", ids(linked));
    }

    private TableResponse.Row row(OpenedVersion opened, String key) {
        return table(opened).rows().stream().filter(r -> key.equals(r.key())).findFirst()
                .orElseThrow(() -> new PageNotFoundException("No changed unit " + key + " in draft " + opened.draft().id()));
    }

    private TableResponse table(OpenedVersion opened) {
        return console.required(console.client().table(opened.forum().slug(), opened.draft().id(),
                opened.version().number(), opened.language()), opened.forum(), tableHref(opened), "a comparative table");
    }

    private TemplateInstance page(OpenedVersion opened, int page, Form form, String done) {
        EditedForum forum = opened.forum();
        DraftResponse draft = opened.draft();
        int number = opened.version().number();
        TableResponse table = table(opened);
        DraftConsoleMessages drfa = DraftConsole.messages(forum.lang());
        String self = tableHref(opened) + "?language=" + opened.language();
        int shown = Paging.shown(page, table.rows().size(), PAGE_SIZE);
        Map<String, Optional<List<AcceptedRecommendation>>> byArticle = new HashMap<>();
        ForumRows.Listing<TableView.Row> rows = Paging.page(table.rows(), shown, PAGE_SIZE, self + "&page=", "rows",
                row -> {
                    Optional<List<AcceptedRecommendation>> offered = byArticle.computeIfAbsent(articleOf(row),
                            article -> offered(opened, article));
                    boolean typed = form.is("row", row.key());
                    Set<Long> checked = typed ? parseIds(form.value("recommendationIds"))
                            : new LinkedHashSet<>(row.recommendationIds());
                    return new TableView.Row(row.key(), row.number(), changeLabel(row.change(), drfa),
                            row.before(), row.after(),
                            typed ? AdminForms.texts(form, "justification") : row.justification(),
                            tableHref(opened) + "/" + row.key() + "?language=" + opened.language() + "&page=" + shown,
                            choices(offered.orElse(List.of()), checked), offered.isEmpty(),
                            typed && !form.value("filledFrom").isEmpty() ? form.value("filledFrom") : null);
                });
        TableView view = new TableView(draft.id(), DraftConsole.title(draft, forum.lang()), number,
                table.previousVersion(), opened.language(), tableHref(opened), opened.languageLinks(tableHref(opened)), rows,
                tableHref(opened) + ".docx?language=" + opened.language(),
                opened.href() + "?language=" + opened.language(),
                opened.version().editing() ? null : "/forums/" + forum.slug() + "/drafts/" + draft.id() + "/versions/"
                        + number + "/table");
        return Templates.table(console.page(shown > 1 ? self + "&page=" + shown : self), console.nav(forum), forum,
                view, form, done);
    }

    /** The accepted recommendations on an article; empty when feedback-service cannot say. */
    private Optional<List<AcceptedRecommendation>> offered(OpenedVersion opened, String article) {
        try {
            return Optional.of(accepted.onArticle(opened.forum().slug(), opened.draft().id(), article));
        } catch (BackendUnavailableException | FaultToleranceException | ProcessingException e) {
            LOG.debugf("No accepted recommendations on %s: %s", article, e.getMessage());
            return Optional.empty();
        }
    }

    /** The check boxes of a row: the accepted recommendations on its article, then any linked before that are not. */
    private static List<TableView.Choice> choices(List<AcceptedRecommendation> offered, Set<Long> checked) {
        List<TableView.Choice> choices = new ArrayList<>();
        for (AcceptedRecommendation r : offered) {
            choices.add(new TableView.Choice(r.id(), r.title() == null ? "" : r.title(), r.justification(),
                    r.proposedWording(), checked.contains(r.id()), true));
        }
        Set<Long> shown = offered.stream().map(AcceptedRecommendation::id).collect(Collectors.toSet());
        checked.stream().filter(id -> !shown.contains(id))
                .forEach(id -> choices.add(new TableView.Choice(id, "", "", null, true, false)));
        return choices;
    }

    private static String articleOf(TableResponse.Row row) {
        return row.articleKey() == null ? row.key() : row.articleKey();
    }

    private static String tableHref(OpenedVersion opened) {
        return opened.href() + "/table";
    }

    private static String changeLabel(String change, DraftConsoleMessages drfa) {
        return switch (change == null ? "" : change) {
            case "ADDED" -> drfa.change_added();
            case "REMOVED" -> drfa.change_removed();
            default -> drfa.change_changed();
        };
    }

    private static String ids(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Set<Long> parseIds(String ids) {
        Set<Long> parsed = new LinkedHashSet<>();
        Arrays.stream(ids.split(",")).map(AdminForms::id).filter(Objects::nonNull).forEach(parsed::add);
        return parsed;
    }
}
