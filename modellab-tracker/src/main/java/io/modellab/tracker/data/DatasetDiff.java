package io.modellab.tracker.data;

import io.modellab.evalharness.core.schema.ColumnProfile;
import io.modellab.evalharness.core.schema.ColumnSchema;
import io.modellab.evalharness.core.schema.ColumnType;
import io.modellab.evalharness.core.schema.DatasetVersion;
import io.modellab.evalharness.core.schema.NumericSummary;
import io.modellab.evalharness.core.schema.ValueCount;
import io.modellab.evalharness.core.schema.ValueCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two versions of a dataset: columns added, removed and retyped, and every profile number
 * that moved (row count; per shared column its missing share, numeric summary and the shares of its top values).
 *
 * <pre>{@code
 * DatasetDiff diff = DatasetDiff.between(older, newer);
 * diff.retyped().forEach(r -> System.out.println(r.column() + ": " + r.before() + " -> " + r.after()));
 * }</pre>
 *
 * @param before the older version's id
 * @param after the newer version's id
 * @param added columns only the newer version has, in its order
 * @param removed columns only the older version has, in its order
 * @param retyped shared columns whose type changed, in the newer version's order
 * @param shifts profile numbers that differ, in the newer version's column order
 */
public record DatasetDiff(String before, String after, List<String> added, List<String> removed,
                          List<Retyped> retyped, List<Shift> shifts) {

    /** Copies the lists. */
    public DatasetDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        retyped = List.copyOf(retyped);
        shifts = List.copyOf(shifts);
    }

    /** A column whose type changed. */
    public record Retyped(String column, ColumnType before, ColumnType after) {
    }

    /**
     * One profile number that moved.
     *
     * @param column the column, or {@code null} for the dataset as a whole
     * @param measure what moved: {@code rows}, {@code missing_share}, {@code mean}, {@code std}, {@code min},
     *     {@code max}, {@code q0.5} (a quantile) or {@code share "value"} (a top value's share of present cells)
     * @param before the older value, NaN when it had none
     * @param after the newer value, NaN when it has none
     */
    public record Shift(String column, String measure, double before, double after) {
        /** {@code after - before}. */
        public double change() {
            return after - before;
        }
    }

    /** Whether both versions have the same columns with the same types. */
    public boolean sameSchema() {
        return added.isEmpty() && removed.isEmpty() && retyped.isEmpty();
    }

    /** The difference from {@code older} to {@code newer}. */
    public static DatasetDiff between(DatasetVersion older, DatasetVersion newer) {
        Map<String, ColumnType> was = types(older);
        Map<String, ColumnType> is = types(newer);
        List<String> added = is.keySet().stream().filter(c -> !was.containsKey(c)).toList();
        List<String> removed = was.keySet().stream().filter(c -> !is.containsKey(c)).toList();
        List<Retyped> retyped = new ArrayList<>();
        List<Shift> shifts = new ArrayList<>();
        compare(shifts, null, "rows", older.rows(), newer.rows());
        Map<String, ColumnProfile> oldProfiles = profiles(older);
        for (ColumnProfile now : newer.profile().columns()) {
            ColumnProfile then = oldProfiles.get(now.name());
            if (then == null) {
                continue;
            }
            if (then.type() != now.type()) {
                retyped.add(new Retyped(now.name(), then.type(), now.type()));
            }
            compare(shifts, now.name(), "missing_share", then.missingShare(), now.missingShare());
            numeric(shifts, now.name(), then.numeric(), now.numeric());
            shares(shifts, now.name(), then.values(), now.values());
        }
        return new DatasetDiff(older.version(), newer.version(), added, removed, retyped, shifts);
    }

    private static void numeric(List<Shift> shifts, String column, NumericSummary then, NumericSummary now) {
        if (then == null || now == null) {
            return;
        }
        compare(shifts, column, "mean", then.mean(), now.mean());
        compare(shifts, column, "std", orNaN(then.std()), orNaN(now.std()));
        compare(shifts, column, "min", then.min(), now.min());
        compare(shifts, column, "max", then.max(), now.max());
        Set<Double> probabilities = new LinkedHashSet<>();
        then.quantiles().forEach(q -> probabilities.add(q.q()));
        now.quantiles().forEach(q -> probabilities.add(q.q()));
        for (double q : probabilities) {
            compare(shifts, column, "q" + q, orNaN(then.quantile(q)), orNaN(now.quantile(q)));
        }
    }

    private static void shares(List<Shift> shifts, String column, ValueCounts then, ValueCounts now) {
        if (then == null || now == null) {
            return;
        }
        Map<String, Double> was = shareOf(then);
        Map<String, Double> is = shareOf(now);
        Set<String> values = new LinkedHashSet<>(is.keySet());
        values.addAll(was.keySet());
        for (String value : values) {
            compare(shifts, column, "share " + CsvFormatException.quote(value), was.getOrDefault(value, 0.0),
                    is.getOrDefault(value, 0.0));
        }
    }

    /** Each top value's share of the present cells. */
    private static Map<String, Double> shareOf(ValueCounts counts) {
        long present = counts.other();
        for (ValueCount v : counts.top()) {
            present += v.count();
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        for (ValueCount v : counts.top()) {
            shares.put(v.value(), present == 0 ? 0.0 : (double) v.count() / present);
        }
        return shares;
    }

    private static void compare(List<Shift> shifts, String column, String measure, double before, double after) {
        boolean same = before == after || Double.isNaN(before) && Double.isNaN(after);
        if (!same) {
            shifts.add(new Shift(column, measure, before, after));
        }
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }

    private static Map<String, ColumnType> types(DatasetVersion version) {
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (ColumnSchema c : version.columns()) {
            types.put(c.name(), c.type());
        }
        return types;
    }

    private static Map<String, ColumnProfile> profiles(DatasetVersion version) {
        Map<String, ColumnProfile> profiles = new LinkedHashMap<>();
        for (ColumnProfile p : version.profile().columns()) {
            profiles.put(p.name(), p);
        }
        return profiles;
    }
}
