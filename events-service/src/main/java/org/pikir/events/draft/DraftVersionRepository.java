package org.pikir.events.draft;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DraftVersionRepository implements PanacheRepository<DraftVersion> {

    /** Every version of a draft, newest first. */
    public List<DraftVersion> ofDraft(long draftId) {
        return find("draftId = ?1 order by number desc", draftId).list();
    }

    /** Every version of these drafts in one query, newest first: what a list of drafts needs. */
    public List<DraftVersion> ofDrafts(Collection<Long> draftIds) {
        return draftIds.isEmpty() ? List.of()
                : find("draftId in ?1 order by draftId, number desc", draftIds).list();
    }

    public Optional<DraftVersion> find(long draftId, int number) {
        return find("draftId = ?1 and number = ?2", draftId, number).firstResultOptional();
    }
}
