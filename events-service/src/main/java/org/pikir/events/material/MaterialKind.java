package org.pikir.events.material;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a material is, so the public page can group press releases apart from resolutions and slides. */
public enum MaterialKind {
    DOCUMENT,
    PRESENTATION,
    TRANSCRIPT,
    PRESS_RELEASE,
    RESOLUTION,
    VIDEO,
    /** A summary Pikir wrote from published reports: neither the body's own words nor an official document. */
    SUMMARY;

    static Optional<MaterialKind> parse(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }

    static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
