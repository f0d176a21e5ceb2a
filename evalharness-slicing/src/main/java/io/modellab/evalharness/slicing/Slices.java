package io.modellab.evalharness.slicing;

import static io.modellab.evalharness.core.schema.SliceDefinition.ACTUAL_CLASS;
import static io.modellab.evalharness.core.schema.SliceDefinition.AND;
import static io.modellab.evalharness.core.schema.SliceDefinition.COLUMN_IN;
import static io.modellab.evalharness.core.schema.SliceDefinition.CONFIDENCE;
import static io.modellab.evalharness.core.schema.SliceDefinition.MISSING_SHARE;
import static io.modellab.evalharness.core.schema.SliceDefinition.NUMERIC_RANGE;
import static io.modellab.evalharness.core.schema.SliceDefinition.PREDICTED_CLASS;
import static io.modellab.evalharness.core.schema.SliceDefinition.QUERY_FREQUENCY;
import static io.modellab.evalharness.core.schema.SliceDefinition.QUERY_LENGTH;
import static io.modellab.evalharness.core.schema.SliceDefinition.TARGET;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.SliceDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The slice DSL in Java: builders for every kind of {@link SliceDefinition}, and the rows a definition picks.
 *
 * <pre>{@code
 * SliceDefinition young = Slices.range("age", null, 25.0);
 * SliceDefinition risky = Slices.and(Slices.in("checking_status", "<0"), young);
 * int[] rows = Slices.rows(risky, SliceData.of(testFeatures));
 * }</pre>
 *
 * <p>Ranges are closed below and open above, {@code null} ends unbounded. A numeric cell is read with
 * {@link Double#parseDouble}; a missing or non-numeric cell is in no numeric range.
 */
public final class Slices {

    private Slices() {
    }

    /** Rows whose cell in {@code column} is one of {@code values} ({@code null}: the missing cell). */
    public static SliceDefinition in(String column, String... values) {
        return new SliceDefinition(COLUMN_IN, column, Arrays.asList(values));
    }

    /** Rows whose cell in {@code column}, as a number, is in [lower, upper). */
    public static SliceDefinition range(String column, Double lower, Double upper) {
        return new SliceDefinition(NUMERIC_RANGE, column, null, lower, upper, null, null, null);
    }

    /** Rows whose share of missing feature cells is in [lower, upper). */
    public static SliceDefinition missingShare(Double lower, Double upper) {
        return new SliceDefinition(MISSING_SHARE, null, null, lower, upper, null, null, null);
    }

    /** Rows whose predicted label's probability is in [lower, upper). */
    public static SliceDefinition confidence(Double lower, Double upper) {
        return new SliceDefinition(CONFIDENCE, null, null, lower, upper, null, null, null);
    }

    /** Rows whose actual label is one of {@code labels}. */
    public static SliceDefinition actualClass(String... labels) {
        return new SliceDefinition(ACTUAL_CLASS, null, List.of(labels), null, null, null, null, null);
    }

    /** Rows whose predicted label is one of {@code labels}. */
    public static SliceDefinition predictedClass(String... labels) {
        return new SliceDefinition(PREDICTED_CLASS, null, List.of(labels), null, null, null, null, null);
    }

    /** Rows whose actual numeric target is in [lower, upper). */
    public static SliceDefinition target(Double lower, Double upper) {
        return new SliceDefinition(TARGET, null, null, lower, upper, null, null, null);
    }

    /** Queries whose text in {@code column} has a token count in [lower, upper). */
    public static SliceDefinition queryLength(String column, Double lower, Double upper) {
        return new SliceDefinition(QUERY_LENGTH, column, null, lower, upper, null, null, null);
    }

    /** Queries whose text in {@code column} occurs a number of times in [lower, upper) among the evaluated rows. */
    public static SliceDefinition queryFrequency(String column, Double lower, Double upper) {
        return new SliceDefinition(QUERY_FREQUENCY, column, null, lower, upper, null, null, null);
    }

    /** Rows in every one of {@code parts} (at least two). */
    public static SliceDefinition and(SliceDefinition... parts) {
        return new SliceDefinition(AND, null, null, null, null, null, null, List.of(parts));
    }

    /** {@code range} as bucket {@code bucket} of {@code buckets} quantile buckets. */
    static SliceDefinition bucket(SliceDefinition range, int bucket, int buckets) {
        return new SliceDefinition(range.kind(), range.column(), null, range.lower(), range.upper(), bucket, buckets,
                null);
    }

    /**
     * One slice per most frequent value of {@code column} (a missing cell counts as its own value), at most
     * {@code k}, most frequent first, ties in value order (missing first).
     */
    public static List<SliceDefinition> topCategories(Table table, String column, int k) {
        if (!table.hasColumn(column)) {
            throw new IllegalArgumentException("slice column \"" + column + "\" is not a feature; features are "
                    + table.columnNames());
        }
        return topCategories(column, CategoryCodes.of(table.column(column)).countsByValue(), k);
    }

    /**
     * {@link #topCategories(Table, String, int)} from each value's row count (a {@code null} key: the missing cell),
     * for counts merged elsewhere (a distributed engine's).
     */
    public static List<SliceDefinition> topCategories(String column, Map<String, Long> counts, int k) {
        List<SliceDefinition> out = new ArrayList<>();
        for (String value : topValues(counts, k)) {
            out.add(new SliceDefinition(COLUMN_IN, column, Collections.singletonList(value)));
        }
        return out;
    }

    /** The at most {@code k} most frequent cells ({@code null}: missing), most frequent first, ties in value order. */
    static List<String> topValues(String[] cells, int k) {
        return topValues(CategoryCodes.of(cells).countsByValue(), k);
    }

    /** The same rule from each value's row count: the one rule for rows, codes and merged counts. */
    static List<String> topValues(Map<String, Long> counts, int k) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(Comparator.nullsFirst(Comparator.naturalOrder()))));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Long> e : entries.subList(0, Math.min(k, entries.size()))) {
            out.add(e.getKey());
        }
        return out;
    }


    /** The positions of the rows of {@code table} in the slice, ascending; only for kinds that read features. */
    public static int[] rows(SliceDefinition slice, Table table) {
        return rows(slice, SliceData.of(table));
    }

    /**
     * The positions of the rows in the slice, ascending.
     *
     * @throws IllegalArgumentException when the slice reads a column the rows lack, or a value (confidence, labels,
     *     target) the data does not have
     */
    public static int[] rows(SliceDefinition slice, SliceData data) {
        boolean[] in = membership(slice, data);
        int[] picked = new int[in.length];
        int n = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                picked[n++] = i;
            }
        }
        return Arrays.copyOf(picked, n);
    }

    private static boolean[] membership(SliceDefinition slice, SliceData data) {
        boolean[] in = new boolean[data.size()];
        if (AND.equals(slice.kind())) {
            Arrays.fill(in, true);
            for (SliceDefinition part : slice.parts()) {
                boolean[] partIn = membership(part, data);
                for (int i = 0; i < in.length; i++) {
                    in[i] &= partIn[i];
                }
            }
            return in;
        }
        if (isCategorical(slice.kind())) {
            String[] cells = categories(slice, data);
            Set<String> accepted = new HashSet<>(slice.values());
            for (int i = 0; i < in.length; i++) {
                in[i] = accepted.contains(cells[i]);
            }
            return in;
        }
        double[] values = values(slice, data);
        for (int i = 0; i < in.length; i++) {
            in[i] = inRange(values[i], slice.lower(), slice.upper());
        }
        return in;
    }

    static boolean inRange(double v, Double lower, Double upper) {
        return !Double.isNaN(v) && (lower == null || v >= lower) && (upper == null || v < upper);
    }

    static boolean isCategorical(String kind) {
        return COLUMN_IN.equals(kind) || ACTUAL_CLASS.equals(kind) || PREDICTED_CLASS.equals(kind);
    }

    /** Each row's value that a categorical kind compares with its values. */
    static String[] categories(SliceDefinition slice, SliceData data) {
        return categories(slice.kind(), slice.column(), data);
    }

    /** Each row's value that a categorical kind (reading {@code column}, for {@code column_in}) compares. */
    static String[] categories(String kind, String column, SliceData data) {
        return switch (kind) {
            case COLUMN_IN -> column(data, column);
            case ACTUAL_CLASS -> data.actualClasses().clone();
            case PREDICTED_CLASS -> data.predictedClasses().clone();
            default -> throw new IllegalArgumentException(kind + " is not a categorical slice kind");
        };
    }

    /** Each row's number that a range kind compares with its ends ({@code NaN}: in no range). */
    static double[] values(SliceDefinition slice, SliceData data) {
        int n = data.size();
        double[] out = new double[n];
        switch (slice.kind()) {
            case NUMERIC_RANGE -> {
                String[] cells = column(data, slice.column());
                for (int i = 0; i < n; i++) {
                    out[i] = number(cells[i]);
                }
            }
            case MISSING_SHARE -> System.arraycopy(data.missingShares(), 0, out, 0, n);
            case CONFIDENCE -> System.arraycopy(data.confidences(), 0, out, 0, n);
            case TARGET -> System.arraycopy(data.targets(), 0, out, 0, n);
            case QUERY_LENGTH -> {
                String[] cells = column(data, slice.column());
                for (int i = 0; i < n; i++) {
                    out[i] = tokens(cells[i]);
                }
            }
            case QUERY_FREQUENCY -> {
                String[] cells = column(data, slice.column());
                Map<String, Integer> counts = new HashMap<>();
                for (String cell : cells) {
                    counts.merge(cell == null ? "\u0000missing" : cell, 1, Integer::sum);
                }
                for (int i = 0; i < n; i++) {
                    out[i] = counts.get(cells[i] == null ? "\u0000missing" : cells[i]);
                }
            }
            default -> throw new IllegalArgumentException(slice.kind() + " is not a range slice kind");
        }
        return out;
    }

    private static String[] column(SliceData data, String column) {
        if (!data.features().hasColumn(column)) {
            throw new IllegalArgumentException("slice column \"" + column + "\" is not a feature; features are "
                    + data.features().columnNames());
        }
        return data.features().column(column);
    }

    /**
     * A cell as a number, {@code NaN} when missing or not a number (or not finite): how a numeric range reads a cell.
     * Called for every cell of every row, so text that cannot start a finite number is turned away before
     * {@link Double#parseDouble} would throw for it.
     */
    public static double number(String cell) {
        if (cell == null || cell.isBlank()) {
            return Double.NaN;
        }
        String text = cell.trim();
        char first = text.charAt(0);
        if (!(first >= '0' && first <= '9' || first == '-' || first == '+' || first == '.')) {
            // Only "NaN" and "Infinity" parse from a letter, and neither is finite.
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(text);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Whitespace-separated tokens of a query text; a missing text has none. */
    static int tokens(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        return text.trim().split("\\s+").length;
    }

    /** A readable name: the definition as one line of the DSL, e.g. {@code checking_status = <0}. */
    public static String name(SliceDefinition slice) {
        return slice.describe();
    }
}
