package org.pikir.gateway.admin;

import org.jboss.resteasy.reactive.RestForm;
import org.pikir.gateway.forum.EventResponse;
import org.pikir.gateway.web.Form;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The form of a forum's record (a new draft, or an edit): its address, the date, kind, format and topics, and per
 * language (kk, ru, en) its title, summary, city, venue, organiser and source.
 */
public record ForumForm(
        @RestForm String slug,
        @RestForm("title.kk") String titleKk,
        @RestForm("title.ru") String titleRu,
        @RestForm("title.en") String titleEn,
        @RestForm("summary.kk") String summaryKk,
        @RestForm("summary.ru") String summaryRu,
        @RestForm("summary.en") String summaryEn,
        @RestForm("city.kk") String cityKk,
        @RestForm("city.ru") String cityRu,
        @RestForm("city.en") String cityEn,
        @RestForm String date,
        @RestForm String kind,
        @RestForm String format,
        @RestForm List<String> topics,
        @RestForm("venue.kk") String venueKk,
        @RestForm("venue.ru") String venueRu,
        @RestForm("venue.en") String venueEn,
        @RestForm("organiser.kk") String organiserKk,
        @RestForm("organiser.ru") String organiserRu,
        @RestForm("organiser.en") String organiserEn,
        @RestForm("source.kk") String sourceKk,
        @RestForm("source.ru") String sourceRu,
        @RestForm("source.en") String sourceEn) {

    /** The form's texts per language, each a field named {@code name.kk}, {@code name.ru}, {@code name.en}. */
    static final List<String> MULTILINGUAL = List.of("title", "summary", "city", "venue", "organiser", "source");

    /** The form filled with a forum's record as events-service holds it. */
    static Form of(EventResponse event) {
        Form form = Form.empty().with("slug", event.slug())
                .with("date", event.date() == null ? "" : event.date().toString()).with("kind", event.kind())
                .with("format", event.format()).with("topics", String.join(",", event.topics()));
        Map<String, Map<String, String>> texts = Map.of("title", orEmpty(event.title()),
                "summary", orEmpty(event.summary()), "city", event.city(), "venue", event.venue(),
                "organiser", event.organiser(), "source", event.source());
        MULTILINGUAL.forEach(name -> AdminForms.withTexts(form, name, texts.get(name)));
        return form;
    }

    /** The form as typed, with {@code slug} as the forum's address (an edit cannot change it). */
    Form form(String slug) {
        Form form = Form.empty().with("slug", AdminForms.strip(slug)).with("date", AdminForms.strip(date))
                .with("kind", kind).with("format", format)
                .with("topics", topics == null ? "" : String.join(",", topics.stream().map(AdminForms::strip)
                        .toList()));
        typed(form, "title", titleKk, titleRu, titleEn);
        typed(form, "summary", summaryKk, summaryRu, summaryEn);
        typed(form, "city", cityKk, cityRu, cityEn);
        typed(form, "venue", venueKk, venueRu, venueEn);
        typed(form, "organiser", organiserKk, organiserRu, organiserEn);
        return typed(form, "source", sourceKk, sourceRu, sourceEn);
    }

    /** The form as typed for a new draft, whose address is typed too. */
    Form form() {
        return form(slug);
    }

    /**
     * The record to send: the form's fields, and for an edit ({@code current} not null) the current values of
     * everything the form does not show. A language left empty is left out; a source emptied in every language is
     * sent empty, which removes it.
     */
    static ForumDraft request(Form form, EventResponse current) {
        Map<String, Map<String, String>> texts = new HashMap<>();
        MULTILINGUAL.forEach(name -> texts.put(name, AdminForms.texts(form, name)));
        boolean edit = current != null;
        return new ForumDraft(form.value("slug"), texts.get("title"), texts.get("summary"),
                edit ? current.description() : null, form.value("kind"), form.value("format"),
                ForumEditorPages.topics(form.value("topics")), texts.get("city"), texts.get("venue"),
                texts.get("organiser"), texts.get("source"), edit ? current.coverUrl() : null,
                ForumEditorPages.date(form.value("date")), edit ? current.startsAt() : null,
                edit ? current.endsAt() : null, edit ? current.timeZone() : null,
                edit && current.consultation() != null ? current.consultation().opensAt() : null,
                edit && current.consultation() != null ? current.consultation().closesAt() : null);
    }

    /** Where events-service's field errors about a forum's record go on the form. */
    static FieldErrorMapping errors(String lang) {
        AdminMessages adm = AdminNav.messages(lang);
        EditorMessages ed = ForumEditing.editorMessages(lang);
        return FieldErrorMapping.startingAt("forum-title-kk")
                .field("slug", "forum-slug", adm.error_slug_format())
                .perLanguage("title", "forum-title", ed.error_title())
                .perLanguage("summary", "forum-summary", adm.error_text_too_long(2000))
                .perLanguage("city", "forum-city", ed.error_city())
                .field("date", "forum-date", adm.error_date())
                .field("kind", "forum-kind", adm.error_forum_kind())
                .field("format", "forum-format", adm.error_forum_format())
                .field("topics", "forum-topics", adm.error_topics())
                .perLanguage("venue", "forum-venue", adm.error_text_too_long(200))
                .perLanguage("organiser", "forum-organiser", adm.error_text_too_long(200))
                .perLanguage("source", "forum-source", adm.error_text_too_long(300));
    }

    private static Form typed(Form form, String name, String kk, String ru, String en) {
        return form.with(name + ".kk", AdminForms.strip(kk)).with(name + ".ru", AdminForms.strip(ru))
                .with(name + ".en", AdminForms.strip(en));
    }

    private static Map<String, String> orEmpty(Map<String, String> texts) {
        return texts == null ? Map.of() : texts;
    }
}
