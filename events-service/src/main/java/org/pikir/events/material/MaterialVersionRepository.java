package org.pikir.events.material;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.query.NativeQuery;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Versions are read as {@link StoredVersion} projections; file bytes only by {@link #content(long)}. */
@ApplicationScoped
public class MaterialVersionRepository implements PanacheRepository<MaterialVersion> {

    private static final String SELECT_STORED = "select new " + StoredVersion.class.getName()
            + "(v.id, v.materialId, v.version, v.changeNote, v.fileName, v.mediaType, v.sizeBytes, v.sha256,"
            + " v.linkUrl, v.createdAt) from MaterialVersion v ";

    /** The current version of each of the event's materials, by material id, in one query. */
    Map<Long, StoredVersion> currentOfEvent(long eventId) {
        return getEntityManager().createQuery(SELECT_STORED
                        + "join Material m on m.id = v.materialId"
                        + " where m.eventId = ?1 and m.removedAt is null and v.version = m.currentVersion",
                        StoredVersion.class)
                .setParameter(1, eventId)
                .getResultStream()
                .collect(Collectors.toMap(StoredVersion::materialId, Function.identity()));
    }

    /** Every version of a material, newest first. */
    List<StoredVersion> history(long materialId) {
        return getEntityManager().createQuery(SELECT_STORED + "where v.materialId = ?1 order by v.version desc",
                        StoredVersion.class)
                .setParameter(1, materialId)
                .getResultList();
    }

    Optional<StoredVersion> find(long materialId, int version) {
        return getEntityManager().createQuery(SELECT_STORED + "where v.materialId = ?1 and v.version = ?2",
                        StoredVersion.class)
                .setParameter(1, materialId)
                .setParameter(2, version)
                .getResultStream()
                .findFirst();
    }

    byte[] content(long versionId) {
        return getEntityManager().createQuery("select v.content from MaterialVersion v where v.id = ?1", byte[].class)
                .setParameter(1, versionId)
                .getSingleResult();
    }

    record TextHead(String language, byte[] bytes) {
    }

    /** The first {@code maxBytes} of the current version of each live text material of the event. */
    @SuppressWarnings("unchecked")
    List<TextHead> currentTextHeads(long eventId, List<String> mediaTypes, int maxBytes) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select m.language, substring(v.content from 1 for :maxBytes)
                          from material m
                          join material_version v on v.material_id = m.id and v.version = m.current_version
                         where m.event_id = :eventId and m.removed_at is null and v.media_type in (:mediaTypes)
                         order by m.sort_order, m.id""")
                .setParameter("eventId", eventId)
                .setParameter("mediaTypes", mediaTypes)
                .setParameter("maxBytes", maxBytes)
                // flush pending materials of this transaction first: the index is rebuilt right after a change
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(Material.class)
                .addSynchronizedEntityClass(MaterialVersion.class)
                .getResultList();
        return rows.stream().map(row -> new TextHead((String) row[0], (byte[]) row[1])).toList();
    }
}
