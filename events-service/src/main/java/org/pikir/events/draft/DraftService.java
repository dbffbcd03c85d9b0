package org.pikir.events.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.pikir.events.event.Event;
import org.pikir.events.event.EventAccess;
import org.pikir.events.history.EventChanges;
import org.pikir.events.material.FieldErrors;
import org.pikir.platform.problem.Problem;
import org.pikir.platform.problem.ProblemException;
import org.pikir.platform.text.ContentLanguage;
import org.pikir.platform.text.PlainText;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Draft documents of events: the public reads of published versions, and the editors' import, structure
 * correction, publishing, new versions and comparative table, each written to the event's public history.
 */
@ApplicationScoped
public class DraftService {

    static final int TITLE_MAX = 300;
    static final int CHANGE_NOTE_MAX = 500;
    static final int JUSTIFICATION_MAX = 5_000;
    static final int RECOMMENDATIONS_MAX = 50;
    private static final int WARNINGS_MAX = 500;

    /** An answer and what decides how it may be cached: a public event, and whether it can still change. */
    public record Read<T>(T body, boolean publicEvent, boolean frozen) {
    }

    /** A language's text of a version after an import; {@code added} when the version had none in it before. */
    public record TextReplaced(DraftTextResponse text, boolean added) {
    }

    /** The comparative table's file and the name to download it under. */
    public record TableFile(byte[] content, String fileName, boolean publicEvent) {
    }

    private final EventAccess access;
    private final DraftRepository drafts;
    private final DraftVersionRepository versions;
    private final DraftUnitRepository units;
    private final DraftTableRepository table;
    private final EventChanges changes;
    private final Clock clock;

    public DraftService(EventAccess access, DraftRepository drafts, DraftVersionRepository versions,
                        DraftUnitRepository units, DraftTableRepository table, EventChanges changes, Clock clock) {
        this.access = access;
        this.drafts = drafts;
        this.versions = versions;
        this.units = units;
        this.table = table;
        this.changes = changes;
        this.clock = clock;
    }

    /** The drafts the public may read, for the whole-forum answer: one query when there are none, two otherwise. */
    public List<DraftSummaryResponse> publicSummaries(Event event) {
        return event.id == null ? List.of() : summaries(event, false);
    }

    @Transactional
    public Read<List<DraftSummaryResponse>> list(String slug, boolean staff) {
        Event event = access.visible(slug, staff);
        return new Read<>(summaries(event, staff), event.isPublic(), false);
    }

    @Transactional
    public Read<DraftResponse> get(String slug, long id, boolean staff) {
        Event event = access.visible(slug, staff);
        Draft draft = visibleDraft(event, id, staff);
        return new Read<>(DraftResponse.of(draft, versions.ofDraft(draft.id), staff), event.isPublic(), false);
    }

    @Transactional
    public Read<DraftTextResponse> text(String slug, long id, int number, String language, boolean staff) {
        Event event = access.visible(slug, staff);
        Draft draft = visibleDraft(event, id, staff);
        DraftVersion version = visibleVersion(draft, number, staff, "version");
        return new Read<>(textOf(draft, version, language, staff), event.isPublic(), version.isPublished());
    }

    @Transactional
    public Read<UnitTextsResponse> unit(String slug, long id, int number, String key, boolean staff) {
        Event event = access.visible(slug, staff);
        Draft draft = visibleDraft(event, id, staff);
        DraftVersion version = visibleVersion(draft, number, staff, "version");
        Map<String, DraftUnit> byLanguage = units.unitInEveryLanguage(version.id, key);
        DraftUnit first = version.languages.stream().map(byLanguage::get).filter(u -> u != null).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Unit", key));
        Map<String, String> text = new LinkedHashMap<>();
        Map<String, Integer> revisedIn = new LinkedHashMap<>();
        byLanguage.forEach((language, unit) -> {
            text.put(language, unit.text());
            revisedIn.put(language, unit.revisedIn());
        });
        return new Read<>(new UnitTextsResponse(first.key(), first.articleKey(), first.kind(), first.number(),
                first.heading(), text, revisedIn), event.isPublic(), version.isPublished());
    }

    @Transactional
    public Read<List<DraftWarning>> warnings(String slug, long id, int number, String language, boolean staff) {
        Event event = access.visible(slug, staff);
        Draft draft = visibleDraft(event, id, staff);
        DraftVersion version = visibleVersion(draft, number, staff, "version");
        String lang = languageIn(version, language);
        return new Read<>(warningsOf(version, lang, units.units(version.id, lang)), event.isPublic(),
                version.isPublished());
    }

    @Transactional
    public DraftResponse create(String slug, DraftUploadRequest request, String editor) {
        Event event = access.lockedForEdit(slug);
        FieldErrors errors = new FieldErrors();
        Map<String, String> title = titleOf(request.title(), errors);
        String language = languageOf(request.language(), "language", errors);
        boolean demonstration = flagOf(request.demonstration(), errors);
        errors.throwIfAny(422);
        return created(event, title, language, demonstration, DraftImport.read(request.file()), editor);
    }

    /** For the demo seed: a draft made from a text file, read exactly as an upload is. */
    @Transactional
    public DraftResponse createFromFile(Event event, Map<String, String> title, String language, boolean demonstration,
                                        String fileName, byte[] content, String actor) {
        return created(event, new HashMap<>(title), language, demonstration,
                DraftImport.read(fileName, null, content), actor);
    }

    private DraftResponse created(Event event, Map<String, String> title, String language, boolean demonstration,
                                  List<DraftUnit> text, String editor) {
        Instant now = clock.instant();
        Draft draft = new Draft();
        draft.eventId = event.id;
        draft.title = title;
        draft.demonstration = demonstration;
        draft.createdAt = now;
        draft.createdBy = editor;
        draft.updatedAt = now;
        drafts.persist(draft);
        DraftVersion version = newVersion(draft, 1, List.of(language), Map.of(), now);
        units.replace(version.id, language, text);
        version.articleCount = articleCount(text);
        changes.record(event, editor, "draft.created", Map.of("draftId", draft.id, "version", 1,
                "language", language, "units", text.size(), "title", Map.copyOf(title)));
        return DraftResponse.of(draft, List.of(version), true);
    }

    /** Replaces (or adds) one language's text of the version being edited; units link to the others by key. */
    @Transactional
    public TextReplaced replaceText(String slug, long id, int number, DraftTextUploadRequest request,
                                    String editor) {
        Event event = access.lockedForEdit(slug);
        Draft draft = find(event, id);
        DraftVersion version = editing(draft, number);
        FieldErrors errors = new FieldErrors();
        String language = languageOf(request.language(), "language", errors);
        errors.throwIfAny(422);
        return replaced(event, draft, version, language, DraftImport.read(request.file()), editor);
    }

    /** For the demo seed: one language's text from a text file, read exactly as an upload is. */
    @Transactional
    public TextReplaced replaceTextFromFile(String slug, long id, int number, String language, String fileName,
                                                 byte[] content, String actor) {
        Event event = access.lockedForEdit(slug);
        Draft draft = find(event, id);
        return replaced(event, draft, editing(draft, number), language, DraftImport.read(fileName, null, content),
                actor);
    }

    private TextReplaced replaced(Event event, Draft draft, DraftVersion version, String language,
                                  List<DraftUnit> text, String editor) {
        int number = version.number;
        units.replace(version.id, language, text);
        boolean added = !version.languages.contains(language);
        if (added) {
            List<String> languages = new ArrayList<>(version.languages);
            languages.add(language);
            version.languages = languages;
        }
        version.articleCount = Math.max(articleCount(text), version.articleCount);
        touched(draft, event, editor, "draft.text-replaced", Map.of("draftId", draft.id, "version", number,
                "language", language, "units", text.size()));
        return new TextReplaced(textOf(draft, version, language, true), added);
    }

    /** Corrects one unit; its key and its children's keys follow the new number. */
    @Transactional
    public UnitResponse editUnit(String slug, long id, int number, String key, String language, UnitRequest request,
                                 String editor) {
        Event event = access.lockedForEdit(slug);
        Draft draft = find(event, id);
        DraftVersion version = editing(draft, number);
        String lang = languageIn(version, language);
        DraftUnit changed = unitOf(request);
        List<DraftUnit> text = new ArrayList<>(units.units(version.id, lang));
        int index = indexOf(text, key);
        text.set(index, new DraftUnit(null, null, changed.kind(), changed.number(), changed.heading(), changed.text(),
                0, text.get(index).revisedIn()));
        List<DraftUnit> placed = DraftStructure.placed(text);
        units.replace(version.id, lang, placed);
        version.articleCount = articleCount(placed);
        DraftUnit result = placed.get(index);
        touched(draft, event, editor, "draft.unit-edited", Map.of("draftId", draft.id, "version", number,
                "language", lang, "key", key, "newKey", result.key()));
        Map<String, Set<String>> keys = units.keysByLanguage(version.id);
        List<String> translations = keys.entrySet().stream()
                .filter(e -> !e.getKey().equals(lang) && e.getValue().contains(result.key()))
                .map(Map.Entry::getKey).sorted().toList();
        return UnitResponse.of(result, index, translations);
    }

    /** Removes a unit with everything inside it. */
    @Transactional
    public void deleteUnit(String slug, long id, int number, String key, String language, String editor) {
        Event event = access.lockedForEdit(slug);
        Draft draft = find(event, id);
        DraftVersion version = editing(draft, number);
        String lang = languageIn(version, language);
        List<DraftUnit> text = new ArrayList<>(units.units(version.id, lang));
        int index = indexOf(text, key);
        int depth = text.get(index).depth();
        int end = index + 1;
        while (end < text.size() && text.get(end).depth() > depth) {
            end++;
        }
        int removed = end - index;
        text.subList(index, end).clear();
        List<DraftUnit> placed = DraftStructure.placed(text);
        units.replace(version.id, lang, placed);
        version.articleCount = articleCount(placed);
        touched(draft, event, editor, "draft.unit-removed", Map.of("draftId", draft.id, "version", number,
                "language", lang, "key", key, "units", removed));
    }

    /** Freezes the version being edited and makes it public; every unit learns in which version it last changed. */
    @Transactional
    public DraftResponse publish(String slug, long id, int number, String editor) {
        Event event = access.lockedForEdit(slug);
        Draft draft = find(event, id);
        DraftVersion version = editing(draft, number);
        DraftVersion previous = number > 1 ? versions.find(draft.id, number - 1).orElse(null) : null;
        Map<String, List<DraftUnit>> texts = new LinkedHashMap<>();
        for (String language : version.languages) {
            texts.put(language, units.units(version.id, language));
        }
        if (texts.values().stream().allMatch(List::isEmpty)) {
            throw unprocessable("units", "Version " + number + " has no text to publish.",
                    "the version has no units; import a text first");
        }
        texts.forEach((language, text) -> {
            Map<String, DraftUnit> before = previous == null ? Map.of()
                    : byKey(units.units(previous.id, language));
            List<DraftUnit> revised = text.stream().map(unit -> {
                DraftUnit old = before.get(unit.key());
                boolean same = old != null && old.wording().equals(unit.wording()) && old.revisedIn() != null;
                return unit.revisedIn(same ? old.revisedIn() : Integer.valueOf(number));
            }).toList();
            units.replace(version.id, language, revised);
        });
        version.status = DraftVersionStatus.PUBLISHED;
        version.publishedAt = clock.instant();
        touched(draft, event, editor, "draft.version-published", Map.of("draftId", draft.id, "version", number));
        return DraftResponse.of(draft, versions.ofDraft(draft.id), true);
    }

    /** A new version to edit, copying the newest published one's units in every language, keys and all. */
    @Transactional
    public DraftResponse startVersion(String slug, long id, NewVersionRequest request, String editor) {
        Event event = access.lockedForEdit(slug);
        Draft draft = find(event, id);
        FieldErrors errors = new FieldErrors();
        Map<String, String> note = multilingual(request == null ? null : request.changeNote(), "changeNote",
                CHANGE_NOTE_MAX, errors);
        errors.throwIfAny(422);
        List<DraftVersion> all = versions.ofDraft(draft.id);
        if (all.stream().anyMatch(v -> !v.isPublished())) {
            throw ProblemException.conflict("version-editing", "Version " + all.get(0).number
                    + " is still being edited; publish it first.");
        }
        DraftVersion base = all.stream().filter(DraftVersion::isPublished).findFirst()
                .orElseThrow(() -> ProblemException.conflict("no-published-version", "No version is published yet."));
        DraftVersion version = newVersion(draft, base.number + 1, base.languages, note, clock.instant());
        version.articleCount = base.articleCount;
        units.copy(base.id, version.id);
        touched(draft, event, editor, "draft.version-started", Map.of("draftId", draft.id, "version",
                version.number, "from", base.number));
        return DraftResponse.of(draft, versions.ofDraft(draft.id), true);
    }

    @Transactional
    public Read<DiffResponse> diff(String slug, long id, Integer from, Integer to, String language, boolean staff) {
        Event event = access.visible(slug, staff);
        Draft draft = visibleDraft(event, id, staff);
        FieldErrors errors = new FieldErrors();
        if (from == null) {
            errors.add("from", "is required: a version number");
        }
        if (to == null) {
            errors.add("to", "is required: a version number");
        }
        if (from != null && to != null && from >= to) {
            errors.add("from", "must be a version before 'to'");
        }
        errors.throwIfAny(422);
        DraftVersion older = visibleVersion(draft, from, staff, "from");
        DraftVersion newer = visibleVersion(draft, to, staff, "to");
        String lang = languageIn(newer, older, language);
        List<DiffResponse.UnitDiff> changed = DraftComparison.changes(units.units(older.id, lang),
                units.units(newer.id, lang));
        return new Read<>(new DiffResponse(from, to, lang, changed), event.isPublic(),
                older.isPublished() && newer.isPublished());
    }

    @Transactional
    public Read<TableResponse> table(String slug, long id, int number, String language, boolean staff) {
        Event event = access.visible(slug, staff);
        Draft draft = visibleDraft(event, id, staff);
        DraftVersion version = visibleVersion(draft, number, staff, "version");
        return new Read<>(tableOf(draft, version, language), event.isPublic(), false);
    }

    @Transactional
    public TableFile tableDocx(String slug, long id, int number, String language, boolean staff) {
        Event event = access.visible(slug, staff);
        Draft draft = visibleDraft(event, id, staff);
        DraftVersion version = visibleVersion(draft, number, staff, "version");
        TableResponse rows = tableOf(draft, version, language);
        byte[] content = TableDocx.write(draft, rows);
        String fileName = event.slug + "-draft-" + draft.id + "-v" + number + "-table-" + rows.language() + ".docx";
        return new TableFile(content, fileName, event.isPublic());
    }

    /** Fills one row's justification and linked recommendations, before or after the version is published. */
    @Transactional
    public TableResponse.Row saveRow(String slug, long id, int number, String key, String language,
                                     TableRowRequest request, String editor) {
        Event event = access.lockedForEdit(slug);
        Draft draft = find(event, id);
        DraftVersion version = visibleVersion(draft, number, true, "version");
        FieldErrors errors = new FieldErrors();
        Map<String, String> justification = multilingual(request == null ? null : request.justification(),
                "justification", JUSTIFICATION_MAX, errors);
        List<Long> recommendations = request == null || request.recommendationIds() == null ? List.of()
                : request.recommendationIds();
        if (recommendations.size() > RECOMMENDATIONS_MAX) {
            errors.add("recommendationIds", "must list at most " + RECOMMENDATIONS_MAX + " recommendations");
        }
        if (recommendations.stream().anyMatch(r -> r == null || r <= 0)) {
            errors.add("recommendationIds", "must be positive recommendation ids");
        }
        errors.throwIfAny(422);
        TableResponse current = tableOf(draft, version, language);
        TableResponse.Row row = current.rows().stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new ProblemException(Problem.of("not-found", "Not found", 404, "'" + key
                        + "' is not a unit that changed in version " + number + ".")));
        List<Long> ids = recommendations.stream().distinct().toList();
        table.save(version.id, key, new DraftTableRepository.Row(justification, ids), clock.instant(), editor);
        touched(draft, event, editor, "draft.table-row-saved", Map.of("draftId", draft.id, "version", number,
                "key", key, "recommendationIds", ids));
        return new TableResponse.Row(row.key(), row.articleKey(), row.number(), row.change(), row.before(),
                row.after(), justification, ids);
    }

    private List<DraftSummaryResponse> summaries(Event event, boolean staff) {
        List<Draft> list = drafts.ofEvent(event.id);
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DraftVersion>> byDraft = versions.ofDrafts(list.stream().map(d -> d.id).toList()).stream()
                .collect(Collectors.groupingBy(v -> v.draftId));
        return list.stream().map(d -> DraftSummaryResponse.of(d, byDraft.getOrDefault(d.id, List.of()), staff))
                .filter(s -> staff || s.currentVersion() != null).toList();
    }

    private DraftTextResponse textOf(Draft draft, DraftVersion version, String language, boolean staff) {
        String lang = languageIn(version, language);
        List<DraftUnitRepository.Linked> linked = units.linkedUnits(version.id, lang);
        List<UnitResponse> shown = new ArrayList<>(linked.size());
        for (int i = 0; i < linked.size(); i++) {
            shown.add(UnitResponse.of(linked.get(i).unit(), i, linked.get(i).translations()));
        }
        List<DraftWarning> warnings = staff
                ? warningsOf(version, lang, linked.stream().map(DraftUnitRepository.Linked::unit).toList()) : null;
        return new DraftTextResponse(draft.id, version.number, version.status, lang, List.copyOf(version.languages),
                draft.demonstration, draft.title, shown, warnings);
    }

    private List<DraftWarning> warningsOf(DraftVersion version, String language, List<DraftUnit> text) {
        List<DraftWarning> warnings = new ArrayList<>(DraftStructure.warnings(text));
        Map<String, Set<String>> keys = units.keysByLanguage(version.id);
        Set<String> own = keys.getOrDefault(language, Set.of());
        keys.forEach((other, theirs) -> {
            if (other.equals(language)) {
                return;
            }
            own.stream().filter(k -> !theirs.contains(k)).forEach(k -> warnings.add(
                    new DraftWarning(k, "key", "has no counterpart in the " + other + " text")));
            theirs.stream().filter(k -> !own.contains(k)).forEach(k -> warnings.add(
                    new DraftWarning(k, "key", "is in the " + other + " text but not in this one")));
        });
        return warnings.size() > WARNINGS_MAX ? List.copyOf(warnings.subList(0, WARNINGS_MAX)) : warnings;
    }

    private TableResponse tableOf(Draft draft, DraftVersion version, String language) {
        if (version.number < 2) {
            throw unprocessable("version", "Version 1 has no previous version to compare with.",
                    "must be 2 or later: version 1 has no previous version");
        }
        DraftVersion previous = versions.find(draft.id, version.number - 1)
                .orElseThrow(() -> new IllegalStateException("Draft " + draft.id + " lacks a version before "
                        + version.number));
        String lang = languageIn(version, previous, language);
        Map<String, DraftTableRepository.Row> filled = table.rows(version.id);
        List<TableResponse.Row> rows = DraftComparison.changes(units.units(previous.id, lang),
                units.units(version.id, lang)).stream().map(change -> {
                    DraftTableRepository.Row row = filled.getOrDefault(change.key(), DraftTableRepository.Row.EMPTY);
                    return new TableResponse.Row(change.key(), change.articleKey(), change.number(), change.change(),
                            change.before(), change.after(), row.justification(), row.recommendationIds());
                }).toList();
        return new TableResponse(draft.id, version.number, previous.number, lang, rows);
    }

    private void touched(Draft draft, Event event, String editor, String action, Map<String, Object> detail) {
        draft.updatedAt = clock.instant();
        changes.record(event, editor, action, detail);
    }

    private DraftVersion newVersion(Draft draft, int number, List<String> languages, Map<String, String> note,
                                    Instant now) {
        DraftVersion version = new DraftVersion();
        version.draftId = draft.id;
        version.number = number;
        version.status = DraftVersionStatus.EDITING;
        version.languages = new ArrayList<>(languages);
        version.changeNote = new HashMap<>(note);
        version.createdAt = now;
        versions.persist(version);
        return version;
    }

    private Draft find(Event event, long id) {
        return drafts.inEvent(event.id, id).orElseThrow(() -> ProblemException.notFound("Draft", String.valueOf(id)));
    }

    /** The public see a draft once a version of it is published. */
    private Draft visibleDraft(Event event, long id, boolean staff) {
        Draft draft = find(event, id);
        if (!staff && versions.ofDraft(draft.id).stream().noneMatch(DraftVersion::isPublished)) {
            throw ProblemException.notFound("Draft", String.valueOf(id));
        }
        return draft;
    }

    /** A version the caller may see; a missing or hidden one is a 422 naming {@code field} when it is a query. */
    private DraftVersion visibleVersion(Draft draft, int number, boolean staff, String field) {
        DraftVersion version = versions.find(draft.id, number).filter(v -> staff || v.isPublished()).orElse(null);
        if (version != null) {
            return version;
        }
        if (field.equals("version")) {
            throw ProblemException.notFound("Version", String.valueOf(number));
        }
        throw unprocessable(field, "Draft " + draft.id + " has no version " + number + ".",
                "is not a version of this draft");
    }

    private DraftVersion editing(Draft draft, int number) {
        DraftVersion version = versions.find(draft.id, number)
                .orElseThrow(() -> ProblemException.notFound("Version", String.valueOf(number)));
        if (version.isPublished()) {
            throw ProblemException.conflict("version-published", "Version " + number
                    + " is published and can no longer change; start a new version.");
        }
        return version;
    }

    /** The requested language, or the version's first; 404 when the version has no text in it. */
    private static String languageIn(DraftVersion version, String language) {
        return languageIn(version, version, language);
    }

    private static String languageIn(DraftVersion newer, DraftVersion older, String language) {
        if (language == null || language.isBlank()) {
            return newer.languages.isEmpty() ? "ru" : newer.languages.get(0);
        }
        if (!ContentLanguage.isSupported(language)) {
            throw unprocessable("language", "Unknown language.", "must be kk, ru or en");
        }
        if (!newer.languages.contains(language) && !older.languages.contains(language)) {
            throw new ProblemException(Problem.of("not-found", "Not found", 404, "Version " + newer.number
                    + " has no text in " + language + "."));
        }
        return language;
    }

    private static ProblemException unprocessable(String field, String detail, String message) {
        return new ProblemException(Problem.of("validation", "Invalid request", 422, detail)
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }

    private static int indexOf(List<DraftUnit> text, String key) {
        for (int i = 0; i < text.size(); i++) {
            if (text.get(i).key().equals(key)) {
                return i;
            }
        }
        throw ProblemException.notFound("Unit", key);
    }

    private static Map<String, DraftUnit> byKey(List<DraftUnit> text) {
        return text.stream().collect(Collectors.toMap(DraftUnit::key, Function.identity(), (a, b) -> a));
    }

    private static int articleCount(List<DraftUnit> text) {
        return (int) text.stream().filter(u -> u.kind() == UnitKind.ARTICLE).count();
    }

    private static DraftUnit unitOf(UnitRequest request) {
        FieldErrors errors = new FieldErrors();
        if (request == null) {
            errors.add("kind", "is required").throwIfAny(422);
        }
        UnitKind kind = null;
        try {
            kind = request.kind() == null ? null : UnitKind.valueOf(request.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == null) {
            errors.add("kind", "must be one of PART, CHAPTER, ARTICLE, PARAGRAPH, SUBPOINT, TEXT");
        }
        String number = clean(request.number());
        String heading = clean(request.heading());
        String text = request.text() == null ? "" : PlainText.normalise(request.text()).strip();
        if (number != null && number.length() > DraftImport.NUMBER_MAX) {
            errors.add("number", "must be at most " + DraftImport.NUMBER_MAX + " characters");
        } else if (kind != null && !LegalNumbering.fits(kind, number)) {
            errors.add("number", kind == UnitKind.TEXT ? "must be empty for an unnumbered text"
                    : "must contain the unit's number, such as \"Статья 12\", \"12-бап\", \"3.\" or \"а)\"");
        }
        if (heading != null && heading.length() > DraftImport.HEADING_MAX) {
            errors.add("heading", "must be at most " + DraftImport.HEADING_MAX + " characters");
        }
        if (text.length() > DraftImport.TEXT_MAX) {
            errors.add("text", "must be at most " + DraftImport.TEXT_MAX + " characters");
        }
        errors.throwIfAny(422);
        return DraftUnit.unplaced(kind, number, heading, text);
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String text = PlainText.normalise(value).replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    private static Map<String, String> titleOf(Map<String, String> given, FieldErrors errors) {
        Map<String, String> title = new HashMap<>();
        given.forEach((language, value) -> {
            String text = clean(value);
            String field = "title" + Character.toUpperCase(language.charAt(0)) + language.substring(1);
            if (text != null && text.length() > TITLE_MAX) {
                errors.add(field, "must be at most " + TITLE_MAX + " characters");
            } else if (text != null) {
                title.put(language, text);
            }
        });
        if (title.isEmpty() && given.values().stream().allMatch(v -> clean(v) == null)) {
            errors.add("titleRu", "needs a title in at least one of titleKk, titleRu, titleEn");
        }
        return title;
    }

    private static Map<String, String> multilingual(Map<String, String> given, String field, int max,
                                                    FieldErrors errors) {
        Map<String, String> texts = new HashMap<>();
        if (given == null) {
            return texts;
        }
        given.forEach((language, value) -> {
            String text = value == null ? "" : PlainText.normalise(value).strip();
            if (!ContentLanguage.isSupported(language)) {
                errors.add(field + "." + language, "is not a content language (kk, ru, en)");
            } else if (text.length() > max) {
                errors.add(field + "." + language, "must be at most " + max + " characters");
            } else if (!text.isEmpty()) {
                texts.put(language, text);
            }
        });
        return texts;
    }

    private static String languageOf(String language, String field, FieldErrors errors) {
        String code = language == null ? "" : language.strip();
        if (!ContentLanguage.isSupported(code)) {
            errors.add(field, code.isEmpty() ? "is required: kk, ru or en" : "must be kk, ru or en");
        }
        return code;
    }

    private static boolean flagOf(String value, FieldErrors errors) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on")) {
            return true;
        }
        errors.add("demonstration", "must be true or false");
        return false;
    }
}
