package org.pikir.gateway.proxy;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Which headers cross the gateway: all but the hop-by-hop ones (RFC 9110 section 7.6.1) and the session cookie. */
final class ForwardedHeaders {

    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
            "te", "trailer", "transfer-encoding", "upgrade");

    private ForwardedHeaders() {
    }

    /**
     * The headers to send to a service. The Host header stays so that services build links to the
     * gateway; cookies stay behind because the gateway's session id is a credential the services must not see.
     */
    static MultiMap request(HttpServerRequest in, String relayedAccessToken) {
        MultiMap out = MultiMap.caseInsensitiveMultiMap();
        Set<String> dropped = droppedBy(in.headers());
        dropped.add("cookie");
        // the gateway answers 100-continue itself, the service reads a body that is already on its way
        dropped.add("expect");
        in.headers().forEach(header -> {
            if (!dropped.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                out.add(header.getKey(), header.getValue());
            }
        });
        if (relayedAccessToken != null) {
            out.set(HttpHeaders.AUTHORIZATION, "Bearer " + relayedAccessToken);
        }
        String client = in.remoteAddress() == null ? null : in.remoteAddress().hostAddress();
        if (client != null) {
            String earlier = in.getHeader("X-Forwarded-For");
            out.set("X-Forwarded-For", earlier == null ? client : earlier + ", " + client);
        }
        out.set("X-Forwarded-Proto", in.scheme());
        if (in.authority() != null) {
            out.set("X-Forwarded-Host", in.authority().toString());
        }
        return out;
    }

    /** The headers to send back to the caller: everything the service said except hop-by-hop headers. */
    static void response(MultiMap fromService, MultiMap toCaller) {
        Set<String> dropped = droppedBy(fromService);
        fromService.forEach(header -> {
            if (!dropped.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                toCaller.add(header.getKey(), header.getValue());
            }
        });
    }

    private static Set<String> droppedBy(MultiMap headers) {
        Set<String> dropped = new TreeSet<>(HOP_BY_HOP);
        // a Connection header may name further headers that apply to this hop only
        for (String connection : headers.getAll(HttpHeaders.CONNECTION)) {
            for (String token : connection.split(",")) {
                if (!token.isBlank()) {
                    dropped.add(token.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return dropped;
    }
}
