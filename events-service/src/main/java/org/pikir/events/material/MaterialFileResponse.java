package org.pikir.events.material;

/** A stored file as the public sees it; {@code url} downloads exactly these bytes. */
public record MaterialFileResponse(String name, String mediaType, long size, String sha256, String url) {
}
