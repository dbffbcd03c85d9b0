package org.pikir.events.material;

import java.time.Instant;

/** One entry of a material's history: a file or a link, and why it changed. */
public record MaterialVersionResponse(int version, String changeNote, Instant createdAt, MaterialFileResponse file,
                                      String link) {
}
