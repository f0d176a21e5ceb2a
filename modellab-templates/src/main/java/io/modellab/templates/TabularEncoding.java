package io.modellab.templates;

import io.modellab.evalharness.core.data.Cells;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.rules.FitRecord;
import io.modellab.evalharness.core.schema.PreprocessingStep;
import io.modellab.evalharness.core.schema.SignatureFeature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tribuo.Example;
import org.tribuo.Output;
import org.tribuo.impl.ArrayExample;

/**
 * The tabular preprocessing: imputation, scaling and one-hot encoding, each fitted on the train rows only and each
 * recording what it saw and learned ({@link #fitRecords()}).
 *
 * <ul>
 *   <li>Column kinds: a column is numeric when every non-missing train cell parses as a finite number, otherwise
 *       categorical.</li>
 *   <li>Imputer: a missing numeric cell becomes the train rows' mean or median ({@link NumericFill}); a missing
 *       categorical cell becomes the train rows' most frequent category (the first in sorting order on a tie). A
 *       column with no train value fills with 0, or with no category.</li>
 *   <li>Scaler (when asked for): numeric values minus the train mean, divided by the train standard deviation
 *       (n - 1, over the imputed values; a constant column divides by 1).</li>
 *   <li>One-hot encoder: a categorical cell becomes the feature {@code column=value} with value 1; a category never
 *       seen in the train rows gets no feature at all (every indicator 0), so a model treats it as none of the known
 *       ones.</li>
 * </ul>
 */
public final class TabularEncoding implements RowEncoder {

    static final String IMPUTER_STEP = "impute missing cells";
    static final String SCALER_STEP = "standardise numeric columns";
    static final String ENCODER_STEP = "one-hot encode categorical columns";

    private final List<String> columns;
    private final Set<String> numericColumns;
    private final Map<String, Double> numericFill;
    private final Map<String, String> categoryFill;
    private final Map<String, double[]> scaling;
    private final Map<String, Set<String>> categories;
    private final List<String> rowsSeen;
    private final int trainRows;

    private TabularEncoding(List<String> columns, Set<String> numericColumns, Map<String, Double> numericFill,
                            Map<String, String> categoryFill, Map<String, double[]> scaling,
                            Map<String, Set<String>> categories, List<String> rowsSeen, int trainRows) {
        this.columns = List.copyOf(columns);
        this.numericColumns = Set.copyOf(numericColumns);
        this.numericFill = Map.copyOf(numericFill);
        this.categoryFill = Map.copyOf(categoryFill);
        this.scaling = Map.copyOf(scaling);
        this.categories = Map.copyOf(categories);
        this.rowsSeen = rowsSeen == null ? null : List.copyOf(rowsSeen);
        this.trainRows = trainRows;
    }

    /** Fits with mean imputation and no scaling; see {@link #fit(Table, NumericFill, boolean)}. */
    public static TabularEncoding fit(Table trainFeatures) {
        return fit(trainFeatures, NumericFill.MEAN, false);
    }

    /**
     * Fits every step on {@code trainFeatures}, which must be the train rows only: the fit records name them, and
     * the leakage rules fail a run whose steps saw any other row.
     *
     * @param trainFeatures the train rows' features (no target column)
     * @param fill what a missing numeric cell becomes
     * @param standardise whether numeric columns are standardised
     */
    public static TabularEncoding fit(Table trainFeatures, NumericFill fill, boolean standardise) {
        Objects.requireNonNull(fill, "fill");
        Set<String> numeric = new LinkedHashSet<>();
        Map<String, Double> numericFill = new LinkedHashMap<>();
        Map<String, String> categoryFill = new LinkedHashMap<>();
        Map<String, double[]> scaling = new LinkedHashMap<>();
        Map<String, Set<String>> categories = new TreeMap<>();
        for (String column : trainFeatures.columnNames()) {
            String[] cells = trainFeatures.column(column);
            if (Arrays.stream(cells).allMatch(Cells::isMissingOrNumber)) {
                numeric.add(column);
                double[] values = Arrays.stream(cells).filter(Objects::nonNull).map(Cells::finiteNumber)
                        .mapToDouble(Double::doubleValue).toArray();
                double fillValue = values.length == 0 ? 0.0 : fill == NumericFill.MEAN ? mean(values) : median(values);
                numericFill.put(column, fillValue);
                if (standardise) {
                    double[] imputed = Arrays.stream(cells).mapToDouble(c -> c == null ? fillValue : Cells.finiteNumber(c))
                            .toArray();
                    double mean = mean(imputed);
                    double sd = sampleSd(imputed, mean);
                    scaling.put(column, new double[] {mean, sd > 0 && Double.isFinite(sd) ? sd : 1.0});
                }
            } else {
                Map<String, Integer> counts = new HashMap<>();
                for (String cell : cells) {
                    if (cell != null) {
                        counts.merge(cell, 1, Integer::sum);
                    }
                }
                categories.put(column, new TreeSet<>(counts.keySet()));
                counts.entrySet().stream()
                        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                        .ifPresent(e -> categoryFill.put(column, e.getKey()));
            }
        }
        return new TabularEncoding(trainFeatures.columnNames(), numeric, numericFill, categoryFill, scaling,
                categories, trainFeatures.rowIds(), trainFeatures.rowCount());
    }

    /**
     * Rebuilds a fitted encoding from a saved model's signature.
     *
     * @throws IllegalArgumentException when the signature's steps do not describe a tabular encoding
     */
    static TabularEncoding fromSignature(List<SignatureFeature> features, List<PreprocessingStep> steps) {
        List<String> columns = features.stream().map(SignatureFeature::name).toList();
        Set<String> numeric = new LinkedHashSet<>();
        for (SignatureFeature f : features) {
            if (f.type().equals("numeric")) {
                numeric.add(f.name());
            } else if (!f.type().equals("categorical")) {
                throw new IllegalArgumentException("feature " + f.name() + " has type " + f.type()
                        + ", a tabular encoding reads numeric and categorical columns only");
            }
        }
        Map<String, Double> numericFill = new LinkedHashMap<>();
        Map<String, String> categoryFill = new LinkedHashMap<>();
        Map<String, double[]> scaling = new LinkedHashMap<>();
        Map<String, Set<String>> categories = new TreeMap<>();
        int trainRows = 0;
        for (PreprocessingStep step : steps) {
            trainRows = step.trainRows();
            switch (step.kind()) {
                case FitRecord.IMPUTER -> {
                    step.statistics().forEach((column, s) -> numericFill.put(column, required(s, "fill", step, column)));
                    step.categories().forEach((column, values) -> categoryFill.put(column, values.get(0)));
                }
                case FitRecord.SCALER -> step.statistics().forEach((column, s) -> scaling.put(column,
                        new double[] {required(s, "mean", step, column), required(s, "sd", step, column)}));
                case FitRecord.ENCODER -> step.categories().forEach((column, values) -> categories.put(column,
                        new TreeSet<>(values)));
                default -> throw new IllegalArgumentException("preprocessing step '" + step.step() + "' has kind "
                        + step.kind() + ", a tabular encoding has imputer, scaler and encoder steps only");
            }
        }
        for (String column : numeric) {
            if (!numericFill.containsKey(column)) {
                throw new IllegalArgumentException("numeric feature " + column + " has no fill value in the imputer step");
            }
        }
        return new TabularEncoding(columns, numeric, numericFill, categoryFill, scaling, categories, null, trainRows);
    }

    private static double required(Map<String, Double> statistics, String name, PreprocessingStep step, String column) {
        Double value = statistics.get(name);
        if (value == null) {
            throw new IllegalArgumentException("preprocessing step '" + step.step() + "' has no " + name
                    + " for column " + column);
        }
        return value;
    }

    /** The encoder's fit record: the rows it saw and the categories it learned. */
    public FitRecord fitRecord() {
        return fitRecords().get(fitRecords().size() - 1);
    }

    /** The imputer's, the scaler's (when it standardises) and the one-hot encoder's fit records, in that order. */
    @Override
    public List<FitRecord> fitRecords() {
        List<FitRecord> out = new ArrayList<>(3);
        Map<String, Map<String, Double>> fills = new TreeMap<>();
        numericFill.forEach((column, value) -> fills.put(column, Map.of("fill", value)));
        Map<String, List<String>> categoricalFills = new TreeMap<>();
        categoryFill.forEach((column, value) -> categoricalFills.put(column, List.of(value)));
        out.add(new FitRecord(IMPUTER_STEP, FitRecord.IMPUTER, rowsSeen, categoricalFills, fills));
        if (!scaling.isEmpty()) {
            Map<String, Map<String, Double>> moments = new TreeMap<>();
            scaling.forEach((column, m) -> moments.put(column, Map.of("mean", m[0], "sd", m[1])));
            out.add(new FitRecord(SCALER_STEP, FitRecord.SCALER, rowsSeen, Map.of(), moments));
        }
        Map<String, List<String>> learned = new TreeMap<>();
        categories.forEach((column, values) -> learned.put(column, List.copyOf(values)));
        out.add(new FitRecord(ENCODER_STEP, FitRecord.ENCODER, rowsSeen, learned, Map.of()));
        return out;
    }

    @Override
    public List<SignatureFeature> features() {
        return columns.stream().map(c -> new SignatureFeature(c, numericColumns.contains(c) ? "numeric" : "categorical"))
                .toList();
    }

    @Override
    public List<PreprocessingStep> steps() {
        return fitRecords().stream().map(f -> new PreprocessingStep(f.step(), f.kind(), trainRows, f.statistics(),
                f.categories())).toList();
    }

    /** The feature columns, in order. */
    public List<String> columns() {
        return columns;
    }

    /** Whether {@code column} is encoded as a number. */
    public boolean isNumeric(String column) {
        return numericColumns.contains(column);
    }

    /**
     * The example of one row: every numeric column (imputed, then scaled) and the indicator of each known category.
     *
     * @throws IllegalArgumentException naming row and column when a numeric column holds text, or the row lacks a
     *     column
     */
    @Override
    public <T extends Output<T>> Example<T> example(Table table, int row, T output) {
        List<String> names = new ArrayList<>(columns.size());
        double[] values = new double[columns.size()];
        for (String column : columns) {
            if (!table.hasColumn(column)) {
                throw new IllegalArgumentException("row " + table.rowId(row) + " has no column \"" + column
                        + "\"; the model reads " + columns);
            }
            String cell = table.cell(row, column);
            if (numericColumns.contains(column)) {
                double value;
                if (cell == null) {
                    value = numericFill.get(column);
                } else {
                    Double parsed = Cells.finiteNumber(cell);
                    if (parsed == null) {
                        throw new IllegalArgumentException("row " + table.rowId(row) + " column \"" + column
                                + "\" holds \"" + cell + "\", expected a number as in the training rows");
                    }
                    value = parsed;
                }
                double[] s = scaling.get(column);
                values[names.size()] = s == null ? value : (value - s[0]) / s[1];
                names.add(column);
            } else {
                String category = cell == null ? categoryFill.get(column) : cell;
                if (category != null && categories.getOrDefault(column, Set.of()).contains(category)) {
                    values[names.size()] = 1.0;
                    names.add(column + "=" + category);
                }
            }
        }
        return new ArrayExample<>(output, names.toArray(String[]::new), Arrays.copyOf(values, names.size()));
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double sampleSd(double[] values, double mean) {
        if (values.length < 2) {
            return 0;
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}
