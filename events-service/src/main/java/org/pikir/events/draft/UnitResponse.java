package org.pikir.events.draft;

import java.util.List;

/** One unit of one language's text; {@code translations} are the other languages with the same key. */
public record UnitResponse(String key, String articleKey, UnitKind kind, String number, String heading, String text,
                           int depth, int position, Integer revisedIn, List<String> translations) {

    static UnitResponse of(DraftUnit unit, int position, List<String> translations) {
        return new UnitResponse(unit.key(), unit.articleKey(), unit.kind(), unit.number(), unit.heading(), unit.text(),
                unit.depth(), position, unit.revisedIn(), translations);
    }
}
