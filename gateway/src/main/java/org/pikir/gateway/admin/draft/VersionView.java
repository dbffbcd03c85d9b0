package org.pikir.gateway.admin.draft;

import org.pikir.gateway.admin.ForumRows;
import org.pikir.gateway.web.Choice;

import java.util.List;

/**
 * One version of a draft as its editor shows it, in one language: the versions to switch to, the languages, the
 * warnings linking to their units, one page of units, and the addresses of the forms.
 */
public record VersionView(long draftId, String title, boolean demonstration, int number, boolean editing,
                          String language, String href, List<Link> versions, List<Link> languages,
                          List<WarningRow> warnings, ForumRows.Listing<UnitRow> units, List<Choice> kinds,
                          List<Choice> allLanguages, String publicHref, String tableHref, String publishHref,
                          boolean canStartVersion, String draftsHref) {

    /** A link to another version or language, the current one marked. */
    public record Link(String label, String href, boolean current) {
    }

    /** A warning and, when its unit is in this language, the link to the field at fault. */
    public record WarningRow(String text, String href) {
    }

    /** One unit and its form: {@code id} is the prefix of its fields' ids, the unit's own is {@code unit-<key>}. */
    public record UnitRow(String key, String kind, String kindLabel, String number, String heading, String text,
                          int depth, String legend, String action, String removeHref) {

        public String id() {
            return "unit-" + key;
        }
    }
}
