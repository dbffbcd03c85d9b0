package org.pikir.gateway.admin;

import org.pikir.gateway.web.ForbiddenPageException;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.SignInRequiredException;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.gateway.web.UiLanguage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Small things every admin form does with what was sent: ids, trimming, and the refusals no form can fix. */
public final class AdminForms {

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,6}");

    private AdminForms() {
    }

    /** A positive id from a path or form; null for anything else. */
    public static Long id(String value) {
        return value != null && ID.matcher(value.strip()).matches() ? Long.valueOf(value.strip()) : null;
    }

    public static Long count(String value) {
        return value != null && COUNT.matcher(value).matches() ? Long.valueOf(value) : null;
    }

    /** Whether {@code value} is one of {@code allowed}; null never is (immutable collections refuse to look for null). */
    static boolean oneOf(java.util.Collection<String> allowed, String value) {
        return value != null && allowed.contains(value);
    }

    public static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** The texts of a multilingual field ({@code name.kk}, {@code name.ru}, {@code name.en}) that are not empty. */
    public static Map<String, String> texts(Form form, String name) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String lang : UiLanguage.CODES) {
            if (!form.value(name + "." + lang).isEmpty()) {
                texts.put(lang, form.value(name + "." + lang));
            }
        }
        return texts;
    }

    /** Fills a multilingual field's inputs ({@code name.kk} …) from what a service holds. */
    public static Form withTexts(Form form, String name, Map<String, String> texts) {
        for (String lang : UiLanguage.CODES) {
            form.with(name + "." + lang, texts == null ? null : texts.get(lang));
        }
        return form;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A session that ran out signs in again; a role the service does not grant is the 403 page. */
    public static void throwIfSessionOrRole(ServiceAnswer.Refused<?> refused, String next, SignedInUser user) {
        if (refused.status() == 401) {
            throw new SignInRequiredException(next);
        }
        if (refused.status() == 403) {
            throw new ForbiddenPageException("A service refused " + user.username() + " at " + next);
        }
    }
}
