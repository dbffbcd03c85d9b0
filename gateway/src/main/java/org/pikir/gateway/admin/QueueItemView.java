package org.pikir.gateway.admin;

import org.pikir.gateway.web.Choice;

import java.util.List;

/**
 * One item of the moderation queue as the page shows it, with its own decision form: the actions
 * its visibility allows, and what the moderator typed and got wrong when the form comes back.
 * {@code fieldId} ("comment-12") makes the ids of its fields unique on the page.
 */
public record QueueItemView(String key, String fieldId, String type, long id, String typeLabel, String forumTitle,
                            String forumHref, String title, String text, String lang, String author, String timeIso,
                            String timeText, String visibilityLabel, String flagsText, List<Choice> actions,
                            boolean selected, String reason, String note, String reasonError, String noteError,
                            SpamScore spam, String campaignText, String campaignHref) {

    public String reasonId() {
        return "reason-" + fieldId;
    }

    public String noteId() {
        return "note-" + fieldId;
    }

    public String action() {
        return ModerationPages.PATH + "/items/" + type + "/" + id;
    }
}
