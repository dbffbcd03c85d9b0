package org.pikir.events.statement;

import jakarta.enterprise.context.ApplicationScoped;
import org.pikir.events.event.Event;
import org.pikir.events.participant.Participant;
import org.pikir.events.participant.ParticipantRepository;
import org.pikir.events.search.SearchContributor;
import org.pikir.events.search.SearchDocument;

/**
 * Statements are searchable in their language and their translations' languages; participants by name (the Latin
 * spelling too), position and organisation.
 */
@ApplicationScoped
public class StatementSearchContributor implements SearchContributor {

    private final StatementRepository statements;
    private final ParticipantRepository participants;

    public StatementSearchContributor(StatementRepository statements, ParticipantRepository participants) {
        this.statements = statements;
        this.participants = participants;
    }

    @Override
    public void contribute(Event event, SearchDocument document) {
        if (event.id == null) {
            return;
        }
        for (Statement statement : statements.ofEvent(event.id)) {
            document.add(statement.language, statement.text).addAll(statement.translations);
        }
        for (Participant participant : participants.ofEvent(event.id)) {
            document.add("ru", participant.name).add("kk", participant.name).add("en", participant.latinName)
                    .addAll(participant.position).addAll(participant.organisation);
        }
    }
}
