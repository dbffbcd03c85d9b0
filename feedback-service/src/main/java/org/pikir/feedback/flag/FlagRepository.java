package org.pikir.feedback.flag;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.pikir.feedback.common.ItemType;

import java.util.Optional;

@ApplicationScoped
public class FlagRepository implements PanacheRepository<Flag> {

    public Optional<Flag> byFlagger(ItemType type, long targetId, String subject) {
        return find("targetType = ?1 and targetId = ?2 and flaggerSubject = ?3", type, targetId, subject)
                .firstResultOptional();
    }
}
