package org.pikir.events.common;

import org.pikir.platform.problem.ProblemException;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.stream.Collectors;

/** Applies a new order given as the complete list of ids, rejecting lists that add, drop or repeat one. */
public final class Reordering {

    private Reordering() {
    }

    public static <T> void apply(List<T> items, List<Long> ids, Function<T, Long> idOf, ObjIntConsumer<T> setPosition) {
        Map<Long, T> byId = items.stream().collect(Collectors.toMap(idOf, item -> item));
        if (ids == null || ids.size() != byId.size() || !new HashSet<>(ids).equals(byId.keySet())) {
            throw ProblemException.invalidField("ids", "must list each of the " + byId.size() + " items exactly once");
        }
        for (int position = 0; position < ids.size(); position++) {
            setPosition.accept(byId.get(ids.get(position)), position);
        }
    }
}
