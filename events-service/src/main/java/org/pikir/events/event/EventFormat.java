package org.pikir.events.event;

public enum EventFormat {
    IN_PERSON,
    ONLINE,
    HYBRID
}
