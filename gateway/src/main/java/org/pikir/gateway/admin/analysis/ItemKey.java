package org.pikir.gateway.admin.analysis;

import org.pikir.gateway.admin.AdminForms;

import java.util.ArrayList;
import java.util.List;

/** A comment or recommendation as a check box names it: {@code COMMENT:12}. */
record ItemKey(String type, long id) {

    static final int MAX_CHECKED = 1000;

    /** The keys that are well formed, each once; null when there are more than a bulk change takes. */
    static List<ItemKey> parse(List<String> values) {
        List<ItemKey> keys = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            String[] parts = value == null ? new String[0] : value.split(":", 2);
            Long id = parts.length == 2 ? AdminForms.id(parts[1]) : null;
            if (id != null && ItemFilter.TYPES.contains(parts[0]) && !keys.contains(new ItemKey(parts[0], id))) {
                keys.add(new ItemKey(parts[0], id));
            }
        }
        return keys.size() > MAX_CHECKED ? null : keys;
    }

    String value() {
        return type + ":" + id;
    }
}
