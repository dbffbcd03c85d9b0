package org.pikir.gateway.draft;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import org.pikir.gateway.GatewayConfig;
import org.pikir.gateway.forum.ConsultationView;
import org.pikir.gateway.forum.EventResponse;
import org.pikir.gateway.forum.EventsClient;
import org.pikir.gateway.forum.LocalizedText;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.UiLanguage;
import org.pikir.gateway.web.Visitor;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Opens a published draft for a page: the forum (events-service's answer, asked again with its ETag), the draft as
 * the forum lists it, and the text of the version asked for (kept once read, see {@link DraftTexts}). Anything
 * that does not name a published draft of a published forum is "not found".
 */
@ApplicationScoped
public class DraftReading {

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,4}");
    /** A unit key as events-service makes them. */
    static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_KEY = 100;

    private final EventsClient events;
    private final DraftTexts texts;
    private final Visitor visitor;
    private final ZoneId defaultZone;

    public DraftReading(EventsClient events, DraftTexts texts, Visitor visitor, GatewayConfig config) {
        this.events = events;
        this.texts = texts;
        this.visitor = visitor;
        this.defaultZone = config.timeZone();
    }

    /** Draft {@code id} of forum {@code slug} at version {@code v} (the newest when absent or not a number). */
    public DraftContext open(String slug, String id, String v) {
        EventResponse event = events.forum(slug).orElseThrow(() -> new PageNotFoundException("No published forum " + slug));
        DraftSummaryResponse draft = draftOf(event, id);
        int version = versionOf(v, draft);
        String lang = visitor.language();
        String textLang = draft.languages().contains(lang) ? lang
                : draft.languages().isEmpty() ? lang : draft.languages().get(0);
        DraftTextResponse text = texts.text(slug, draft.id(), version, textLang)
                .orElseThrow(() -> new PageNotFoundException("No text of draft " + id + " v" + version));
        return context(event, draft, version, text, lang);
    }

    /** The same draft at another version, for what a page compares with; empty when that version has no such text. */
    public Optional<DraftTextResponse> text(DraftContext draft, int version) {
        return version == draft.version() ? Optional.of(draft.text())
                : texts.text(draft.slug(), draft.draftId(), version, draft.textLang());
    }

    /** The word diff of two versions in the language of the text read. */
    public ServiceAnswer<DraftDiffResponse> diff(DraftContext draft, int from, int to) {
        return texts.diff(draft.slug(), draft.draftId(), from, to, draft.textLang());
    }

    /** The forum's published draft {@code id}; not found for anything else. */
    static DraftSummaryResponse draftOf(EventResponse event, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new PageNotFoundException("No draft can have the id " + id);
        }
        long draftId = Long.parseLong(id);
        return event.drafts().stream()
                .filter(d -> d.published() && d.id() == draftId)
                .findFirst()
                .orElseThrow(() -> new PageNotFoundException("No published draft " + id + " of " + event.slug()));
    }

    /** A version named in a link: one of the published ones, the newest when none is named. */
    static int versionOf(String v, DraftSummaryResponse draft) {
        if (v == null || v.isBlank()) {
            return draft.currentVersion();
        }
        if (!VERSION.matcher(v.strip()).matches() || Integer.parseInt(v.strip()) > draft.currentVersion()) {
            throw new PageNotFoundException("No published version " + v + " of draft " + draft.id());
        }
        return Integer.parseInt(v.strip());
    }

    static boolean possibleKey(String key) {
        return key != null && key.length() <= MAX_KEY && KEY.matcher(key).matches();
    }

    private DraftContext context(EventResponse event, DraftSummaryResponse draft, int version, DraftTextResponse text,
                                 String lang) {
        ZoneId zone = zoneOf(event.timeZone());
        return new DraftContext(event.slug(), LocalizedText.pick(event.title(), lang),
                ConsultationView.of(event.consultation(), Instant.now(), zone, lang).open(), zone, draft,
                LocalizedText.pick(draft.title().isEmpty() ? text.title() : draft.title(), lang), version, text,
                text.language(), !lang.equals(text.language()), UiLanguage.nativeName(text.language()));
    }

    private ZoneId zoneOf(String timeZone) {
        try {
            return timeZone == null || timeZone.isBlank() ? defaultZone : ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return defaultZone;
        }
    }

    static DraftMessages messages(String lang) {
        return MessageBundles.get(DraftMessages.class, Localized.Literal.of(lang));
    }
}
