package org.pikir.gateway.draft;

import org.pikir.gateway.forum.LocalizedText;

import java.util.List;

/**
 * A row of the comparative table as the page shows it: the structural unit (linked to it in the new version), its
 * previous and new wording, the justification in the visitor's language (or another) and the recommendations it
 * answers.
 */
public record TableRowView(String key, String number, String change, String changeLabel, String href, String before,
                           String after, LocalizedText justification, List<Link> recommendations) {

    public record Link(String label, String href) {
    }
}
