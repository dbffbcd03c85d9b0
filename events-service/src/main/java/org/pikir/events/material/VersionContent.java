package org.pikir.events.material;

/** The checked content of a new version: a file with its server-computed description, or a link. */
record VersionContent(String fileName, String mediaType, byte[] bytes, String sha256, String link) {

    static VersionContent file(String fileName, String mediaType, byte[] bytes, String sha256) {
        return new VersionContent(fileName, mediaType, bytes, sha256, null);
    }

    static VersionContent link(String url) {
        return new VersionContent(null, null, null, null, url);
    }
}
