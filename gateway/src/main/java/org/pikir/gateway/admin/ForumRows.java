package org.pikir.gateway.admin;

import org.pikir.gateway.forum.AgendaItemResponse;
import org.pikir.gateway.forum.CodeLabels;
import org.pikir.gateway.forum.EventResponse;
import org.pikir.gateway.forum.LocalizedText;
import org.pikir.gateway.forum.MaterialResponse;
import org.pikir.gateway.forum.ParticipantResponse;
import org.pikir.gateway.forum.StatementResponse;
import org.pikir.gateway.web.DisplayFormats;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lists of a forum's editing page, {@link ForumPart#PAGE_SIZE} items of each at a time, every item knowing
 * whether it is the first or the last (so "move up" and "move down" are offered only where they can move it).
 */
public record ForumRows(Listing<ParticipantRow> participants, Listing<SessionRow> agenda,
                       Listing<StatementRow> statements, Listing<MaterialRow> materials) {

    public record ParticipantRow(long id, String name, String roleLabel, String position, boolean first, boolean last) {
    }

    public record SessionRow(long id, String title, String kindLabel, String timeText, String people, boolean first,
                             boolean last) {
    }

    public record StatementRow(long id, String speaker, String excerpt, String lang, boolean first, boolean last) {
    }

    public record MaterialRow(long id, String title, String kindLabel, int version, boolean first, boolean last) {
    }

    /** One page of a list: its rows, how many there are in all, and the links to the pages before and after. */
    public record Listing<T>(List<T> items, int total, int page, int pages, String previousHref, String nextHref) {

        public boolean paged() {
            return pages > 1;
        }
    }

    /** Which page of each list to show (from 1; anything else is the first). */
    public record PageNumbers(int participants, int agenda, int statements, int materials) {

        static final PageNumbers FIRST = new PageNumbers(1, 1, 1, 1);
    }

    static ForumRows of(EventResponse event, String href, PageNumbers pages, String lang, ZoneId zone) {
        Map<Long, String> names = new LinkedHashMap<>();
        event.participants().stream().filter(p -> p.id() != null).forEach(p -> names.put(p.id(), p.name()));
        return new ForumRows(
                listing(event.participants(), ParticipantResponse::id, pages.participants(), href, ForumPart.PARTICIPANTS,
                        (p, first, last) -> new ParticipantRow(p.id(), p.name(), CodeLabels.role(p.role(), lang),
                                LocalizedText.pick(p.position(), lang).text(), first, last)),
                listing(event.agenda(), AgendaItemResponse::id, pages.agenda(), href, ForumPart.AGENDA,
                        (a, first, last) -> new SessionRow(a.id(), sessionTitle(a, lang),
                                CodeLabels.sessionKind(a.kind(), lang), times(a, zone, lang),
                                a.participantIds().stream().map(names::get).filter(Objects::nonNull)
                                        .collect(Collectors.joining(", ")), first, last)),
                listing(event.statements(), StatementResponse::id, pages.statements(), href, ForumPart.STATEMENTS,
                        (s, first, last) -> new StatementRow(s.id(),
                                Optional.ofNullable(names.get(s.participantId())).orElse("—"), excerpt(s.text()),
                                s.language(), first, last)),
                listing(event.materials(), MaterialResponse::id, pages.materials(), href, ForumPart.MATERIALS,
                        (m, first, last) -> new MaterialRow(m.id(), LocalizedText.pick(m.title(), lang).text(),
                                CodeLabels.materialKind(m.kind(), lang), m.currentVersion(), first, last)));
    }

    static String sessionTitle(AgendaItemResponse session, String lang) {
        LocalizedText title = LocalizedText.pick(session.title(), lang);
        return title.isEmpty() ? CodeLabels.sessionKind(session.kind(), lang) : title.text();
    }

    static String excerpt(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 140 ? flat : flat.substring(0, 139) + "…";
    }

    private static String times(AgendaItemResponse session, ZoneId zone, String lang) {
        String from = session.startsAt() == null ? "" : DisplayFormats.dateTime(session.startsAt(), zone, lang);
        String to = session.endsAt() == null ? "" : DisplayFormats.dateTime(session.endsAt(), zone, lang);
        return from.isEmpty() || to.isEmpty() ? from + to : from + " – " + to;
    }

    private interface RowMaker<T, R> {
        R make(T item, boolean first, boolean last);
    }

    private static <T, R> Listing<R> listing(List<T> all, Function<T, Long> id, int wanted, String href, ForumPart part,
                                             RowMaker<T, R> row) {
        List<T> items = all.stream().filter(item -> id.apply(item) != null).toList();
        int pages = Math.max(1, (items.size() + ForumPart.PAGE_SIZE - 1) / ForumPart.PAGE_SIZE);
        int page = wanted < 1 || wanted > pages ? 1 : wanted;
        int from = (page - 1) * ForumPart.PAGE_SIZE;
        int to = Math.min(items.size(), from + ForumPart.PAGE_SIZE);
        List<R> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            rows.add(row.make(items.get(i), i == 0, i == items.size() - 1));
        }
        String base = href + "?" + part.path() + "=";
        return new Listing<>(rows, items.size(), page, pages,
                page > 1 ? base + (page - 1) + "#" + part.path() : null,
                page < pages ? base + (page + 1) + "#" + part.path() : null);
    }
}
