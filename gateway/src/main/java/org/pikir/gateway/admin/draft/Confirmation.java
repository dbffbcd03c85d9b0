package org.pikir.gateway.admin.draft;

/** What a confirmation page asks about: the thing, what the action means, where the form goes and where "cancel" leads. */
public record Confirmation(String heading, String subject, String consequence, String button, boolean warning,
                           String action, String cancelHref) {
}
