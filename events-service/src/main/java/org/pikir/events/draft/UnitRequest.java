package org.pikir.events.draft;

/** An editor's correction of one unit of a version being edited. */
public record UnitRequest(String kind, String number, String heading, String text) {
}
