package org.pikir.gateway.admin.analysis;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.gateway.admin.AdminForms;
import org.pikir.gateway.admin.AdminNav;
import org.pikir.gateway.admin.FieldErrorMapping;
import org.pikir.gateway.web.Choice;
import org.pikir.gateway.web.CursorPage;
import org.pikir.gateway.web.DisplayFormats;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.UiLanguage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A forum's comments and recommendations for analysis: filters, keyset pages, a check box per item, the bulk form
 * (tag with themes, remove, confirm the suggested tags, mark "no theme", on the checked items or on every item the
 * filter finds), splitting a theme's checked items into a new theme, and an analyst's note per item. Every form's
 * address carries the list's filter, so a refused form comes back on the same list.
 */
@Path("/admin/forums/{slug}/analysis/items")
@Produces(MediaType.TEXT_HTML)
public class ItemPages {

    static final int PAGE_SIZE = 50;
    static final int FILTER_LIMIT = 1000;
    static final String BULK_ACTION = "bulk-action";
    static final String BULK_THEMES = "bulk-themes";
    static final String BULK_ITEMS = "bulk-items";
    static final String BULK_SCOPE = "bulk-scope";
    static final String SPLIT_FROM = "split-from";
    static final String SPLIT_NAME = "split-name";
    static final int MAX_NOTE = 2000;
    static final List<String> ACTIONS = List.of("ADD", "REMOVE", "CONFIRM", "NO_THEME", "CLEAR_NO_THEME");
    private static final Set<String> WITH_THEMES = Set.of("ADD", "REMOVE");

    @CheckedTemplate(basePath = "AnalysisPages")
    static class Templates {

        static native TemplateInstance items(Page page, AdminNav nav, AnalysedForum forum, ItemFilter filter,
                                             Choices choices, List<ItemRow> rows, String nextHref, String firstHref,
                                             String formQuery, Form form, String done);
    }

    /** The filter query parameters of every form of the page. */
    public static class Filter {
        @QueryParam("type") String type;
        @QueryParam("language") String language;
        @QueryParam("status") String status;
        @QueryParam("theme") String theme;
        @QueryParam("untagged") String untagged;
        @QueryParam("suggested") String suggested;
        @QueryParam("noTheme") String noTheme;
        @QueryParam("campaign") String campaign;
        @QueryParam("q") String q;
        @QueryParam("after") String after;

        ItemFilter clean() {
            return ItemFilter.of(type, language, status, theme, untagged, suggested, noTheme, campaign, q, after);
        }
    }

    /** The options of the filters and of the bulk form. */
    public record Choices(List<Choice> types, List<Choice> languages, List<Choice> statuses, List<Choice> themes,
                          List<Choice> accepted, List<Choice> actions, List<Choice> scopes) {
    }

    /** A theme on an item; a suggested one offers Confirm. */
    public record TagView(long id, String name, boolean suggested, String score) {
    }

    /** An item of the list with its check box, themes and note. */
    public record ItemRow(String key, String fieldId, String typeLabel, String author, String lang, String title,
                          String text, String statusLabel, String createdIso, String createdText, List<TagView> themes,
                          boolean noTheme, String note, String noteAction, String noteError, String noteValue,
                          Long campaignId, boolean checked) {
    }

    private final AnalysisConsole console;

    public ItemPages(AnalysisConsole console) {
        this.console = console;
    }

    @GET
    @Operation(summary = "A forum's items for analysis, filtered, keyset-paged, with the bulk and note forms (HTML)")
    public RestResponse<TemplateInstance> items(@PathParam("slug") String slug, @BeanParam Filter query,
                                                @QueryParam("done") String done,
                                                @QueryParam("affected") String affected) {
        ItemFilter filter = query.clean();
        AnalysedForum forum = console.open(slug, AnalysisConsole.pathOf(slug) + "/items" + filter.query());
        AnalysisMessages ana = forum.ana();
        Long count = AdminForms.count(affected);
        String doneText = switch (done == null ? "" : done) {
            case "tagged" -> ana.done_tagged(count == null ? "0" : AnalysisConsole.number(count, forum.lang()));
            case "split" -> ana.done_split();
            case "note" -> ana.done_note();
            default -> null;
        };
        return console.show(render(forum, filter, Form.empty(), List.of(), null, doneText));
    }

    @POST
    @Path("tags")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Tags, untags, confirms or marks the checked items, or every item the filter finds")
    public RestResponse<TemplateInstance> tag(@PathParam("slug") String slug, @BeanParam Filter query,
                                              @RestForm String action, @RestForm("theme") List<String> themes,
                                              @RestForm("item") List<String> items, @RestForm String scope) {
        ItemFilter filter = query.clean();
        AnalysedForum forum = console.open(slug, AnalysisConsole.pathOf(slug) + "/items" + filter.query());
        AnalysisMessages ana = forum.ana();
        Form form = Form.empty().with("action", action).with("scope", "filter".equals(scope) ? "filter" : "checked");
        List<ItemKey> checked = ItemKey.parse(items);
        List<Long> themeIds = ids(themes);
        themeIds.forEach(id -> form.with("theme." + id, "true"));
        if (action == null || !ACTIONS.contains(action)) {
            form.reject(BULK_ACTION, ana.error_action());
        }
        if (WITH_THEMES.contains(action) && themeIds.isEmpty()) {
            form.reject(BULK_THEMES, ana.error_themes());
        }
        boolean onFilter = form.is("scope", "filter");
        if (!onFilter) {
            requireChecked(form, checked, ana);
        }
        if (form.hasErrors()) {
            return console.show(400, render(forum, filter, form, checked, null, null));
        }
        ServiceAnswer<AnalysisApi.Tagged> answer = console.client().tag(forum.slug(), new AnalysisApi.Tagging(action,
                themeIds.isEmpty() || "NO_THEME".equals(action) || "CLEAR_NO_THEME".equals(action) ? null : themeIds,
                onFilter ? null : AnalysisClient.refs(checked), onFilter ? filter.asRequest() : null,
                onFilter ? FILTER_LIMIT : null));
        if (answer instanceof ServiceAnswer.Done<AnalysisApi.Tagged> done) {
            return AnalysisConsole.seeOther(forum.itemsHref() + filter.query("done=tagged",
                    "affected=" + (done.value() == null ? 0 : done.value().affected())));
        }
        console.refused(answer, forum, form, FieldErrorMapping.startingAt(BULK_ACTION)
                .field("themes", BULK_THEMES, ana.error_themes_invalid())
                .field("items", BULK_ITEMS, ana.error_items_invalid())
                .field("filter", BULK_SCOPE, ana.error_rejected())
                .field("action", BULK_ACTION, ana.error_action()));
        return console.show(AnalysisConsole.statusOf(answer), render(forum, filter, form, checked, null, null));
    }

    @POST
    @Path("split")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Moves the checked items of a theme into a new theme")
    public RestResponse<TemplateInstance> split(@PathParam("slug") String slug, @BeanParam Filter query,
                                                @RestForm("item") List<String> items, @RestForm String from,
                                                @RestForm("name.kk") String nameKk, @RestForm("name.ru") String nameRu,
                                                @RestForm("name.en") String nameEn) {
        ItemFilter filter = query.clean();
        AnalysedForum forum = console.open(slug, AnalysisConsole.pathOf(slug) + "/items" + filter.query());
        AnalysisMessages ana = forum.ana();
        Form form = Form.empty().with("from", AdminForms.strip(from)).with("name.kk", AdminForms.strip(nameKk))
                .with("name.ru", AdminForms.strip(nameRu)).with("name.en", AdminForms.strip(nameEn));
        List<ItemKey> checked = ItemKey.parse(items);
        Long source = AdminForms.id(from);
        if (source == null) {
            form.reject(SPLIT_FROM, ana.error_split_from());
        }
        AnalysisPages.checkThemeText(form, ana, SPLIT_NAME, SPLIT_NAME);
        requireChecked(form, checked, ana);
        if (form.hasErrors()) {
            return console.show(400, render(forum, filter, form, checked, null, null));
        }
        ServiceAnswer<ThemeResponse> answer = console.client().split(forum.slug(), source,
                new AnalysisApi.Split(AdminForms.texts(form, "name"), null, AnalysisClient.refs(checked)));
        if (answer instanceof ServiceAnswer.Done<ThemeResponse> created && created.value().id() != null) {
            return AnalysisConsole.seeOther(forum.itemsHref() + "?theme=" + created.value().id() + "&done=split");
        }
        console.refused(answer, forum, form, FieldErrorMapping.startingAt(SPLIT_FROM)
                .perLanguage("name", SPLIT_NAME, ana.error_name())
                .field("items", BULK_ITEMS, ana.error_items_invalid()));
        return console.show(AnalysisConsole.statusOf(answer), render(forum, filter, form, checked, null, null));
    }

    @POST
    @Path("{type}/{id}/note")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Saves (or, blank, removes) the analyst's internal note on an item")
    public RestResponse<TemplateInstance> note(@PathParam("slug") String slug, @PathParam("type") String type,
                                               @PathParam("id") String id, @BeanParam Filter query,
                                               @RestForm String note) {
        ItemFilter filter = query.clean();
        AnalysedForum forum = console.open(slug, AnalysisConsole.pathOf(slug) + "/items" + filter.query());
        Long item = AdminForms.id(id);
        if (item == null || !ItemFilter.TYPES.contains(type)) {
            throw new PageNotFoundException("No item " + type + " " + id);
        }
        ItemKey key = new ItemKey(type, item);
        String text = AdminForms.strip(note);
        String field = fieldId(key);
        Form form = Form.empty().with("note", text);
        if (text.length() > MAX_NOTE) {
            form.reject(field, forum.ana().error_too_long(MAX_NOTE));
            return console.show(400, render(forum, filter, form, List.of(), key, null));
        }
        ServiceAnswer<Void> answer = console.client().note(forum.slug(), type, item, text);
        if (console.refused(answer, forum, form, FieldErrorMapping.startingAt(field)
                .field("note", field, forum.ana().error_too_long(MAX_NOTE)))) {
            return console.show(AnalysisConsole.statusOf(answer), render(forum, filter, form, List.of(), key, null));
        }
        return AnalysisConsole.seeOther(forum.itemsHref() + filter.query("done=note") + "#item-" + key.type() + "-" + item);
    }

    /** The list; {@code noted} is the item whose note form {@code form} is (it shows the text sent), else none. */
    private TemplateInstance render(AnalysedForum forum, ItemFilter filter, Form form, List<ItemKey> checked,
                                    ItemKey noted, String done) {
        String path = forum.itemsHref() + filter.query();
        AnalysisMessages ana = forum.ana();
        if (form.value("scope").isEmpty()) {
            form.with("scope", "checked");
        }
        ServiceAnswer<CursorPage<AnalysisItemResponse>> answer = console.client().items(forum.slug(), filter, PAGE_SIZE);
        CursorPage<AnalysisItemResponse> found = new CursorPage<>(List.of(), null);
        if (answer instanceof ServiceAnswer.Done<CursorPage<AnalysisItemResponse>> page) {
            found = page.value();
        } else {
            // a stale cursor or a filter the service would not take: the page says the list is empty
            AdminForms.throwIfSessionOrRole((ServiceAnswer.Refused<?>) answer, path, forum.user());
        }
        List<ThemeResponse> themes = console.client().themes(forum.slug()) instanceof ServiceAnswer.Done<CursorPage<ThemeResponse>> all
                ? all.value().items().stream().filter(t -> t.id() != null).toList() : List.of();
        List<String> keys = checked == null ? List.of() : checked.stream().map(ItemKey::value).toList();
        List<ItemRow> rows = found.items().stream().map(i -> row(i, forum, filter, keys, noted, form)).toList();
        String next = found.nextCursor() == null ? null : forum.itemsHref() + filter.after(found.nextCursor()).query();
        String first = filter.after() == null ? null : forum.itemsHref() + filter.firstPage().query();
        Choices choices = new Choices(
                List.of(new Choice("COMMENT", ana.type_comments()), new Choice("RECOMMENDATION", ana.type_recommendations())),
                UiLanguage.CODES.stream().map(c -> new Choice(c, UiLanguage.nativeName(c))).toList(),
                ItemFilter.STATUSES.stream().map(v -> new Choice(v, "all".equals(v) ? ana.status_all()
                        : AnalysisViews.visibilityLabel(v, ana))).toList(),
                themes.stream().map(t -> themeChoice(t, forum)).toList(),
                themes.stream().filter(ThemeResponse::accepted).map(t -> themeChoice(t, forum)).toList(),
                ACTIONS.stream().map(a -> new Choice(a, actionLabel(a, ana))).toList(),
                List.of(new Choice("checked", ana.scope_checked()),
                        new Choice("filter", ana.scope_filter(AnalysisConsole.number(FILTER_LIMIT, forum.lang())))));
        return Templates.items(console.page(path), console.nav(forum), forum, filter, choices, rows, next, first,
                filter.query(), form, done);
    }

    private static ItemRow row(AnalysisItemResponse item, AnalysedForum forum, ItemFilter filter, List<String> checked,
                               ItemKey noted, Form form) {
        AnalysisMessages ana = forum.ana();
        ItemKey key = new ItemKey(item.type(), item.id());
        boolean thisNote = key.equals(noted);
        List<TagView> themes = new ArrayList<>();
        for (AnalysisItemResponse.ItemTheme theme : item.themes()) {
            themes.add(new TagView(theme.id(), AnalysisConsole.name(theme.name(), theme.id(), forum.lang()),
                    theme.suggested(), theme.score() == null ? null : String.format(java.util.Locale.ROOT, "%.2f", theme.score())));
        }
        return new ItemRow(key.value(), key.type() + "-" + key.id(), AnalysisViews.typeLabel(item.type(), ana),
                item.authorName() == null ? "" : item.authorName(), item.language(), item.title(), item.text(),
                AnalysisViews.visibilityLabel(item.status(), ana),
                item.createdAt() == null ? "" : item.createdAt().toString(),
                DisplayFormats.dateTime(item.createdAt(), forum.zone(), forum.lang()), themes, item.noTheme(),
                item.note(), forum.itemsHref() + "/" + item.type() + "/" + item.id() + "/note" + filter.query(),
                thisNote ? form.error(fieldId(key)) : null, thisNote ? form.value("note") : item.note(),
                item.campaignId(), checked.contains(key.value()));
    }

    private static Choice themeChoice(ThemeResponse theme, AnalysedForum forum) {
        String name = AnalysisConsole.name(theme.name(), theme.id(), forum.lang());
        return new Choice(String.valueOf(theme.id()), theme.suggested() ? forum.ana().suggested_name(name) : name);
    }

    /** At least one item checked, and no more than a bulk change takes ({@code checked} null). */
    private static void requireChecked(Form form, List<ItemKey> checked, AnalysisMessages ana) {
        if (checked == null || checked.isEmpty()) {
            form.reject(BULK_ITEMS, checked == null ? ana.error_items_too_many(ItemKey.MAX_CHECKED) : ana.error_items());
        }
    }

    static String actionLabel(String action, AnalysisMessages ana) {
        return switch (action) {
            case "ADD" -> ana.action_add();
            case "REMOVE" -> ana.action_remove();
            case "CONFIRM" -> ana.action_confirm();
            case "NO_THEME" -> ana.action_no_theme();
            default -> ana.action_clear_no_theme();
        };
    }

    /** The id of an item's note field, which its errors link to. */
    static String fieldId(ItemKey key) {
        return "note-" + key.type() + "-" + key.id();
    }

    private static List<Long> ids(List<String> values) {
        List<Long> ids = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            Long id = AdminForms.id(value);
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
