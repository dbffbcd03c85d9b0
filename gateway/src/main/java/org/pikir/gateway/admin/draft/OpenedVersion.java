package org.pikir.gateway.admin.draft;

import org.pikir.gateway.admin.EditedForum;
import org.pikir.gateway.web.UiLanguage;

import java.util.List;

/** The forum, draft, version and language of text one request of the draft console is about. */
record OpenedVersion(EditedForum forum, DraftResponse draft, DraftResponse.Version version, String language) {

    long draftId() {
        return draft.id();
    }

    int number() {
        return version.number();
    }

    /** The version's structure editor. */
    String href() {
        return DraftConsole.versionHref(forum, draft.id(), version.number());
    }

    /** Back to the version after a change: {@code done} says what was done, on the page the editor was on. */
    String back(String done, int page) {
        return href() + "?done=" + done + "&language=" + language + (page > 1 ? "&page=" + page : "");
    }

    /** Links to the page at {@code base} in each of the version's languages, the one shown marked. */
    List<VersionView.Link> languageLinks(String base) {
        List<String> languages = version.languages().isEmpty() ? draft.languages() : version.languages();
        return languages.stream().map(l -> new VersionView.Link(UiLanguage.nativeName(l), base + "?language=" + l,
                l.equals(language))).toList();
    }
}
