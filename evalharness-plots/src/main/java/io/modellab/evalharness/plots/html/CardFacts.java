package io.modellab.evalharness.plots.html;

import io.modellab.evalharness.core.io.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Any part of a card as label-value facts: nested objects become dotted labels ({@code quality_checks.grade}), list
 * elements indexed labels ({@code hardest_rows[0].row_idx}), a list of plain values one comma-separated value. This
 * is how sections and fields this library does not know are shown, so nothing a file holds is hidden.
 */
final class CardFacts {

    private CardFacts() {
    }

    /**
     * A section record (or any value) as facts: the fields with a value in their order, then one fact naming the
     * fields the card leaves empty ({@code null}), so that "not given" stays visible without a row each.
     */
    static List<ModelCardView.Fact> section(Object section) {
        List<ModelCardView.Fact> out = new ArrayList<>();
        if (section == null) {
            return out;
        }
        Map<String, Object> fields = asMap(section);
        List<String> empty = new ArrayList<>();
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (e.getValue() == null) {
                empty.add(e.getKey());
            } else {
                flatten(e.getKey(), e.getValue(), out);
            }
        }
        if (!empty.isEmpty()) {
            out.add(ModelCardView.Fact.of("not given", String.join(", ", empty)));
        }
        return out;
    }

    /** A record as its JSON fields, in the file's order: known fields first, then the ones kept in {@code extra}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object record) {
        return Json.mapper().convertValue(record, LinkedHashMap.class);
    }

    /** Every entry of a map as facts, nested values flattened. */
    static List<ModelCardView.Fact> of(Map<String, ?> values) {
        List<ModelCardView.Fact> out = new ArrayList<>();
        if (values != null) {
            values.forEach((key, value) -> flatten(key, value, out));
        }
        return out;
    }

    /** Adds {@code value} under {@code label}, flattening objects and lists of objects. */
    static void flatten(String label, Object value, List<ModelCardView.Fact> out) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            map.forEach((key, v) -> flatten(label.isEmpty() ? String.valueOf(key) : label + "." + key, v, out));
        } else if (value instanceof List<?> list && !list.isEmpty() && !list.stream().allMatch(CardFacts::isPlain)) {
            for (int i = 0; i < list.size(); i++) {
                flatten(label + "[" + i + "]", list.get(i), out);
            }
        } else {
            out.add(ModelCardView.Fact.of(label, text(value)));
        }
    }

    /** A plain value as text: numbers short ({@link Fmt#number}), null as the undefined mark. */
    static String text(Object value) {
        if (value == null) {
            return Fmt.UNDEFINED;
        }
        if (value instanceof Number number) {
            return Fmt.brief(number);
        }
        if (value instanceof Map<?, ?> map && map.isEmpty()) {
            return "(empty)";
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "(none)" : list.stream().map(CardFacts::text).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    /** One line of {@code key: value} pairs, for a table cell. */
    static String inline(Map<String, ?> values) {
        return of(values).stream().map(f -> f.label() + ": " + f.value()).collect(Collectors.joining("; "));
    }

    private static boolean isPlain(Object value) {
        return !(value instanceof Map<?, ?>) && !(value instanceof List<?>);
    }
}
