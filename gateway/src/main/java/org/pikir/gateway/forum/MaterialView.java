package org.pikir.gateway.forum;

/** A material on the forum page: title, kind, language, the file to download or the link to follow. */
public record MaterialView(long id, LocalizedText title, String kindLabel, String lang, String languageLabel,
                           int currentVersion, FileView file, ExternalLink link, String versionsHref,
                           String commentHref) {

    static MaterialView of(String slug, MaterialResponse material, ForumLabels labels) {
        String path = ForumView.pathOf(slug);
        return new MaterialView(material.id(), LocalizedText.pick(material.title(), labels.lang()),
                labels.materialKind(material.kind()), material.language(), labels.inLanguage(material.language()),
                material.currentVersion(), FileView.of(material.file(), labels), ExternalLink.of(material.link()),
                path + "/materials/" + material.id(),
                path + "?material=" + material.id() + "#comment-form");
    }

    public String anchor() {
        return "material-" + id;
    }

    /** Neither a file that can be downloaded nor a link that can be followed. */
    public boolean unavailable() {
        return (file == null || !file.downloadable()) && link == null;
    }
}
