package io.modellab.tracker.data;

import io.modellab.evalharness.core.schema.ColumnProfile;
import io.modellab.evalharness.core.schema.ColumnType;
import io.modellab.evalharness.core.schema.DateTimeRange;
import io.modellab.evalharness.core.schema.Histogram;
import io.modellab.evalharness.core.schema.LengthSummary;
import io.modellab.evalharness.core.schema.NumericSummary;
import io.modellab.evalharness.core.schema.QuantileValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the profile needs of one column, gathered in one pass before its type is known: which types every
 * value so far fits (and the first value that did not fit each), running numeric moments with a
 * {@link QuantileSketch} while the values are numbers, the date/time range while they are dates, lengths, and a
 * {@link ValueCounter}. Memory is bounded by the options, not by the rows.
 */
final class ColumnStats {

    /** Where a value first failed to fit a type, to name it if code insists on that type. */
    private record Offender(String file, long line, String value) {
    }

    private final String name;
    private final int column;
    private final ProfileOptions options;
    private final ValueCounter values;

    private long present;
    private long missing;

    private Offender notBoolean;
    private Offender notInteger;
    private Offender notNumber;
    private Offender notDateTime;

    private QuantileSketch sketch;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private double mean;
    private double sumOfSquares;

    private double earliest = Double.POSITIVE_INFINITY;
    private double latest = Double.NEGATIVE_INFINITY;
    private String earliestText;
    private String latestText;

    private long shortest = Long.MAX_VALUE;
    private long longest;
    private long totalLength;

    /**
     * @param name the header name
     * @param column the 1-based column number
     * @param options the limits
     */
    ColumnStats(String name, int column, ProfileOptions options) {
        this.name = name;
        this.column = column;
        this.options = options;
        this.values = new ValueCounter(options.valueCapacity());
        this.sketch = new QuantileSketch(options.sketchCapacity());
    }

    /** A missing cell. */
    void addMissing() {
        missing++;
    }

    /** A present cell, at {@code line} of {@code file}. */
    void add(String value, String file, long line) {
        present++;
        values.add(value);
        long length = value.codePointCount(0, value.length());
        shortest = Math.min(shortest, length);
        longest = Math.max(longest, length);
        totalLength += length;
        if (notBoolean == null && !CellValues.isBoolean(value)) {
            notBoolean = new Offender(file, line, value);
        }
        if (notNumber == null) {
            double number = CellValues.parseNumber(value);
            if (Double.isNaN(number)) {
                notNumber = new Offender(file, line, value);
                sketch = null;
            } else {
                addNumber(number);
            }
        }
        if (notInteger == null && (notNumber != null || !CellValues.isInteger(value))) {
            notInteger = new Offender(file, line, value);
        }
        if (notDateTime == null) {
            double time = CellValues.parseDateTime(value);
            if (Double.isNaN(time)) {
                notDateTime = new Offender(file, line, value);
            } else {
                if (time < earliest) {
                    earliest = time;
                    earliestText = value;
                }
                if (time > latest) {
                    latest = time;
                    latestText = value;
                }
            }
        }
    }

    /**
     * The type every value fits, most specific first: boolean, integer, numeric, date/time; otherwise categorical
     * when there are at most {@code maxCategories} distinct values averaging under {@code textMinMeanLength}
     * characters, else text. A column with no value is categorical.
     */
    ColumnType infer() {
        if (present == 0) {
            return ColumnType.CATEGORICAL;
        }
        if (notBoolean == null) {
            return ColumnType.BOOLEAN;
        }
        if (notInteger == null) {
            return ColumnType.INTEGER;
        }
        if (notNumber == null) {
            return ColumnType.NUMERIC;
        }
        if (notDateTime == null) {
            return ColumnType.DATETIME;
        }
        boolean labels = values.exact() && values.distinct() <= options.maxCategories()
                && (double) totalLength / present < options.textMinMeanLength();
        return labels ? ColumnType.CATEGORICAL : ColumnType.TEXT;
    }

    /**
     * Checks that every value fits {@code type}, set in code.
     *
     * @throws CsvFormatException naming the first value that does not
     */
    void requireFits(ColumnType type) {
        Offender offender = switch (type) {
            case BOOLEAN -> notBoolean;
            case INTEGER -> notInteger;
            case NUMERIC -> notNumber;
            case DATETIME -> notDateTime;
            case CATEGORICAL, TEXT -> null;
        };
        if (offender != null) {
            String expected = switch (type) {
                case BOOLEAN -> "is not a boolean; expected true, false, yes or no";
                case INTEGER -> "is not an integer; expected whole numbers that fit in 64 bits";
                case NUMERIC -> "is not a number; expected decimal numbers such as -1, 2.5 or 1e-3";
                default -> "is not an ISO-8601 date or date-time; expected e.g. 2024-03-01 or 2024-03-01T12:30:00Z";
            };
            throw CsvFormatException.atColumn(offender.file(), offender.line(), column, name,
                    CsvFormatException.quote(offender.value()) + " " + expected + ", as the type set in code for this"
                            + " column says");
        }
    }

    /** The column's profile as {@code type}, over {@code rows} rows. */
    ColumnProfile profile(ColumnType type, long rows) {
        boolean any = present > 0;
        boolean numeric = any && (type == ColumnType.INTEGER || type == ColumnType.NUMERIC);
        boolean counted = any && (type == ColumnType.BOOLEAN || type == ColumnType.CATEGORICAL
                || type == ColumnType.TEXT);
        return new ColumnProfile(name, type, present, missing, rows == 0 ? 0.0 : (double) missing / rows,
                numeric ? numericSummary(type) : null,
                counted ? values.summary(options.topValues()) : null,
                any && type == ColumnType.TEXT ? new LengthSummary(shortest, (double) totalLength / present, longest)
                        : null,
                any && type == ColumnType.DATETIME ? new DateTimeRange(earliestText, latestText) : null);
    }

    /** The value counts, for the label balance. */
    ValueCounter values() {
        return values;
    }

    /** Cells with a value. */
    long present() {
        return present;
    }

    /** Cells without one. */
    long missing() {
        return missing;
    }

    private void addNumber(double x) {
        // Welford's update: stable where sum-of-squares would cancel.
        long n = present;
        double delta = x - mean;
        mean += delta / n;
        sumOfSquares += delta * (x - mean);
        min = Math.min(min, x);
        max = Math.max(max, x);
        sketch.add(x);
    }

    private NumericSummary numericSummary(ColumnType type) {
        List<Double> probabilities = options.quantiles();
        double[] qs = probabilities.stream().mapToDouble(Double::doubleValue).toArray();
        double[] at = sketch.quantiles(qs);
        List<QuantileValue> quantiles = new ArrayList<>();
        for (int i = 0; i < qs.length; i++) {
            quantiles.add(new QuantileValue(qs[i], at[i]));
        }
        double[] edges = edges(type);
        long[] counts = sketch.histogram(edges);
        List<Double> edgeList = new ArrayList<>();
        for (double e : edges) {
            edgeList.add(e);
        }
        List<Long> countList = new ArrayList<>();
        for (long c : counts) {
            countList.add(c);
        }
        return new NumericSummary(min, max, mean, present > 1 ? Math.sqrt(sumOfSquares / (present - 1)) : null,
                quantiles, sketch.exact(), new Histogram(edgeList, countList, sketch.exact()));
    }

    /** One bin per value for integers spanning few values, else equal-width bins from min to max. */
    private double[] edges(ColumnType type) {
        int bins = options.histogramBins();
        if (min == max) {
            return new double[] {min, max};
        }
        if (type == ColumnType.INTEGER && max - min + 1 <= bins) {
            int values = (int) (max - min + 1);
            double[] edges = new double[values + 1];
            for (int i = 0; i <= values; i++) {
                edges[i] = min - 0.5 + i;
            }
            return edges;
        }
        double[] edges = new double[bins + 1];
        double width = (max - min) / bins;
        for (int i = 0; i < bins; i++) {
            edges[i] = min + i * width;
        }
        edges[bins] = max;
        return edges;
    }
}
