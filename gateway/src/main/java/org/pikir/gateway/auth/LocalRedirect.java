package org.pikir.gateway.auth;

import java.net.URI;
import java.net.URISyntaxException;

/** Where a "next" parameter may send the browser: only to a path on this site. */
final class LocalRedirect {

    private static final int MAX_LENGTH = 500;
    private static final URI HOME = URI.create("/");

    private LocalRedirect() {
    }

    static URI safe(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH || next.charAt(0) != '/') {
            return HOME;
        }
        // "//host" and "/\host" are read by browsers as another site
        if (next.startsWith("//") || next.indexOf('\\') >= 0
                || next.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            return HOME;
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? uri : HOME;
        } catch (URISyntaxException e) {
            return HOME;
        }
    }
}
