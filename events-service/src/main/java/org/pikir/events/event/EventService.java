package org.pikir.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.pikir.events.history.EventChangeResponse;
import org.pikir.events.history.EventChanges;
import org.pikir.platform.problem.ProblemException;
import org.pikir.platform.web.PageResponse;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class EventService {

    private static final String DEFAULT_TIME_ZONE = "Asia/Almaty";
    /** The topic catalogue's address, /api/events/topics, cannot be a forum's. */
    private static final String RESERVED_SLUG = "topics";

    private final EventRepository events;
    private final EventAccess access;
    private final EventListQuery listQuery;
    private final EventChanges changes;
    private final EventAssembly assembly;
    private final EventDocuments documents;
    private final EventTopics topics;
    private final Clock clock;

    public EventService(EventRepository events, EventAccess access, EventListQuery listQuery, EventChanges changes,
                        EventAssembly assembly, EventDocuments documents, EventTopics topics, Clock clock) {
        this.clock = clock;
        this.topics = topics;
        this.events = events;
        this.access = access;
        this.listQuery = listQuery;
        this.changes = changes;
        this.assembly = assembly;
        this.documents = documents;
    }

    @Transactional
    public PageResponse<EventSummaryResponse> listPublic(EventFilter filter, int page, int size) {
        Instant now = clock.instant();
        EventListQuery.Result result = listQuery.run(filter, now, page, size);
        Map<Long, Event> byId = result.ids().isEmpty() ? Map.of()
                : events.list("id in ?1", result.ids()).stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        List<EventSummaryResponse> items = result.ids().stream().map(byId::get).filter(Objects::nonNull)
                .map(e -> EventSummaryResponse.from(e, now)).toList();
        return PageResponse.of(items, page, size, result.total());
    }

    /**
     * The whole event as served. One indexed statement when this replica holds the document of the
     * current version; otherwise a fixed number of statements, whatever the event's size. Whether the
     * caller edits is asked only of drafts, so public reads never resolve an identity. No transaction
     * here: the version check and the assembly each hold a connection only while they run.
     */
    public EventDocument document(String slug, BooleanSupplier callerEdits) {
        EventRevision revision = access.revision(slug);
        if (!revision.isPublic() && !callerEdits.getAsBoolean()) {
            throw ProblemException.notFound("Event", slug);
        }
        Instant now = clock.instant();
        return documents.current(revision, now, () -> assembly.snapshot(revision.id(), now));
    }

    @Transactional
    public ConsultationResponse consultation(String slug) {
        return ConsultationResponse.from(access.visible(slug, false), clock.instant());
    }

    @Transactional
    public List<EventChangeResponse> history(String slug, boolean callerEdits) {
        return changes.historyOf(access.visible(slug, callerEdits));
    }

    @Transactional
    public EventResponse createDraft(EventRequest request, String editor) {
        checkTimes(request);
        if (RESERVED_SLUG.equals(request.slug())) {
            throw ProblemException.invalidField("slug", "is reserved for the topic catalogue");
        }
        if (events.slugTaken(request.slug())) {
            throw ProblemException.conflict("duplicate-slug", "An event with slug '" + request.slug() + "' already exists.");
        }
        Instant now = clock.instant();
        Event event = new Event();
        event.slug = request.slug();
        event.status = EventStatus.DRAFT;
        event.createdBy = editor;
        event.createdAt = now;
        apply(request, event);
        topics.requireCatalogued(event.topics);
        event.updatedAt = now;
        events.persist(event);
        changes.record(event, editor, "event.created", Map.of());
        return view(event);
    }

    @Transactional
    public EventResponse update(String slug, EventRequest request, String editor) {
        if (!slug.equals(request.slug())) {
            throw ProblemException.invalidField("slug", "cannot change; it is the event's permanent address");
        }
        checkTimes(request);
        Event event = access.editable(slug);
        Map<String, Object> before = snapshot(event);
        apply(request, event);
        topics.requireCatalogued(event.topics);
        Map<String, Object> changed = difference(before, snapshot(event));
        if (!changed.isEmpty()) {
            changes.record(event, editor, "event.edited", Map.of("fields", changed));
        }
        return view(event);
    }

    @Transactional
    public EventResponse publish(String slug, String editor) {
        Event event = access.editable(slug);
        if (event.status != EventStatus.DRAFT) {
            throw ProblemException.conflict("invalid-transition", "Only a draft can be published; this event is " + event.status + ".");
        }
        event.status = EventStatus.PUBLISHED;
        event.publishedAt = clock.instant();
        changes.record(event, editor, "event.published", Map.of());
        return view(event);
    }

    /**
     * Deletes a draft with everything in it. Only a draft: the public never saw it, so it leaves no public history;
     * a published forum is archived instead.
     */
    @Transactional
    public void deleteDraft(String slug, String editor) {
        Event event = access.editable(slug);
        if (event.status != EventStatus.DRAFT) {
            throw ProblemException.conflict("invalid-transition", "Only a draft can be deleted; this event is "
                    + event.status + ". Archive a published event instead.");
        }
        events.delete(event);
        changes.deleted(event, editor);
    }

    @Transactional
    public EventResponse archive(String slug, String editor) {
        Event event = access.editable(slug);
        if (event.status != EventStatus.PUBLISHED) {
            throw ProblemException.conflict("invalid-transition", "Only a published event can be archived; this event is " + event.status + ".");
        }
        Instant now = clock.instant();
        event.status = EventStatus.ARCHIVED;
        event.archivedAt = now;
        if (event.consultationClosesAt == null || event.consultationClosesAt.isAfter(now)) {
            event.consultationClosesAt = now;
        }
        changes.record(event, editor, "event.archived", Map.of());
        return view(event);
    }

    @Transactional
    public EventResponse openConsultation(String slug, ConsultationRequest request, String editor) {
        Event event = access.editable(slug);
        Instant now = clock.instant();
        Instant opens = request == null || request.opensAt() == null ? now : request.opensAt();
        Instant closes = request == null ? null : request.closesAt();
        if (closes != null && !closes.isAfter(opens)) {
            throw ProblemException.invalidField("closesAt", "must be after the opening time");
        }
        event.consultationOpensAt = opens;
        event.consultationClosesAt = closes;
        changes.record(event, editor, "consultation.opened", window(event));
        return view(event);
    }

    @Transactional
    public EventResponse closeConsultation(String slug, String editor) {
        Event event = access.editable(slug);
        Instant now = clock.instant();
        if (event.consultationOpensAt == null || event.consultationOpensAt.isAfter(now)) {
            event.consultationOpensAt = now;
        }
        event.consultationClosesAt = now;
        changes.record(event, editor, "consultation.closed", window(event));
        return view(event);
    }

    @Transactional
    public EventResponse setOutcome(String slug, OutcomeRequest request, String editor) {
        Event event = access.editable(slug);
        event.outcome = withoutBlanks(request.texts());
        changes.record(event, editor, "outcome.set", Map.of("languages", List.copyOf(event.outcome.keySet())));
        return view(event);
    }

    private EventResponse view(Event event) {
        return assembly.of(event, clock.instant());
    }

    private static void apply(EventRequest request, Event event) {
        event.title = withoutBlanks(request.title());
        event.summary = withoutBlanks(request.summary());
        event.description = withoutBlanks(request.description());
        event.kind = request.kind() == null ? EventKind.FORUM : request.kind();
        event.format = request.format() == null ? EventFormat.IN_PERSON : request.format();
        event.topics = request.topics() == null ? new ArrayList<>()
                : new ArrayList<>(request.topics().stream().map(String::strip).distinct().toList());
        event.city = withoutBlanks(request.city());
        event.venue = withoutBlanks(request.venue());
        event.organiser = withoutBlanks(request.organiser());
        if (request.source() != null) {
            event.source = withoutBlanks(request.source());
        }
        event.coverUrl = request.coverUrl();
        event.date = request.date();
        event.startsAt = request.startsAt();
        event.endsAt = request.endsAt();
        event.timeZone = request.timeZone() == null ? DEFAULT_TIME_ZONE : request.timeZone();
        event.consultationOpensAt = request.consultationOpensAt();
        event.consultationClosesAt = request.consultationClosesAt();
    }

    /** The editable fields as the history shows them. */
    private static Map<String, Object> snapshot(Event event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", Map.copyOf(event.title));
        fields.put("summary", Map.copyOf(event.summary));
        fields.put("description", Map.copyOf(event.description));
        fields.put("kind", event.kind);
        fields.put("format", event.format);
        fields.put("topics", List.copyOf(event.topics));
        fields.put("city", Map.copyOf(event.city));
        fields.put("venue", Map.copyOf(event.venue));
        fields.put("organiser", Map.copyOf(event.organiser));
        fields.put("source", Map.copyOf(event.source));
        fields.put("coverUrl", event.coverUrl);
        fields.put("date", event.date);
        fields.put("startsAt", event.startsAt);
        fields.put("endsAt", event.endsAt);
        fields.put("timeZone", event.timeZone);
        fields.put("consultationOpensAt", event.consultationOpensAt);
        fields.put("consultationClosesAt", event.consultationClosesAt);
        return fields;
    }

    private static Map<String, Object> difference(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> changed = new LinkedHashMap<>();
        before.forEach((field, old) -> {
            Object now = after.get(field);
            if (!Objects.equals(old, now)) {
                Map<String, Object> pair = new HashMap<>();
                pair.put("from", String.valueOf(old));
                pair.put("to", String.valueOf(now));
                changed.put(field, pair);
            }
        });
        return changed;
    }

    private static Map<String, Object> window(Event event) {
        Map<String, Object> window = new HashMap<>();
        window.put("opensAt", String.valueOf(event.consultationOpensAt));
        window.put("closesAt", String.valueOf(event.consultationClosesAt));
        return window;
    }

    private static void checkTimes(EventRequest request) {
        if (request.timeZone() != null && !ZoneId.getAvailableZoneIds().contains(request.timeZone())) {
            throw ProblemException.invalidField("timeZone", "is not a known time zone, e.g. Asia/Almaty");
        }
        if (request.startsAt() != null && request.endsAt() != null && !request.endsAt().isAfter(request.startsAt())) {
            throw ProblemException.invalidField("endsAt", "must be after startsAt");
        }
        if (request.consultationOpensAt() != null && request.consultationClosesAt() != null
                && !request.consultationClosesAt().isAfter(request.consultationOpensAt())) {
            throw ProblemException.invalidField("consultationClosesAt", "must be after consultationOpensAt");
        }
    }

    private static Map<String, String> withoutBlanks(Map<String, String> texts) {
        Map<String, String> kept = new HashMap<>();
        if (texts != null) {
            texts.forEach((language, text) -> {
                if (text != null && !text.isBlank()) {
                    kept.put(language, text.strip());
                }
            });
        }
        return kept;
    }
}
