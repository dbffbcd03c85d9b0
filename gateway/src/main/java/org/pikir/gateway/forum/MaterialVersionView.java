package org.pikir.gateway.forum;

import org.pikir.gateway.web.DisplayFormats;

import java.time.ZoneId;

/** One version of a material on its versions page: when, why, and the file or link of that version. */
public record MaterialVersionView(int version, boolean current, String timeIso, String timeText, String changeNote,
                                  FileView file, ExternalLink link) {

    static MaterialVersionView of(MaterialVersionResponse version, int currentVersion, ZoneId zone,
                                  ForumLabels labels) {
        return new MaterialVersionView(version.version(), version.version() == currentVersion,
                version.createdAt() == null ? "" : version.createdAt().toString(),
                DisplayFormats.dateTime(version.createdAt(), zone, labels.lang()),
                version.changeNote() == null || version.changeNote().isBlank() ? null : version.changeNote(),
                FileView.of(version.file(), labels), ExternalLink.of(version.link()));
    }

    public String anchor() {
        return "version-" + version;
    }
}
