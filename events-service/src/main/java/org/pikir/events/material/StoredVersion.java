package org.pikir.events.material;

import java.time.Instant;

/** A version's description as stored, without its bytes: what listings and download headers need. */
record StoredVersion(Long id, Long materialId, int version, String changeNote, String fileName, String mediaType,
                     Long sizeBytes, String sha256, String linkUrl, Instant createdAt) {

    boolean isFile() {
        return linkUrl == null;
    }
}
