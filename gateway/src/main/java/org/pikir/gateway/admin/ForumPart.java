package org.pikir.gateway.admin;

import org.pikir.gateway.forum.EventResponse;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The lists of a forum an editor keeps in order: each with its address in events-service and in the console. */
enum ForumPart {

    PARTICIPANTS("participants", "participant", event -> ids(event.participants(), p -> p.id())),
    AGENDA("agenda", "session", event -> ids(event.agenda(), a -> a.id())),
    STATEMENTS("statements", "statement", event -> ids(event.statements(), s -> s.id())),
    MATERIALS("materials", "material", event -> ids(event.materials(), m -> m.id()));

    /** How many items of one list the forum's editing page shows at a time. */
    static final int PAGE_SIZE = 20;

    private final String path;
    private final String item;
    private final Function<EventResponse, List<Long>> ids;

    ForumPart(String path, String item, Function<EventResponse, List<Long>> ids) {
        this.path = path;
        this.item = item;
        this.ids = ids;
    }

    /** The part's segment in both events-service's and the console's addresses, and the id of its section. */
    String path() {
        return path;
    }

    /** The id of one item on the forum's editing page, e.g. {@code participant-41}. */
    String anchor(long id) {
        return item + "-" + id;
    }

    List<Long> ids(EventResponse event) {
        return ids.apply(event);
    }

    /** The page (from 1) of the part's list on the forum's editing page that shows the item at {@code index}. */
    static int pageOf(int index) {
        return index / PAGE_SIZE + 1;
    }

    static Optional<ForumPart> of(String path) {
        String wanted = path == null ? "" : path.toLowerCase(Locale.ROOT);
        for (ForumPart part : values()) {
            if (part.path.equals(wanted)) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    private static <T> List<Long> ids(List<T> items, Function<T, Long> id) {
        return items.stream().map(id).filter(Objects::nonNull).toList();
    }
}
