package org.pikir.gateway.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import org.pikir.platform.text.ContentLanguage;

import java.util.List;
import java.util.Locale;

/** The interface language: {@code ?lang=}, else the {@code pikir_lang} cookie, else Accept-Language, else Russian. */
public final class UiLanguage {

    public static final String COOKIE = "pikir_lang";
    public static final String QUERY_PARAMETER = "lang";
    public static final String DEFAULT = "ru";
    public static final List<String> CODES = ContentLanguage.CODES;

    private UiLanguage() {
    }

    public static String choose(String query, String cookie, String acceptLanguage) {
        if (isSupported(query)) {
            return query;
        }
        if (isSupported(cookie)) {
            return cookie;
        }
        return fromAcceptLanguage(acceptLanguage);
    }

    /** The language of a request, from its query parameter, cookie and Accept-Language header. */
    public static String of(RoutingContext request) {
        Cookie cookie = request.request().getCookie(COOKIE);
        return choose(request.queryParams().get(QUERY_PARAMETER), cookie == null ? null : cookie.getValue(),
                request.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    public static boolean isSupported(String code) {
        return code != null && ContentLanguage.isSupported(code);
    }

    public static Locale locale(String code) {
        return Locale.forLanguageTag(code);
    }

    /** The name of a language in that language, as language switches show it. */
    public static String nativeName(String code) {
        return switch (code) {
            case "kk" -> "Қазақша";
            case "ru" -> "Русский";
            case "en" -> "English";
            default -> code;
        };
    }

    private static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(header), CODES);
            return tag == null ? DEFAULT : tag;
        } catch (IllegalArgumentException e) {
            return DEFAULT;
        }
    }
}
