package org.pikir.events.agenda;

public enum AgendaItemKind {
    OPENING,
    PANEL,
    EXPERT_DISCUSSION,
    CLOSING,
    OTHER
}
