package org.pikir.gateway.proxy;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import org.pikir.platform.web.RequestIds;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small shared cache (RFC 9111, the part Pikir needs) for anonymous GETs whose answer a service
 * marked {@code public, max-age=N}: published forums and their lists. Entries live for N seconds but
 * at most {@code maxAge}, so an edit shows within that time; requests with credentials or cookies,
 * and requests that ask for a fresh answer ({@code Cache-Control: no-cache}), always reach the service.
 */
final class SharedCache {

    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age=(\\d+)");

    /** One stored answer; the headers exclude hop-by-hop ones and the request id. */
    record Entry(MultiMap headers, Buffer body, String etag, long storedNanos, long expiresNanos) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final long maxBodyBytes;
    private final long maxAgeNanos;
    private final LongSupplier nanoClock;

    SharedCache(int maxEntries, long maxBodyBytes, Duration maxAge, LongSupplier nanoClock) {
        this.maxEntries = maxEntries;
        this.maxBodyBytes = maxBodyBytes;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoClock = nanoClock;
    }

    boolean enabled() {
        return maxEntries > 0 && maxAgeNanos > 0;
    }

    /** Whether this request may be answered from, and its answer kept in, the shared cache. */
    boolean applies(HttpServerRequest in) {
        if (!enabled() || in.method() != HttpMethod.GET) {
            return false;
        }
        MultiMap headers = in.headers();
        if (headers.contains(HttpHeaders.AUTHORIZATION) || headers.contains(HttpHeaders.COOKIE)) {
            return false;
        }
        String cacheControl = lower(headers.get(HttpHeaders.CACHE_CONTROL));
        String pragma = lower(headers.get("Pragma"));
        return !cacheControl.contains("no-cache") && !cacheControl.contains("no-store")
                && !cacheControl.contains("max-age=0") && !pragma.contains("no-cache");
    }

    static String key(String path, String query) {
        return query == null ? path : path + "?" + query;
    }

    /** The fresh entry for this key, if any. */
    Entry fresh(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (nanoClock.getAsLong() - entry.expiresNanos() >= 0) {
            entries.remove(key, entry);
            return null;
        }
        return entry;
    }

    /** Seconds the entry has been kept, for the Age header. */
    long ageSeconds(Entry entry) {
        return Duration.ofNanos(nanoClock.getAsLong() - entry.storedNanos()).toSeconds();
    }

    /** Whether a service's answer may be kept: 200, public with a max-age, no cookie, no Vary, not encoded, not too big. */
    boolean storable(HttpClientResponse answer) {
        MultiMap headers = answer.headers();
        String cacheControl = lower(headers.get(HttpHeaders.CACHE_CONTROL));
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        return answer.statusCode() == 200
                && cacheControl.contains("public") && maxAgeSeconds(cacheControl) > 0
                && !cacheControl.contains("private") && !cacheControl.contains("no-store")
                && !cacheControl.contains("no-cache")
                && !headers.contains(HttpHeaders.SET_COOKIE) && !headers.contains(HttpHeaders.VARY)
                // an encoding chosen for one caller's Accept-Encoding must not reach another
                && lower(headers.get(HttpHeaders.CONTENT_ENCODING)).replace("identity", "").isEmpty()
                && length != null && length.matches("\\d{1,18}") && Long.parseLong(length) <= maxBodyBytes;
    }

    /** Whether an If-None-Match header names this entity tag (weak comparison, RFC 9110 section 13.1.2). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        String wanted = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || opaque(tag).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** Keeps an answer that {@link #storable} allowed; a full cache first drops what expired, else keeps nothing new. */
    void store(String key, MultiMap forwardedHeaders, Buffer body) {
        long now = nanoClock.getAsLong();
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> now - e.expiresNanos() >= 0);
            if (entries.size() >= maxEntries) {
                return;
            }
        }
        long lifetime = Math.min(Duration.ofSeconds(maxAgeSeconds(lower(forwardedHeaders.get(HttpHeaders.CACHE_CONTROL))))
                .toNanos(), maxAgeNanos);
        MultiMap kept = MultiMap.caseInsensitiveMultiMap().addAll(forwardedHeaders);
        kept.remove(RequestIds.HEADER);
        entries.put(key, new Entry(kept, body, kept.get(HttpHeaders.ETAG), now, now + lifetime));
    }

    private static long maxAgeSeconds(String cacheControl) {
        Matcher m = MAX_AGE.matcher(cacheControl);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
