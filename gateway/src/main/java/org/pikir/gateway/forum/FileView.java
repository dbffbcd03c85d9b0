package org.pikir.gateway.forum;

/** A downloadable file: its name, its size in words and the address it downloads from through the gateway. */
public record FileView(String name, String sizeText, String url) {

    /** Null when there is no file, or its address is not one of this site's /api addresses. */
    static FileView of(MaterialFileResponse file, ForumLabels labels) {
        if (file == null) {
            return null;
        }
        return new FileView(file.name() == null ? "" : file.name(), labels.size(file.size()), localApi(file.url()));
    }

    public boolean downloadable() {
        return url != null;
    }

    // a file is only ever offered from the gateway's own /api proxy, never from an address the data names
    private static String localApi(String url) {
        return url != null && url.startsWith("/api/events/") && !url.contains("..") && !url.contains("\\") ? url : null;
    }
}
