package org.pikir.gateway.admin;

import java.util.Set;

/** The parts of the admin console and the realm roles that may use each. */
public enum StaffArea {
    CONSOLE(Set.of("moderator", "editor", "admin")),
    MODERATION(Set.of("moderator", "admin")),
    REVIEW(Set.of("moderator", "admin")),
    FORUMS(Set.of("editor", "admin")),
    /** The reports with overdue answers and staff exports, which feedback-service gives moderators and administrators. */
    REPORTS(Set.of("moderator", "admin")),
    /** A forum's analysis: themes, tagging, campaigns (feedback-service's analysis endpoints allow the same roles). */
    ANALYSIS(Set.of("moderator", "admin"));

    private final Set<String> roles;

    StaffArea(Set<String> roles) {
        this.roles = roles;
    }

    public Set<String> roles() {
        return roles;
    }
}
