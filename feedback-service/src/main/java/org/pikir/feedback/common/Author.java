package org.pikir.feedback.common;

/**
 * The signed-in citizen behind a request: the token subject for ownership, and the public
 * pseudonym from their profile, which is never the e-mail address or the Keycloak id.
 * {@code org.pikir.feedback.account.Profiles#signedIn} makes one from a token.
 */
public record Author(String subject, String displayName) {

    /** Stands in for the author of an item whose author erased their data; no token has this subject. */
    public static final String ERASED_SUBJECT = "erased";
    /** The name shown for such an item; a chosen display name can never be this. */
    public static final String ERASED_NAME = "[deleted]";
    /** What the public answers say of such an item in place of its text ({@code "removed": "by-author"}). */
    public static final String REMOVED_BY_AUTHOR = "by-author";

    /** Whether the item of this author subject lost its text and name when its author erased their data. */
    public static boolean erased(String authorSubject) {
        return ERASED_SUBJECT.equals(authorSubject);
    }
}
