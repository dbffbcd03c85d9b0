package org.pikir.gateway.forum;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A forum's material at its current version: a file or a link; {@code versions} only when one material is read. */
public record MaterialResponse(Long id, String kind, Map<String, String> title, String language, int currentVersion,
                               MaterialFileResponse file, String link, Instant createdAt, Instant updatedAt,
                               List<MaterialVersionResponse> versions) {

    public MaterialResponse {
        versions = versions == null ? List.of() : versions;
    }
}
