package org.pikir.gateway.forum;

/** The codes the services use (reasons, statuses, kinds, roles) in words of the visitor's language, for the admin console. */
public final class CodeLabels {

    private CodeLabels() {
    }

    /** A flag's or moderator's reason ({@code SPAM}, {@code OFF_TOPIC} …). */
    public static String reason(String code, String lang) {
        return ForumLabels.in(lang).reason(code);
    }

    /** A recommendation's review status ({@code UNDER_REVIEW} …). */
    public static String status(String code, String lang) {
        return ForumLabels.in(lang).recommendationStatus(code);
    }

    public static String eventKind(String code, String lang) {
        return ForumLabels.in(lang).eventKind(code);
    }

    public static String eventFormat(String code, String lang) {
        return ForumLabels.in(lang).eventFormat(code);
    }

    public static String role(String code, String lang) {
        return ForumLabels.in(lang).role(code);
    }

    public static String materialKind(String code, String lang) {
        return ForumLabels.in(lang).materialKind(code);
    }

    public static String sessionKind(String code, String lang) {
        return ForumLabels.in(lang).sessionKind(code);
    }

    /** "In Russian" and so on. */
    public static String inLanguage(String code, String lang) {
        return ForumLabels.in(lang).inLanguage(code);
    }
}
