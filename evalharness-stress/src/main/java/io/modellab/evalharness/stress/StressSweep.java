package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.schema.ColumnPermutationImportance;
import io.modellab.evalharness.core.schema.Degradation;
import io.modellab.evalharness.core.schema.DegradedMetric;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.StressCorruption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs a model through seeded corruptions at every severity of the sweep and builds the degradation table: per
 * corruption and severity, each metric clean and corrupted, their difference and its paired bootstrap interval; and
 * each feature column's permutation importance. The task says how the model is called and scored: a binary
 * classifier ({@link BinaryTask}) or a regressor ({@link RegressionTask}).
 *
 * <pre>{@code
 * StressSweep<Predictor> sweep = new StressSweep<>(StressOptions.of(42), new BinaryTask("bad", "good", 0.5));
 * DegradationTable table = sweep.runStandard(predictor, new LabelledRows(testFeatures, testLabels), null);
 * }</pre>
 *
 * <p>Two phases: first every corrupted copy is made and predicted, one after another on the caller's thread (a
 * model need not be thread-safe); then the intervals, the expensive part, are spread over
 * {@link StressOptions#threads()}. Every corruption's randomness derives from the seed and its name, and every
 * interval from the seed, so the table is the same on any number of threads and in any run. The caller's rows are
 * never changed.
 *
 * @param <M> how the model is called
 */
public final class StressSweep<M> {

    private final StressOptions options;
    private final StressTask<M> task;

    /**
     * @param options the sweep, metrics, bootstrap and threads
     * @param task how the model is called and its predictions scored
     * @throws IllegalArgumentException when a metric of the options is not one of the task's
     */
    public StressSweep(StressOptions options, StressTask<M> task) {
        this.options = Objects.requireNonNull(options, "options");
        this.task = Objects.requireNonNull(task, "task");
        for (String metric : options.metrics()) {
            if (!task.metricNames().contains(metric)) {
                throw new IllegalArgumentException("Metric value not found: " + metric + "; the task's metrics are "
                        + task.metricNames());
            }
        }
    }

    /**
     * The standard corruptions ({@link StandardCorruptions}), shuffling the column permutation importance ranks first,
     * and a distribution shift when given.
     *
     * @param shift the distribution shift, or {@code null} for none
     */
    public DegradationTable runStandard(M model, LabelledRows test, DistributionShift<M> shift) {
        return run(model, test, ranked -> task.standardCorruptions(test.features(), ranked.get(0).column()), shift);
    }

    /**
     * The given corruptions, and a distribution shift when given.
     *
     * @param corruptions with unique names
     * @param shift the distribution shift, or {@code null} for none
     */
    public DegradationTable run(M model, LabelledRows test, List<Corruption> corruptions, DistributionShift<M> shift) {
        List<Corruption> given = List.copyOf(corruptions);
        return run(model, test, ranked -> given, shift);
    }

    private DegradationTable run(M model, LabelledRows test,
                                 Function<List<ColumnPermutationImportance>, List<Corruption>> choose,
                                 DistributionShift<M> shift) {
        Objects.requireNonNull(model, "model");
        if (test.size() == 0 || test.features().columnNames().isEmpty()) {
            throw new IllegalArgumentException("a stress sweep needs test rows with at least one feature column");
        }
        ScoredRows clean = task.score(model, test);

        List<String> columns = test.features().columnNames();
        List<Cell> importanceCells = new ArrayList<>();
        for (String column : columns) {
            ShuffleColumn shuffle = new ShuffleColumn(column);
            Corruption.Corrupted shuffled = shuffle.apply(test, 1.0, StressRandom.seed(options.seed(), shuffle.name()));
            importanceCells.add(new Cell(column, 1.0, shuffled.touched(), clean, task.score(model, shuffled.rows())));
            options.progress().progress("stress permutation importance", importanceCells.size(), columns.size());
        }
        List<Corruption> corruptions = choose.apply(
                PermutationImportance.ranked(PermutationImportance.points(importanceCells, options.rankingMetric())));

        List<StressCorruption> described = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int predicted = 0;
        int toPredict = corruptions.size() * options.severities().size();
        for (Corruption corruption : corruptions) {
            StressCorruption description = corruption.describe();
            if (!names.add(description.name())) {
                throw new IllegalArgumentException("two corruptions are named " + description.name());
            }
            described.add(description);
            long seed = StressRandom.seed(options.seed(), description.name());
            for (double severity : options.severities()) {
                // Severity 0 is the clean rows (every corruption's contract): no second prediction.
                Corruption.Corrupted corrupted = severity == 0 ? new Corruption.Corrupted(test, 0)
                        : corruption.apply(test, severity, seed);
                ScoredRows scored = corrupted.rows() == test ? clean : task.score(model, corrupted.rows());
                cells.add(new Cell(description.name(), severity, corrupted.touched(), clean, scored));
                options.progress().progress("stress corruptions", ++predicted, toPredict);
            }
        }
        if (shift != null) {
            StressCorruption description = shift.describe();
            if (!names.add(description.name())) {
                throw new IllegalArgumentException("two corruptions are named " + description.name());
            }
            described.add(description);
            cells.addAll(shift.cells(test, task, options));
            options.progress().progress("stress distribution shift", 1, 1);
        }

        List<Cell> all = new ArrayList<>(importanceCells);
        all.addAll(cells);
        List<List<DegradedMetric>> deltas = intervals(all, importanceCells.size());
        List<ColumnPermutationImportance> importance = new ArrayList<>();
        for (int i = 0; i < importanceCells.size(); i++) {
            importance.add(PermutationImportance.of(importanceCells.get(i).corruption(), deltas.get(i).get(0)));
        }
        List<Degradation> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            rows.add(new Degradation(cell.corruption(), cell.severity(), cell.clean().size(), cell.touched(),
                    deltas.get(importanceCells.size() + i)));
        }
        List<MetricValue> cleanMetrics = clean.metrics(clean.allRows()).stream()
                .filter(m -> options.metrics().contains(m.name()))
                .sorted(Comparator.comparingInt(m -> options.metrics().indexOf(m.name()))).toList();
        return new DegradationTable(cleanMetrics, described, rows, PermutationImportance.ranked(importance), options);
    }

    /**
     * The paired differences of every cell: the first {@code rankingOnly} cells (permutation importance) for the
     * ranking metric only, the others for every metric. Cells are spread over the threads; each cell's result depends
     * on the cell alone.
     */
    private List<List<DegradedMetric>> intervals(List<Cell> cells, int rankingOnly) {
        int total = cells.size();
        List<List<DegradedMetric>> out = new ArrayList<>(total);
        int threads = Math.min(options.threads(), total);
        int[] done = {0};
        Function<Integer, List<DegradedMetric>> one = i -> {
            List<DegradedMetric> result = PairedDeltas.of(cells.get(i),
                    i < rankingOnly ? List.of(options.rankingMetric()) : options.metrics(), options);
            synchronized (done) {
                options.progress().progress("stress intervals", ++done[0], total);
            }
            return result;
        };
        if (threads <= 1) {
            for (int i = 0; i < total; i++) {
                out.add(one.apply(i));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "modellab-stress");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<DegradedMetric>>> parts = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                int cell = i;
                parts.add(pool.submit(() -> one.apply(cell)));
            }
            for (Future<List<DegradedMetric>> part : parts) {
                out.add(part.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stress sweep interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
