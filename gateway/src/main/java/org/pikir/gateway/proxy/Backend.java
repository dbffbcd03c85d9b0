package org.pikir.gateway.proxy;

import io.vertx.core.http.HttpClient;

import java.net.URI;

/** One service behind the gateway: its name for logs and health, where it lives, how to reach it. */
record Backend(String name, URI url, HttpClient client, BackendCircuit circuit) {

    String host() {
        return url.getHost();
    }

    int port() {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    boolean ssl() {
        return "https".equalsIgnoreCase(url.getScheme());
    }
}
