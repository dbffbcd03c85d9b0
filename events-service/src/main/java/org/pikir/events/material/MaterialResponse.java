package org.pikir.events.material;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A material with its current version: {@code file} or {@code link}, the other null. {@code versions}
 * (newest first) appears only when one material is read.
 */
public record MaterialResponse(
        Long id,
        MaterialKind kind,
        Map<String, String> title,
        String language,
        int currentVersion,
        MaterialFileResponse file,
        String link,
        Instant createdAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<MaterialVersionResponse> versions) {

    static MaterialResponse of(String eventSlug, Material material, StoredVersion current) {
        return withVersions(eventSlug, material, current, null);
    }

    static MaterialResponse withVersions(String eventSlug, Material material, StoredVersion current,
                                         List<StoredVersion> history) {
        String address = address(eventSlug, material.id);
        MaterialFileResponse file = current.isFile() ? file(current, address + "/file") : null;
        List<MaterialVersionResponse> versions = history == null ? null : history.stream()
                .map(v -> new MaterialVersionResponse(v.version(), v.changeNote(), v.createdAt(),
                        v.isFile() ? file(v, address + "/versions/" + v.version() + "/file") : null, v.linkUrl()))
                .toList();
        // titles in a fixed key order, so every instance answers with the same bytes and ETag
        return new MaterialResponse(material.id, material.kind, new TreeMap<>(material.title), material.language,
                material.currentVersion, file, current.linkUrl(), material.createdAt, material.updatedAt, versions);
    }

    static String address(String eventSlug, long materialId) {
        return "/api/events/" + eventSlug + "/materials/" + materialId;
    }

    private static MaterialFileResponse file(StoredVersion version, String url) {
        return new MaterialFileResponse(version.fileName(), version.mediaType(), version.sizeBytes(), version.sha256(), url);
    }
}
