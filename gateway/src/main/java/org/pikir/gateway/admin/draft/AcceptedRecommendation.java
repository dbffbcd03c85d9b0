package org.pikir.gateway.admin.draft;

/**
 * An accepted recommendation on an article of a draft, as feedback-service lists it: what the table editor offers
 * to link to a row and to fill its justification from.
 */
public record AcceptedRecommendation(Long id, String title, String language, String status, Long draftId,
                                     String article, String proposedWording, OfficialAnswer officialAnswer) {

    public record OfficialAnswer(String text) {
    }

    /** The words a justification takes from it: the official answer, else its title. */
    public String justification() {
        return officialAnswer != null && officialAnswer.text() != null && !officialAnswer.text().isBlank()
                ? officialAnswer.text().strip() : title == null ? "" : title.strip();
    }
}
