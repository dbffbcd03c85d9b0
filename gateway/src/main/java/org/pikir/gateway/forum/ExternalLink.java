package org.pikir.gateway.forum;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A link to another site, shown with its host so readers know where it leads; only http and https. */
public record ExternalLink(String url, String host) {

    /** Null unless {@code url} is an absolute http or https address with a host. */
    static ExternalLink of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return null;
            }
            return new ExternalLink(uri.toString(), uri.getHost());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
