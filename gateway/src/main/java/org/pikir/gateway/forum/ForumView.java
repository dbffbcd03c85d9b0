package org.pikir.gateway.forum;

/** A forum's own page, everything already in the visitor's language where a translation exists. */
public record ForumView(String slug, LocalizedText title, LocalizedText summary, String city, String venue,
                        String organiser, String source, String sourceUrl, String dateIso, String dateText,
                        ConsultationView consultation) {

    public String path() {
        return "/forums/" + slug;
    }
}
