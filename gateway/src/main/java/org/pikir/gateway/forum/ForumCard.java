package org.pikir.gateway.forum;

/** A forum in the home page's list. */
public record ForumCard(String slug, LocalizedText title, String city, String dateIso, String dateText,
                        ConsultationView consultation) {

    public String href() {
        return "/forums/" + slug;
    }
}
