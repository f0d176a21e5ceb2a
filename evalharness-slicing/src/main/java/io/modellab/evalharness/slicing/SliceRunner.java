package io.modellab.evalharness.slicing;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.MetricDelta;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SliceDefinition;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.metrics.BootstrapInterval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Computes every slice's metrics, delta from overall and headline interval, flags small slices, and names the worst.
 *
 * <p>Cost: one pass per {@link SliceFamily} assigns each row its slice; then {@link SliceMetrics} evaluates the
 * family: in one more pass for a binary classifier ({@link SliceMetrics#binary}), or slice by slice on each slice's
 * rows ({@link SliceMetrics#ofRows}: about one computation of the metrics on all rows per family, plus one interval per
 * slice).
 *
 * <p><b>Worst slice, size-aware.</b> Slices are ordered worst first by the end of their headline metric's interval
 * that is most favourable to them: for a metric where higher is better, the <em>upper</em> end, lowest first (for
 * one where lower is better, the lower end, highest first). The worst slice is the first of at least
 * {@code minSampleSize} rows. A small slice's wide interval reaches far up, so it is singled out only when even its
 * optimistic value is worse than every other slice's: a few unlucky rows do not make a slice the worst. A slice
 * without an interval is ordered by its value; slices whose metric is undefined go last; ties go to the lower value,
 * then the name.
 *
 * @param metrics the task's metrics and headline interval of each slice
 * @param minSampleSize slices with fewer rows are flagged {@code below_min_size} (and kept)
 * @param rankBy the headline metric: it gets the interval and orders the slices
 * @param higherIsBetter whether a higher {@code rankBy} is better
 */
public record SliceRunner(SliceMetrics metrics, int minSampleSize, String rankBy, boolean higherIsBetter) {

    /** Checks the arguments. */
    public SliceRunner {
        Objects.requireNonNull(metrics, "metrics");
        if (minSampleSize < 1) {
            throw new IllegalArgumentException("minimum slice size must be at least 1, got " + minSampleSize);
        }
    }

    /**
     * A runner that evaluates each slice on its rows ({@link SliceMetrics#ofRows}).
     *
     * @param metricsOf the task's metrics on a set of row positions
     * @param interval the headline metric's interval on a slice's rows, {@code null} for none
     */
    public SliceRunner(Function<int[], List<MetricValue>> metricsOf, int minSampleSize, String rankBy,
                       boolean higherIsBetter, SliceInterval interval) {
        this(SliceMetrics.ofRows(metricsOf, interval), minSampleSize, rankBy, higherIsBetter);
    }

    /** A runner without intervals, for a metric where higher is better. */
    public SliceRunner(Function<int[], List<MetricValue>> metricsOf, int minSampleSize, String rankBy) {
        this(metricsOf, minSampleSize, rankBy, true, null);
    }

    /**
     * The slices, worst first, and the worst.
     *
     * @param slices every slice, worst first by the rule of the class comment
     * @param worst the worst slice of at least the minimum size, {@code null} when none qualifies
     * @param worstRule the rule, in words
     */
    public record Evaluation(List<SliceResult> slices, SliceResult worst, String worstRule) {

        /** Copies the list. */
        public Evaluation {
            slices = List.copyOf(slices);
        }
    }

    /** The rule that names the worst slice, in words (written into slices.json). */
    public String worstRule() {
        return "the slice of at least " + minSampleSize + " rows whose " + rankBy + " interval has the "
                + (higherIsBetter ? "lowest upper end" : "highest lower end")
                + " (its value where it has no interval): even its most favourable plausible value is the worst";
    }

    /**
     * Runs slice families over {@code data}, whose row positions are those {@code metricsOf} expects.
     *
     * @param overall the metrics on all rows
     */
    public Evaluation run(List<SliceFamily> families, SliceData data, List<MetricValue> overall) {
        Map<String, Double> reference = reference(overall);
        List<SliceResult> results = new ArrayList<>();
        for (SliceFamily family : families) {
            int[] bucket = family.partition(data);
            if (bucket != null) {
                List<SliceMetrics.Outcome> outcomes = metrics.evaluate(bucket, family.slices().size(), rankBy);
                for (int s = 0; s < outcomes.size(); s++) {
                    results.add(result(family.slices().get(s), family.name(), outcomes.get(s), reference));
                }
            } else {
                for (SliceDefinition slice : family.slices()) {
                    results.add(alone(slice, family.name(), data, reference));
                }
            }
        }
        return rank(results);
    }

    /**
     * Orders slice results worst first and names the worst, as {@link #run(List, SliceData, List)} does once every
     * slice is computed: for results computed elsewhere with {@link #result(SliceDefinition, String, long, List, Supplier, List)}.
     */
    public Evaluation rank(List<SliceResult> results) {
        List<SliceResult> ranked = new ArrayList<>(results);
        ranked.sort(order());
        return new Evaluation(ranked, worst(ranked), worstRule());
    }

    /** Runs slices given one by one (no family) over a table; worst first. */
    public List<SliceResult> run(List<SliceDefinition> slices, Table table, List<MetricValue> overall) {
        Map<String, Double> reference = reference(overall);
        SliceData data = SliceData.of(table);
        List<SliceResult> results = new ArrayList<>();
        for (SliceDefinition slice : slices) {
            results.add(alone(slice, null, data, reference));
        }
        results.sort(order());
        return results;
    }

    /** The worst slice of at least the minimum size, or {@code null} when there is none. */
    public SliceResult worst(List<SliceResult> ranked) {
        return ranked.stream().filter(r -> !r.belowMinSize() && key(r) != null).findFirst().orElse(null);
    }

    private static Map<String, Double> reference(List<MetricValue> overall) {
        Map<String, Double> reference = new HashMap<>();
        overall.forEach(m -> reference.put(m.name(), m.value()));
        return reference;
    }

    /** A slice that is not part of a partition: its rows become a family of one. */
    private SliceResult alone(SliceDefinition slice, String family, SliceData data, Map<String, Double> reference) {
        int[] bucket = new int[data.size()];
        Arrays.fill(bucket, -1);
        for (int row : Slices.rows(slice, data)) {
            bucket[row] = 0;
        }
        return result(slice, family, metrics.evaluate(bucket, 1, rankBy).get(0), reference);
    }

    private SliceResult result(SliceDefinition slice, String family, SliceMetrics.Outcome outcome,
                               Map<String, Double> reference) {
        return result(slice, family, outcome.size(), outcome.metrics(), outcome::interval, reference);
    }

    /**
     * One slice's result from its metrics computed elsewhere (from a distributed engine's merged counts), as this
     * runner makes it from rows: deltas from {@code overall}, the small-slice flag, and the interval, asked for only
     * where this runner would compute one.
     *
     * @param size the slice's rows
     * @param metrics the slice's metrics, empty for an empty slice
     * @param interval the headline metric's interval on the slice, {@code null} for none
     */
    public SliceResult result(SliceDefinition slice, String family, long size, List<MetricValue> metrics,
                              Supplier<BootstrapInterval> interval, List<MetricValue> overall) {
        return result(slice, family, size, metrics, interval, reference(overall));
    }

    private SliceResult result(SliceDefinition slice, String family, long size, List<MetricValue> metrics,
                               Supplier<BootstrapInterval> interval, Map<String, Double> reference) {
        List<MetricDelta> deltas = new ArrayList<>();
        for (MetricValue m : metrics) {
            Double base = reference.get(m.name());
            deltas.add(new MetricDelta(m.name(), m.value() == null || base == null ? null : m.value() - base));
        }
        ConfidenceInterval ci = null;
        if (interval != null && size > 0 && MetricValue.valueOf(metrics, rankBy) != null) {
            BootstrapInterval b = interval.get();
            if (b != null && b.resamplesUsed() > 0 && Double.isFinite(b.pointEstimate()) && Double.isFinite(b.lower())
                    && Double.isFinite(b.upper()) && Double.isFinite(b.mean())) {
                ci = new ConfidenceInterval(rankBy, b.pointEstimate(), b.mean(), b.lower(), b.upper(), b.resamplesUsed(),
                        b.method(), b.bca() == null ? null : finite(b.bca().biasCorrection()),
                        b.bca() == null ? null : finite(b.bca().acceleration()));
            }
        }
        return new SliceResult(Slices.name(slice), slice, size, size < minSampleSize, metrics, deltas, family, ci);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** The favourable end of the interval, or the value; {@code null} when the metric is undefined. */
    private Double key(SliceResult r) {
        if (r.interval() != null) {
            return higherIsBetter ? r.interval().upper() : r.interval().lower();
        }
        return MetricValue.valueOf(r.metrics(), rankBy);
    }

    private Comparator<SliceResult> order() {
        Comparator<Double> worseFirst = higherIsBetter ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparing(this::key, Comparator.nullsLast(worseFirst))
                .thenComparing(r -> MetricValue.valueOf(r.metrics(), rankBy), Comparator.nullsLast(worseFirst))
                .thenComparing(SliceResult::name);
    }
}
