package org.pikir.gateway.forum;

import java.time.Instant;

/** One version of a material: a file or a link, and why it changed. */
public record MaterialVersionResponse(int version, String changeNote, Instant createdAt, MaterialFileResponse file,
                                      String link) {
}
