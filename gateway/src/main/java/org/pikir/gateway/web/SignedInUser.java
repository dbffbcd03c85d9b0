package org.pikir.gateway.web;

import java.util.Set;

/**
 * Who is signed in to the browser session: the name shown, the account's user name (which staff
 * actions are recorded under), the realm roles of their access token, and that token, which the
 * gateway calls services with on their behalf.
 */
public record SignedInUser(String displayName, String username, String accessToken, Set<String> roles) {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Set<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + " " + roles + "]";
    }
}
