package io.modellab.tracker.card;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.modellab.evalharness.core.data.Cells;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.schema.modelcard.ColumnImportance;
import io.modellab.evalharness.core.schema.modelcard.FeatureInfo;
import io.modellab.evalharness.core.schema.modelcard.FeatureType;
import io.modellab.evalharness.core.schema.modelcard.ScalarStatistics;
import io.modellab.evalharness.core.spi.ModelDescription;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The card's {@code feature_inventory}, from the training rows' values. A column's type follows one rule, checked in
 * this order on its non-missing training values:
 *
 * <ol>
 *   <li>{@code scalar} when every value is a finite decimal number ({@link Cells#finiteNumber}), the rule by which
 *       the templates encode a column as a number (a column with no value at all is a scalar without statistics);</li>
 *   <li>{@code json} when every value is a JSON object or array;</li>
 *   <li>{@code set} when there are at most {@value #SET_MAX_DISTINCT} distinct values and at most half as many
 *       distinct values as values, so that ids and names are not taken for categories;</li>
 *   <li>{@code free_string} otherwise.</li>
 * </ol>
 *
 * A set shows its distinct count and its {@value #SAMPLES} most frequent values (ties by value); a scalar its
 * statistics ({@link ScalarStatistics}); a free string neither, because free text may identify people.
 */
final class FeatureInventory {

    /** A text column with more distinct values than this is free text, not a set. */
    static final int SET_MAX_DISTINCT = 50;
    /** Sample values shown per set column, as the spec allows. */
    static final int SAMPLES = 5;

    private FeatureInventory() {
    }

    /** One entry per column of {@code trainRows}, in column order. */
    static List<FeatureInfo> of(Table trainRows, ModelDescription model) {
        List<FeatureInfo> out = new ArrayList<>();
        for (String column : trainRows.columnNames()) {
            String[] cells = trainRows.column(column);
            String[] values = Arrays.stream(cells).filter(Objects::nonNull).toArray(String[]::new);
            FeatureType type = typeOf(values);
            Map<String, Integer> counts = type == FeatureType.SET ? counts(values) : Map.of();
            out.add(new FeatureInfo(column, type.spelling(),
                    type == FeatureType.SCALAR ? model.numericEncoder() : model.categoricalEncoder(),
                    importance(model), type == FeatureType.SET ? counts.size() : null,
                    type == FeatureType.SET ? samples(counts) : null,
                    type == FeatureType.SCALAR ? statistics(values) : null, cells.length - values.length, Map.of()));
        }
        return out;
    }

    /** The type of a column by the rule of the class comment. */
    static FeatureType typeOf(String[] values) {
        if (Arrays.stream(values).allMatch(v -> Cells.finiteNumber(v) != null)) {
            return FeatureType.SCALAR;
        }
        if (Arrays.stream(values).allMatch(FeatureInventory::isJsonContainer)) {
            return FeatureType.JSON;
        }
        long distinct = Arrays.stream(values).distinct().count();
        boolean fewDistinct = distinct <= SET_MAX_DISTINCT && distinct * 2 <= values.length;
        return fewDistinct ? FeatureType.SET : FeatureType.FREE_STRING;
    }

    private static ColumnImportance importance(ModelDescription model) {
        if (model.readsFeatures() == null) {
            return null;
        }
        return model.readsFeatures()
                ? ColumnImportance.of(1.0, ColumnImportance.INCLUDED, "An input of the model")
                : ColumnImportance.of(0.0, ColumnImportance.NOT_READ, "The model predicts without reading any feature");
    }

    private static boolean isJsonContainer(String value) {
        String text = value.trim();
        if (!(text.startsWith("{") || text.startsWith("["))) {
            return false;
        }
        try {
            return Json.mapper().readTree(text).isContainerNode();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static Map<String, Integer> counts(String[] values) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String v : values) {
            counts.merge(v, 1, Integer::sum);
        }
        return counts;
    }

    /** The most frequent values, ties in value order. */
    private static List<Object> samples(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(SAMPLES).map(e -> (Object) e.getKey()).toList();
    }

    /** Statistics of the values, or {@code null} for a column with none. */
    static ScalarStatistics statistics(String[] values) {
        if (values.length == 0) {
            return null;
        }
        double[] x = Arrays.stream(values).mapToDouble(Cells::finiteNumber).sorted().toArray();
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        double mean = sum / x.length;
        Double std = null;
        if (x.length > 1) {
            double squares = 0;
            for (double v : x) {
                squares += (v - mean) * (v - mean);
            }
            std = Math.sqrt(squares / (x.length - 1));
        }
        return new ScalarStatistics(x[0], x[x.length - 1], mean, std, quantile(x, 0.5), quantile(x, 0.1),
                quantile(x, 0.25), quantile(x, 0.75), quantile(x, 0.9), Map.of());
    }

    /** numpy's default ("linear") quantile of sorted values. */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
