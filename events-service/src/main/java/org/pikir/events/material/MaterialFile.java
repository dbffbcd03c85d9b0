package org.pikir.events.material;

/** What a download needs before it loads the bytes: enough to answer 304 without touching them. */
record MaterialFile(long versionId, String fileName, String mediaType, long size, String sha256, boolean publicEvent) {

    /** Text was checked to be UTF-8 on upload, so say so rather than let clients guess. */
    String contentType() {
        return mediaType.startsWith("text/") ? mediaType + "; charset=utf-8" : mediaType;
    }
}
