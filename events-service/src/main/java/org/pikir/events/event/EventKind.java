package org.pikir.events.event;

public enum EventKind {
    FORUM,
    HEARING,
    ROUND_TABLE
}
