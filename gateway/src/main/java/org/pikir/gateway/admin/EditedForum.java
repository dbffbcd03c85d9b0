package org.pikir.gateway.admin;

import org.pikir.gateway.forum.EventResponse;
import org.pikir.gateway.forum.LocalizedText;
import org.pikir.gateway.web.SignedInUser;

import java.time.ZoneId;

/** A forum as one of its editors opened it for one request: who, which forum, the page's language, its time zone. */
public record EditedForum(SignedInUser user, EventResponse event, String lang, ZoneId zone) {

    public String slug() {
        return event.slug();
    }

    /** The forum's editing page. */
    public String href() {
        return ForumEditorPages.pathOf(event.slug());
    }

    public String title() {
        String title = LocalizedText.pick(event.title(), lang).text();
        return title.isEmpty() ? event.slug() : title;
    }

    /** The forum's time zone, e.g. {@code Asia/Almaty}: the one its times are typed in. */
    public String zoneId() {
        return zone.getId();
    }

    public boolean draft() {
        return "DRAFT".equals(event.status());
    }

    public boolean archived() {
        return "ARCHIVED".equals(event.status());
    }

    AdminMessages adm() {
        return AdminNav.messages(lang);
    }

    EditorMessages ed() {
        return ForumEditing.editorMessages(lang);
    }
}
