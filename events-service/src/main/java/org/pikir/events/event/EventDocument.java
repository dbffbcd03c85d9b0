package org.pikir.events.event;

/**
 * The whole event as served: its JSON, written once, and the strong entity tag of exactly those bytes
 * (their SHA-256, as every public read of Pikir tags its answers).
 * {@code version} is the event's version the bytes were read at.
 */
public record EventDocument(int version, boolean isPublic, byte[] json, String etag) {
}
