package org.pikir.events.event;

public enum EventStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
