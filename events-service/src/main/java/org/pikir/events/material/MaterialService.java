package org.pikir.events.material;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.pikir.events.common.Reordering;
import org.pikir.events.event.Event;
import org.pikir.events.event.EventAccess;
import org.pikir.events.event.EventRepository;
import org.pikir.events.history.EventChanges;
import org.pikir.platform.problem.Problem;
import org.pikir.platform.problem.ProblemException;
import org.pikir.platform.text.ContentLanguage;
import org.pikir.platform.text.PlainText;
import org.pikir.platform.web.ConditionalGet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Materials of events: public reads that never load file bytes they do not serve, and editors' changes with history. */
@ApplicationScoped
public class MaterialService {

    static final int TITLE_MAX = 300;
    static final int CHANGE_NOTE_MAX = 500;
    static final int FILE_NAME_MAX = 200;
    static final int LINK_MAX = 2000;

    private final EventAccess access;
    private final EventRepository events;
    private final MaterialRepository materials;
    private final MaterialVersionRepository versions;
    private final EventChanges changes;
    private final MaterialConfig config;
    private final Clock clock;

    public MaterialService(EventAccess access, EventRepository events, MaterialRepository materials,
                           MaterialVersionRepository versions, EventChanges changes, MaterialConfig config, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.events = events;
        this.materials = materials;
        this.versions = versions;
        this.changes = changes;
        this.config = config;
    }

    /** The event's live materials with their current versions: two queries however many there are, no file bytes. */
    @Transactional
    public List<MaterialResponse> listFor(Event event) {
        if (event.id == null) {
            return List.of();
        }
        List<Material> live = materials.ofEvent(event.id);
        if (live.isEmpty()) {
            return List.of();
        }
        Map<Long, StoredVersion> current = versions.currentOfEvent(event.id);
        return live.stream().map(m -> MaterialResponse.of(event.slug, m, current.get(m.id))).toList();
    }

    @Transactional
    public MaterialRead<List<MaterialResponse>> list(String slug, boolean callerEdits) {
        Event event = access.visible(slug, callerEdits);
        return new MaterialRead<>(listFor(event), event.isPublic());
    }

    @Transactional
    public MaterialRead<MaterialResponse> get(String slug, long id, boolean callerEdits) {
        Event event = access.visible(slug, callerEdits);
        return new MaterialRead<>(detail(event, find(event, id)), event.isPublic());
    }

    /** The description of the current file ({@code version} null) or of one version's file. */
    @Transactional
    public MaterialFile file(String slug, long id, Integer version, boolean callerEdits) {
        Event event = access.visible(slug, callerEdits);
        Material material = find(event, id);
        int number = version == null ? material.currentVersion : version;
        StoredVersion stored = versions.find(material.id, number).orElseThrow(() -> new ProblemException(
                Problem.of("not-found", "Not found", 404, "Material " + id + " has no version " + number + ".")));
        if (!stored.isFile()) {
            throw new ProblemException(Problem.of("not-a-file", "Not a file", 404, "Version " + number + " of material "
                    + id + " is a link to " + stored.linkUrl() + ", not a file to download."));
        }
        return new MaterialFile(stored.id(), stored.fileName(), stored.mediaType(), stored.sizeBytes(), stored.sha256(),
                event.isPublic());
    }

    @Transactional
    public byte[] content(MaterialFile file) {
        return versions.content(file.versionId());
    }

    @Transactional
    public MaterialResponse add(String slug, MaterialUploadRequest request, String editor) {
        Event event = lockedForEdit(slug);
        FieldErrors errors = new FieldErrors();
        MaterialKind kind = kindOf(request.kind(), errors);
        Map<String, String> title = titleOf(request.title(), errors);
        String language = languageOf(request.language(), errors);
        String note = changeNoteOf(request.changeNote(), false, errors);
        Source source = sourceOf(request.file(), request.link(), errors);
        errors.throwIfAny();
        return detail(event, create(event, kind, title, language, load(source), note, editor));
    }

    @Transactional
    public MaterialResponse addVersion(String slug, long id, MaterialVersionRequest request, String editor) {
        Event event = lockedForEdit(slug);
        Material material = find(event, id);
        FieldErrors errors = new FieldErrors();
        String note = changeNoteOf(request.changeNote(), true, errors);
        Source source = sourceOf(request.file(), request.link(), errors);
        errors.throwIfAny();
        VersionContent content = load(source);
        Instant now = now();
        material.currentVersion++;
        material.updatedAt = now;
        storeVersion(material, content, note, editor, now);
        Map<String, Object> detail = describe(material, content);
        detail.put("changeNote", note);
        changes.record(event, editor, "material.version-added", detail);
        return detail(event, material);
    }

    /** Changes kind, title and language; the content and its versions stay as they are. */
    @Transactional
    public MaterialResponse edit(String slug, long id, MaterialMetadataRequest request, String editor) {
        Event event = lockedForEdit(slug);
        Material material = find(event, id);
        FieldErrors errors = new FieldErrors();
        MaterialKind kind = kindOf(request.kind(), errors);
        Map<String, String> title = titleOf(request.title(), errors);
        String language = languageOf(request.language(), errors);
        errors.throwIfAny();
        Map<String, Object> changed = new LinkedHashMap<>();
        noteChange(changed, "kind", material.kind.name(), kind.name());
        noteChange(changed, "title", new TreeMap<>(material.title), new TreeMap<>(title));
        noteChange(changed, "language", material.language, language);
        material.kind = kind;
        material.title = new HashMap<>(title);
        material.language = language;
        if (!changed.isEmpty()) {
            material.updatedAt = now();
            changes.record(event, editor, "material.edited", Map.of("materialId", material.id, "fields", changed));
        }
        return detail(event, material);
    }

    /** A new order of the live materials, given as every one of their ids. */
    @Transactional
    public List<MaterialResponse> reorder(String slug, List<Long> ids, String editor) {
        Event event = lockedForEdit(slug);
        Reordering.apply(materials.ofEvent(event.id), ids, m -> m.id, (m, position) -> m.sortOrder = position);
        changes.record(event, editor, "materials.reordered", Map.of("order", ids));
        return listFor(event);
    }

    @Transactional
    public void remove(String slug, long id, String editor) {
        Event event = lockedForEdit(slug);
        Material material = find(event, id);
        material.removedAt = now();
        material.updatedAt = material.removedAt;
        changes.record(event, editor, "material.removed", Map.of("materialId", material.id));
    }

    /** For the demo seed and imports: a file material, checked exactly as an upload is. */
    @Transactional
    public MaterialResponse addFile(Event event, MaterialKind kind, Map<String, String> title, String language,
                                    String fileName, String mediaType, byte[] content, String changeNote, String actor) {
        Objects.requireNonNull(kind, "kind");
        FieldErrors errors = new FieldErrors();
        Map<String, String> titles = titleOf(title, errors);
        String lang = languageOf(language, errors);
        String note = changeNoteOf(changeNote, false, errors);
        String name = fileNameOf(fileName);
        if (name == null) {
            errors.add("file", "needs a file name");
        }
        if (content == null || content.length == 0) {
            errors.add("file", "is empty");
        }
        errors.throwIfAny();
        return detail(event, create(event, kind, titles, lang, checkedFile(name, mediaType, content), note, actor));
    }

    private static void noteChange(Map<String, Object> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.put(field, Map.of("from", String.valueOf(before), "to", String.valueOf(after)));
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private Material create(Event event, MaterialKind kind, Map<String, String> title, String language,
                            VersionContent content, String note, String actor) {
        Instant now = now();
        Material material = new Material();
        material.eventId = event.id;
        material.kind = kind;
        material.title = title;
        material.language = language;
        material.currentVersion = 1;
        material.sortOrder = materials.nextSortOrder(event.id);
        material.createdAt = now;
        material.updatedAt = now;
        materials.persist(material);
        storeVersion(material, content, note, actor, now);
        Map<String, Object> detail = describe(material, content);
        detail.put("kind", kind.name());
        changes.record(event, actor, "material.added", detail);
        return material;
    }

    private void storeVersion(Material material, VersionContent content, String note, String actor, Instant now) {
        MaterialVersion version = new MaterialVersion();
        version.materialId = material.id;
        version.version = material.currentVersion;
        version.changeNote = note;
        version.fileName = content.fileName();
        version.mediaType = content.mediaType();
        version.content = content.bytes();
        version.sizeBytes = content.bytes() == null ? null : (long) content.bytes().length;
        version.sha256 = content.sha256();
        version.linkUrl = content.link();
        version.createdAt = now;
        version.createdBy = actor;
        versions.persist(version);
    }

    private MaterialResponse detail(Event event, Material material) {
        List<StoredVersion> history = versions.history(material.id);
        StoredVersion current = history.stream().filter(v -> v.version() == material.currentVersion).findFirst()
                .orElseThrow(() -> new IllegalStateException("Material " + material.id + " lacks its current version"));
        return MaterialResponse.withVersions(event.slug, material, current, history);
    }

    private Material find(Event event, long id) {
        return materials.inEvent(event.id, id).orElseThrow(() -> ProblemException.notFound("Material", String.valueOf(id)));
    }

    /** Locks the event row first, so edits of one event run one after another and its version never conflicts. */
    private Event lockedForEdit(String slug) {
        events.find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        return access.editable(slug);
    }

    private static Map<String, Object> describe(Material material, VersionContent content) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("materialId", material.id);
        detail.put("version", material.currentVersion);
        if (content.link() != null) {
            detail.put("link", content.link());
        } else {
            detail.put("fileName", content.fileName());
            detail.put("sha256", content.sha256());
        }
        return detail;
    }

    /** An uploaded file or a link, checked for presence and form but not yet read. */
    private record Source(FileUpload upload, String fileName, String link) {
    }

    private static Source sourceOf(FileUpload file, String link, FieldErrors errors) {
        boolean hasLink = link != null && !link.isBlank();
        if (file == null && !hasLink) {
            errors.add("file", "give a file or a link").add("link", "give a link or a file");
            return null;
        }
        if (file != null && hasLink) {
            errors.add("link", "give either a file or a link, not both");
            return null;
        }
        if (hasLink) {
            String url = httpsUrl(link);
            if (url == null) {
                errors.add("link", "must be an https:// address of at most " + LINK_MAX + " characters");
            }
            return new Source(null, null, url);
        }
        String name = fileNameOf(file.fileName());
        if (name == null) {
            errors.add("file", "needs a file name");
        } else if (file.size() == 0) {
            errors.add("file", "is empty");
        }
        return new Source(file, name, null);
    }

    private VersionContent load(Source source) {
        if (source.link() != null) {
            return VersionContent.link(source.link());
        }
        long max = config.maxSize().asLongValue();
        // refuse before reading a large upload into memory
        if (source.upload().size() > max) {
            throw tooLarge(source.upload().size(), max);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source.upload().uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("An uploaded file could not be read", e);
        }
        return checkedFile(source.fileName(), source.upload().contentType(), bytes);
    }

    private VersionContent checkedFile(String fileName, String declaredType, byte[] bytes) {
        long max = config.maxSize().asLongValue();
        if (bytes.length > max) {
            throw tooLarge(bytes.length, max);
        }
        String mediaType = AcceptedFileTypes.mediaTypeOf(fileName, declaredType, bytes);
        return VersionContent.file(fileName, mediaType, bytes, ConditionalGet.sha256(bytes));
    }

    private static ProblemException tooLarge(long size, long max) {
        return new ProblemException(Problem.of("payload-too-large", "Payload too large", 413,
                "The file is " + megabytes(size) + "; a material may be at most " + megabytes(max) + "."));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static MaterialKind kindOf(String kind, FieldErrors errors) {
        if (kind == null || kind.isBlank()) {
            errors.add("kind", "is required: one of " + MaterialKind.names());
            return null;
        }
        return MaterialKind.parse(kind.strip().toUpperCase(Locale.ROOT)).orElseGet(() -> {
            errors.add("kind", "must be one of " + MaterialKind.names());
            return null;
        });
    }

    private static Map<String, String> titleOf(Map<String, String> given, FieldErrors errors) {
        Map<String, String> title = new HashMap<>();
        boolean invalid = false;
        for (Map.Entry<String, String> entry : given == null ? Map.<String, String>of().entrySet() : given.entrySet()) {
            String field = "title." + entry.getKey();
            String text = entry.getValue() == null ? "" : PlainText.normalise(entry.getValue()).replaceAll("\\s+", " ");
            if (!ContentLanguage.isSupported(entry.getKey())) {
                errors.add(field, "is not a content language (kk, ru, en)");
                invalid = true;
            } else if (text.length() > TITLE_MAX) {
                errors.add(field, "must be at most " + TITLE_MAX + " characters");
                invalid = true;
            } else if (!text.isEmpty()) {
                title.put(entry.getKey(), text);
            }
        }
        if (title.isEmpty() && !invalid) {
            errors.add("title", "needs a text in at least one of title.kk, title.ru, title.en");
        }
        return title;
    }

    private static String languageOf(String language, FieldErrors errors) {
        String code = language == null ? "" : language.strip();
        if (!ContentLanguage.isSupported(code)) {
            errors.add("language", code.isEmpty() ? "is required: kk, ru or en" : "must be kk, ru or en");
        }
        return code;
    }

    private static String changeNoteOf(String note, boolean required, FieldErrors errors) {
        String text = note == null ? "" : PlainText.normalise(note);
        if (text.isEmpty()) {
            if (required) {
                errors.add("changeNote", "is required: say what changed in this version");
            }
            return null;
        }
        if (text.length() > CHANGE_NOTE_MAX) {
            errors.add("changeNote", "must be at most " + CHANGE_NOTE_MAX + " characters");
        }
        return text;
    }

    /** The name without any client path, control characters or excess length; null when nothing is left. */
    static String fileNameOf(String raw) {
        if (raw == null) {
            return null;
        }
        // browsers on Windows may send the full path of the file
        String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        name = PlainText.normalise(name).replaceAll("\\s+", " ");
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            return null;
        }
        if (name.length() > FILE_NAME_MAX) {
            String extension = AcceptedFileTypes.extensionOf(name);
            name = extension.length() > 10 ? name.substring(0, FILE_NAME_MAX)
                    : name.substring(0, FILE_NAME_MAX - extension.length() - 1).strip() + "." + extension;
        }
        return name;
    }

    static String httpsUrl(String raw) {
        try {
            URI uri = new URI(raw.strip());
            boolean https = "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
                    && !uri.getHost().isBlank() && uri.getRawUserInfo() == null;
            String address = uri.toASCIIString();
            return https && address.length() <= LINK_MAX ? address : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
