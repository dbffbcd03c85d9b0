package org.pikir.events.material;

/** A read answer and whether its event is public, which decides whether shared caches may keep it. */
record MaterialRead<T>(T body, boolean publicEvent) {
}
