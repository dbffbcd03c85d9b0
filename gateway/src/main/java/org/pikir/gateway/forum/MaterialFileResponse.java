package org.pikir.gateway.forum;

/** A stored file; {@code url} is an /api address the gateway forwards to events-service. */
public record MaterialFileResponse(String name, String mediaType, long size, String sha256, String url) {
}
