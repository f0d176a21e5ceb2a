package io.modellab.tracker.data;

/**
 * Gathers, row by row, what a split strategy needs of each row (a label or group code, a time, a part), then
 * assigns every row to a part. Per row it keeps at most one number: the only state that grows with the file.
 */
interface SplitCollector {

    /**
     * The next row's value of the split's column ({@code null} when missing, or for a random split).
     *
     * @throws CellProblem when the strategy cannot use the value
     */
    void add(String value);

    /**
     * Every row's part, once all rows are added.
     *
     * @throws CellProblem when the rows as a whole cannot be split so (e.g. a single group)
     */
    SplitParts finish();

    /** The collector for {@code spec}. */
    static SplitCollector of(SplitSpec spec) {
        return switch (spec.strategy()) {
            case RANDOM, STRATIFIED, QUANTILE_STRATIFIED, GROUP -> new ShuffleSplitCollector(spec);
            case TIME_ORDERED -> new TimeSplitCollector(spec.testFraction());
            case PREDEFINED -> new PartSplitCollector();
        };
    }
}
