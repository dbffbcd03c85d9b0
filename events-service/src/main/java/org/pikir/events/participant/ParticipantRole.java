package org.pikir.events.participant;

public enum ParticipantRole {
    SPEAKER,
    MODERATOR,
    EXPERT,
    GUEST
}
