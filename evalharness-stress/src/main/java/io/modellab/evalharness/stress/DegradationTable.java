package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.MetricDirection;
import io.modellab.evalharness.core.schema.ColumnPermutationImportance;
import io.modellab.evalharness.core.schema.Degradation;
import io.modellab.evalharness.core.schema.DegradedMetric;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.StressCorruption;
import io.modellab.evalharness.core.schema.StressReport;
import java.util.List;
import java.util.Optional;

/**
 * What a stress sweep found: the clean metrics, one row per corruption and severity, and each feature column's
 * permutation importance.
 *
 * @param clean the metrics on the clean test rows
 * @param corruptions what each corruption does, in the order of the rows
 * @param rows the degradation table, per corruption in order of severity
 * @param importance per feature column, largest importance first (undefined last, then column order)
 * @param options how the sweep ran
 */
public record DegradationTable(List<MetricValue> clean, List<StressCorruption> corruptions, List<Degradation> rows,
                               List<ColumnPermutationImportance> importance, StressOptions options) {

    /** Copies the lists. */
    public DegradationTable {
        clean = List.copyOf(clean);
        corruptions = List.copyOf(corruptions);
        rows = List.copyOf(rows);
        importance = List.copyOf(importance);
    }

    /**
     * The row whose ranking metric ({@link StressOptions#rankingMetric()}) gets worst, over every corruption of the
     * model's input or training (label noise is left out: it tests the evaluation, not the model): the largest drop,
     * or the largest rise of a metric where lower is better (an error). Empty when no such row has a defined
     * difference for the worse. Ties go to the earlier row.
     */
    public Optional<Degradation> mostDamaging() {
        String metric = options.rankingMetric();
        MetricDirection direction = MetricDirection.of(metric);
        Degradation worst = null;
        double worstDelta = 0;
        for (Degradation row : rows) {
            if (kind(row.corruption()).equals(LabelNoise.KIND)) {
                continue;
            }
            DegradedMetric m = row.metric(metric);
            if (m != null && m.delta() != null && direction.worseningBy(m.delta()) > worstDelta) {
                worst = row;
                worstDelta = direction.worseningBy(m.delta());
            }
        }
        return Optional.ofNullable(worst);
    }

    /** What corruption {@code name} does. */
    public StressCorruption corruption(String name) {
        return corruptions.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no corruption named " + name));
    }

    private String kind(String name) {
        return corruption(name).kind();
    }

    /**
     * stress.json of run {@code runId}.
     *
     * @param plots the degradation plots written with it, relative to the eval folder
     */
    public StressReport toReport(String runId, List<String> plots) {
        return new StressReport(SchemaVersion.CURRENT, runId, options.seed(), PairedDeltas.METHOD,
                options.confidenceLevel(), options.resamples(), options.severities(), options.metrics(), clean,
                corruptions, rows, options.rankingMetric(), importance, plots);
    }
}
