package io.modellab.tracker.data;

import io.modellab.evalharness.core.schema.DatasetSplit;
import io.modellab.evalharness.core.schema.SplitStrategy;
import java.util.Locale;
import java.util.Objects;

/**
 * The split a dataset version is asked to define. Every strategy is deterministic: the same rows and the same
 * spec always give the same parts.
 *
 * <ul>
 *   <li>{@link #random}: all rows shuffled with one {@link java.util.SplittableRandom} seeded once (Fisher-Yates),
 *       the first {@code round(testFraction * rows)} are test; it is {@link StratifiedSplit} with one class;</li>
 *   <li>{@link #stratified}: {@link StratifiedSplit} on a column's labels;</li>
 *   <li>{@link #quantileStratified}: {@link StratifiedSplit} on the {@value #QUANTILE_BINS} quantile bins of a numeric
 *       column (a regression's target): the bins are cut at the values of the sorted column at positions
 *       {@code j * rows / 5}, so equal values share a bin, and a missing or non-numeric value is refused;</li>
 *   <li>{@link #group}: the column's distinct values in sorted order, shuffled the same way, the first
 *       {@code round(testFraction * groups)} groups are test and every row follows its group;</li>
 *   <li>{@link #timeOrdered}: rows sorted by a date/time or numeric column (ties in file order), the last
 *       {@code round(testFraction * rows)} are test;</li>
 *   <li>{@link #predefined}: a column says {@code train}, {@code validation} or {@code test} (any letter case).</li>
 * </ul>
 * Only a predefined split can have validation rows.
 *
 * @param strategy how rows are assigned
 * @param column the column the strategy reads; {@code null} for a random split
 * @param testFraction the share that goes to test, in (0, 1); {@code null} for a predefined split
 * @param seed the shuffle's seed; {@code null} for time-ordered and predefined splits
 */
public record SplitSpec(SplitStrategy strategy, String column, Double testFraction, Long seed) {

    /** How many quantile bins a {@link #quantileStratified} split stratifies on: quintiles. */
    public static final int QUANTILE_BINS = 5;

    /** Checks that the strategy has what it needs and nothing it would ignore. */
    public SplitSpec {
        Objects.requireNonNull(strategy, "strategy");
        boolean needsColumn = strategy != SplitStrategy.RANDOM;
        boolean needsFraction = strategy != SplitStrategy.PREDEFINED;
        boolean needsSeed = strategy == SplitStrategy.RANDOM || strategy == SplitStrategy.STRATIFIED
                || strategy == SplitStrategy.QUANTILE_STRATIFIED || strategy == SplitStrategy.GROUP;
        if (needsColumn != (column != null) || needsFraction != (testFraction != null) || needsSeed != (seed != null)) {
            throw new IllegalArgumentException("a " + name(strategy) + " split takes " + (needsColumn ? "a column" : "no column")
                    + ", " + (needsFraction ? "a test fraction" : "no test fraction") + " and "
                    + (needsSeed ? "a seed" : "no seed"));
        }
        if (column != null && column.isBlank()) {
            throw new IllegalArgumentException("the split column's name is blank");
        }
        if (testFraction != null && !(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be in (0, 1), got " + testFraction);
        }
    }

    /** All rows shuffled; {@code testFraction} of them are test. */
    public static SplitSpec random(double testFraction, long seed) {
        return new SplitSpec(SplitStrategy.RANDOM, null, testFraction, seed);
    }

    /** Each label of {@code column} keeps its share in train and test. */
    public static SplitSpec stratified(String column, double testFraction, long seed) {
        return new SplitSpec(SplitStrategy.STRATIFIED, column, testFraction, seed);
    }

    /**
     * Each quintile bin of the numeric {@code column} (a regression's target) keeps its share in train and test: the
     * split a skewed target needs so that its few large values are not all on one side.
     */
    public static SplitSpec quantileStratified(String column, double testFraction, long seed) {
        return new SplitSpec(SplitStrategy.QUANTILE_STRATIFIED, column, testFraction, seed);
    }

    /** Each value of {@code column} is a group that lands wholly on one side; {@code testFraction} of the groups are test. */
    public static SplitSpec group(String column, double testFraction, long seed) {
        return new SplitSpec(SplitStrategy.GROUP, column, testFraction, seed);
    }

    /** The latest {@code testFraction} of rows by {@code column} (date/time or number) are test. */
    public static SplitSpec timeOrdered(String column, double testFraction) {
        return new SplitSpec(SplitStrategy.TIME_ORDERED, column, testFraction, null);
    }

    /** {@code column} names each row's part. */
    public static SplitSpec predefined(String column) {
        return new SplitSpec(SplitStrategy.PREDEFINED, column, null, null);
    }

    /** The spec a stored split was made with. */
    public static SplitSpec of(DatasetSplit split) {
        return new SplitSpec(split.strategy(), split.column(), split.testFraction(), split.seed());
    }

    /** The spec in words, as dataset.json and run.json record it, e.g. {@code stratified on class, 30% test, seed 42}. */
    public String describe() {
        return switch (strategy) {
            case RANDOM -> "random, " + percent(testFraction) + " test, seed " + seed;
            case STRATIFIED -> "stratified on " + column + ", " + percent(testFraction) + " test, seed " + seed;
            case QUANTILE_STRATIFIED -> "stratified on " + QUANTILE_BINS + " quantile bins of " + column + ", "
                    + percent(testFraction) + " test, seed " + seed;
            case GROUP -> "grouped by " + column + ", " + percent(testFraction) + " of groups test, seed " + seed;
            case TIME_ORDERED -> "time-ordered by " + column + ", latest " + percent(testFraction) + " test";
            case PREDEFINED -> "predefined by column " + column;
        };
    }

    /** {@code 0.3} as {@code 30%}, {@code 0.125} as {@code 12.5%}. */
    static String percent(double fraction) {
        double percent = fraction * 100;
        if (Math.abs(percent - Math.rint(percent)) < 1e-9) {
            return String.format(Locale.ROOT, "%.0f%%", percent);
        }
        return String.format(Locale.ROOT, "%.4f", percent).replaceAll("0+$", "") + "%";
    }

    private static String name(SplitStrategy strategy) {
        return strategy.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
