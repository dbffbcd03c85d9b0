package org.pikir.events.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.pikir.events.agenda.AgendaItemRepository;
import org.pikir.events.common.Reordering;
import org.pikir.events.event.Event;
import org.pikir.events.event.EventAccess;
import org.pikir.events.history.EventChanges;
import org.pikir.events.participant.ParticipantRepository;
import org.pikir.platform.problem.ProblemException;
import org.pikir.platform.text.ContentLanguage;
import org.pikir.platform.text.PlainText;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class StatementService {

    private final EventAccess access;
    private final StatementRepository statements;
    private final ParticipantRepository participants;
    private final AgendaItemRepository agenda;
    private final EventChanges changes;
    private final Clock clock;

    public StatementService(EventAccess access, StatementRepository statements, ParticipantRepository participants,
                            AgendaItemRepository agenda, EventChanges changes, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.statements = statements;
        this.participants = participants;
        this.agenda = agenda;
        this.changes = changes;
    }

    @Transactional
    public List<StatementResponse> list(String slug, boolean callerEdits) {
        Event event = access.visible(slug, callerEdits);
        return statements.ofEvent(event.id).stream().map(s -> StatementResponse.from(s, slug)).toList();
    }

    @Transactional
    public StatementResponse get(String slug, long id, boolean callerEdits) {
        Event event = access.visible(slug, callerEdits);
        return StatementResponse.from(find(event, id), slug);
    }

    @Transactional
    public StatementResponse add(String slug, StatementRequest request, String editor) {
        Event event = access.editable(slug);
        Statement statement = new Statement();
        statement.eventId = event.id;
        statement.sortOrder = (int) statements.count("eventId", event.id);
        statement.createdAt = clock.instant();
        statement.kind = request.kind() == null ? StatementKind.QUOTE : request.kind();
        apply(event, request, statement);
        statements.persist(statement);
        changes.record(event, editor, "statement.added", Map.of("statementId", statement.id));
        return StatementResponse.from(statement, slug);
    }

    @Transactional
    public StatementResponse edit(String slug, long id, StatementRequest request, String editor) {
        Event event = access.editable(slug);
        Statement statement = find(event, id);
        String before = statement.text;
        apply(event, request, statement);
        changes.record(event, editor, "statement.edited",
                Map.of("statementId", id, "textChanged", !before.equals(statement.text)));
        return StatementResponse.from(statement, slug);
    }

    @Transactional
    public void remove(String slug, long id, String editor) {
        Event event = access.editable(slug);
        statements.delete(find(event, id));
        changes.record(event, editor, "statement.removed", Map.of("statementId", id));
    }

    @Transactional
    public List<StatementResponse> reorder(String slug, List<Long> ids, String editor) {
        Event event = access.editable(slug);
        Reordering.apply(statements.ofEvent(event.id), ids, s -> s.id, (s, position) -> s.sortOrder = position);
        changes.record(event, editor, "statements.reordered", Map.of("order", ids));
        return statements.ofEvent(event.id).stream().map(s -> StatementResponse.from(s, slug)).toList();
    }

    private Statement find(Event event, long id) {
        return statements.inEvent(event.id, id).orElseThrow(() -> ProblemException.notFound("Statement", String.valueOf(id)));
    }

    private void apply(Event event, StatementRequest request, Statement statement) {
        if (participants.inEvent(event.id, request.participantId()).isEmpty()) {
            throw ProblemException.invalidField("participantId", "is not a participant of this event");
        }
        if (request.agendaItemId() != null && agenda.inEvent(event.id, request.agendaItemId()).isEmpty()) {
            throw ProblemException.invalidField("agendaItemId", "is not a session of this event");
        }
        statement.participantId = request.participantId();
        statement.agendaItemId = request.agendaItemId();
        statement.text = PlainText.normalise(request.text());
        statement.language = request.language();
        if (request.kind() != null) {
            statement.kind = request.kind();
        }
        if (statement.translations.containsKey(statement.language)) {
            // a translation into what is now the original's language would stand in for the original
            Map<String, String> translations = new HashMap<>(statement.translations);
            translations.remove(statement.language);
            statement.translations = translations;
        }
    }

    @Transactional
    public StatementResponse translate(String slug, long id, String language, String text, String editor) {
        Event event = access.editable(slug);
        Statement statement = find(event, id);
        requireTranslatable(statement, language);
        String before = statement.translations.get(language);
        Map<String, String> translations = new HashMap<>(statement.translations);
        translations.put(language, PlainText.normalise(text));
        statement.translations = translations;
        changes.record(event, editor, "statement.translated",
                Map.of("statementId", id, "language", language, "replaced", before != null));
        return StatementResponse.from(statement, slug);
    }

    @Transactional
    public void removeTranslation(String slug, long id, String language, String editor) {
        Event event = access.editable(slug);
        Statement statement = find(event, id);
        if (!statement.translations.containsKey(language)) {
            throw ProblemException.notFound("Translation", id + "/" + language);
        }
        Map<String, String> translations = new HashMap<>(statement.translations);
        translations.remove(language);
        statement.translations = translations;
        changes.record(event, editor, "statement.translation-removed", Map.of("statementId", id, "language", language));
    }

    private static void requireTranslatable(Statement statement, String language) {
        if (!ContentLanguage.isSupported(language)) {
            throw ProblemException.invalidField("language", "must be kk, ru or en");
        }
        if (language.equals(statement.language)) {
            throw ProblemException.invalidField("language", "is the statement's original language; edit the statement instead");
        }
    }
}
