package org.pikir.gateway.web;

/** Who is signed in to the browser session, and the access token the gateway calls services with on their behalf. */
public record SignedInUser(String displayName, String accessToken) {

    @Override
    public String toString() {
        return "SignedInUser[" + displayName + "]";
    }
}
