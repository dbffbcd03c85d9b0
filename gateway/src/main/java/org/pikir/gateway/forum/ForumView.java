package org.pikir.gateway.forum;

import org.pikir.gateway.draft.DraftCard;
import org.pikir.gateway.web.DisplayFormats;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A forum's own page, everything already in the visitor's language where a translation exists. */
public record ForumView(String slug, LocalizedText title, String kindLabel, String formatLabel, String city,
                        String venue, String organiser, String source, String sourceUrl, String dateIso,
                        String dateText, TimeSpan time, List<TopicLink> topics, LocalizedText summary,
                        LocalizedText description, ConsultationView consultation, List<AgendaItemView> agenda,
                        List<ParticipantView> participants, List<StatementView> statements,
                        List<MaterialView> materials, LocalizedText outcome, ZoneId zone,
                        List<DraftCard> drafts) {

    /** The forum for a page that shows none of its topics. */
    static ForumView of(EventResponse event, ZoneId defaultZone, Instant now, ForumLabels labels) {
        return of(event, defaultZone, now, labels, Map.of());
    }

    /** Times are shown in the forum's own time zone, or in {@code defaultZone} when it names none (or a bad one). */
    static ForumView of(EventResponse event, ZoneId defaultZone, Instant now, ForumLabels labels,
                        Map<String, String> topicNames) {
        String lang = labels.lang();
        ZoneId zone = zoneOf(event.timeZone(), defaultZone);
        String path = pathOf(event.slug());
        List<ParticipantView> participants = event.participants().stream()
                .filter(p -> p.id() != null)
                .map(p -> ParticipantView.of(p, labels)).toList();
        Map<Long, ParticipantView> participantsById = byId(participants, ParticipantView::id);
        List<AgendaItemView> agenda = event.agenda().stream()
                .filter(item -> item.id() != null)
                .map(item -> AgendaItemView.of(item, participantsById, zone, labels)).toList();
        Map<Long, AgendaItemView> sessionsById = byId(agenda, AgendaItemView::id);
        List<StatementView> statements = event.statements().stream()
                .filter(s -> s.id() != null)
                .map(s -> StatementView.of(s, participantsById.get(s.participantId()), sessionsById.get(s.agendaItemId()),
                        path, labels))
                .toList();
        List<MaterialView> materials = event.materials().stream()
                .filter(m -> m.id() != null)
                .map(m -> MaterialView.of(event.slug(), m, labels)).toList();
        String source = text(event.source(), lang);
        return new ForumView(event.slug(), LocalizedText.pick(event.title(), lang), labels.eventKind(event.kind()),
                labels.eventFormat(event.format()), text(event.city(), lang), text(event.venue(), lang),
                text(event.organiser(), lang), source, linkable(source),
                event.date() == null ? "" : event.date().toString(),
                DisplayFormats.date(event.date(), lang),
                TimeSpan.of(event.startsAt(), event.endsAt(), zone, lang),
                TopicLink.named(event.topics(), topicNames),
                LocalizedText.pick(event.summary(), lang), LocalizedText.pick(event.description(), lang),
                ConsultationView.of(event.consultation(), now, zone, lang), agenda, participants, statements,
                materials, LocalizedText.pick(event.outcome(), lang), zone, DraftCard.list(event.slug(), event.drafts(), lang));
    }

    static ZoneId zoneOf(String timeZone, ZoneId defaultZone) {
        try {
            return timeZone == null || timeZone.isBlank() ? defaultZone : ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return defaultZone;
        }
    }

    static String pathOf(String slug) {
        return "/forums/" + slug;
    }

    public String path() {
        return pathOf(slug);
    }

    public String historyHref() {
        return path() + "/history";
    }

    /** "Forum · In person", as far as events-service says. */
    public String kindAndFormat() {
        return Stream.of(kindLabel, formatLabel).filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
    }

    public Optional<StatementView> statement(Long id) {
        return id == null ? Optional.empty() : statements.stream().filter(s -> s.id() == id).findFirst();
    }

    /** A topic of this forum by name; null for one it does not carry, never its slug. */
    public String topicName(String slug) {
        return slug == null ? null : topics.stream().filter(t -> t.slug().equals(slug)).map(TopicLink::name)
                .findFirst().orElse(null);
    }

    public Optional<MaterialView> material(Long id) {
        return id == null ? Optional.empty() : materials.stream().filter(m -> m.id() == id).findFirst();
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        Map<Long, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(id.apply(item), item));
        return map;
    }

    /** A place, organiser or source in the visitor's language (another's when it has none); null when unknown. */
    static String text(Map<String, String> texts, String lang) {
        LocalizedText text = LocalizedText.pick(texts, lang);
        return text.text().isBlank() ? null : text.text();
    }

    /** Only web addresses become links, so a source such as "javascript:..." stays plain text. */
    private static String linkable(String source) {
        ExternalLink link = ExternalLink.of(source);
        return link == null ? null : link.url();
    }
}
