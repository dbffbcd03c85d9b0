package org.pikir.gateway.proxy;

import java.net.URI;

/** One running copy of a service: where it listens, and its own circuit breaker. */
record Replica(URI url, BackendCircuit circuit) {

    String host() {
        return url.getHost();
    }

    int port() {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return ssl() ? 443 : 80;
    }

    boolean ssl() {
        return "https".equalsIgnoreCase(url.getScheme());
    }
}
