package io.modellab.evalharness.core.schema.modelcard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Defensive copies that keep what a file holds: {@code null} stays {@code null} (a section or list the file does
 * not have), elements and values may be {@code null}, and map entries keep their order.
 */
final class Copies {

    private Copies() {
    }

    /** An unmodifiable copy of a list, {@code null} for {@code null}. */
    static <T> List<T> list(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** An unmodifiable copy of a map, {@code null} for {@code null}. */
    static <V> Map<String, V> map(Map<String, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * The fields a file had beyond the known ones, sorted by name as they are written: never {@code null}, empty
     * when there were none. (Jackson collects them in no particular order.)
     */
    static Map<String, Object> extra(Map<String, Object> extra) {
        return extra == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(extra));
    }
}
