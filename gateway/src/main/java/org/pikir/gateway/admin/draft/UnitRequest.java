package org.pikir.gateway.admin.draft;

/** A unit's structure as corrected in the editor: events-service recomputes its key from the number. */
public record UnitRequest(String kind, String number, String heading, String text) {
}
