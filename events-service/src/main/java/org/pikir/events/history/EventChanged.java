package org.pikir.events.history;

/** Fired inside the transaction of every editorial change, so whatever keeps the event's answers can drop them. */
public record EventChanged(long eventId) {
}
