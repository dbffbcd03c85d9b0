package org.pikir.feedback.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** Of events-service's answer on a draft document, what feedback needs: which versions a citizen can comment on. */
@JsonIgnoreProperties(ignoreUnknown = true)
record DraftDescription(Long id, Integer currentVersion, List<Version> versions) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Version(int number, String status) {
    }

    /** Whether version {@code number} is published: the only versions the public reads and comments on. */
    boolean published(int number) {
        if (versions == null) {
            return currentVersion != null && number <= currentVersion;
        }
        return versions.stream().anyMatch(v -> v.number() == number && "PUBLISHED".equals(v.status()));
    }
}
