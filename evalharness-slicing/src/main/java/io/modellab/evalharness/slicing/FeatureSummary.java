package io.modellab.evalharness.slicing;

import io.modellab.evalharness.core.data.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded summary of a row's features for a failure example: the first {@code maxFeatures} columns in table
 * order, each value cut to {@code maxChars} characters (ending in an ellipsis when cut); missing cells stay
 * {@code null}.
 *
 * @param maxFeatures at most this many features
 * @param maxChars at most this many characters per value
 */
public record FeatureSummary(int maxFeatures, int maxChars) {

    /** 20 features of at most 40 characters. */
    public static final FeatureSummary DEFAULT = new FeatureSummary(20, 40);

    /** Checks the bounds. */
    public FeatureSummary {
        if (maxFeatures < 0 || maxChars < 2) {
            throw new IllegalArgumentException("need maxFeatures >= 0 and maxChars >= 2, got " + maxFeatures + " and "
                    + maxChars);
        }
    }

    /** The summary of row {@code row}. */
    public Map<String, String> of(Table features, int row) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String column : features.columnNames()) {
            if (cells.size() == maxFeatures) {
                break;
            }
            cells.put(column, truncate(features.cell(row, column)));
        }
        return cells;
    }

    /** How many features {@link #of} leaves out, {@code null} when none. */
    public Integer omitted(Table features) {
        int left = features.columnNames().size() - maxFeatures;
        return left > 0 ? left : null;
    }

    String truncate(String value) {
        if (value == null || value.codePointCount(0, value.length()) <= maxChars) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, maxChars - 1)) + "\u2026";
    }
}
