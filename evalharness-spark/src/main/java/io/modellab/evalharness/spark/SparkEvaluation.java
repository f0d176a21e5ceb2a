package io.modellab.evalharness.spark;

import io.modellab.evalharness.core.io.ArtifactValidator;
import io.modellab.evalharness.core.io.AtomicFiles;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.schema.ConfidenceIntervals;
import io.modellab.evalharness.core.schema.EvalFiles;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.SliceReport;
import java.nio.file.Path;

/**
 * What the Spark evaluation computed: the records of metrics.json, confidence_intervals.json and slices.json, as
 * the single-machine {@code EvalHarness} makes them.
 *
 * @param metrics the whole binary suite on all rows
 * @param confidenceIntervals BCa intervals of the headline metrics (ROC-AUC, accuracy, F1) over Poisson replicates
 * @param slices the default slices, worst first, as the single machine writes them
 */
public record SparkEvaluation(MetricsReport metrics, ConfidenceIntervals confidenceIntervals, SliceReport slices) {

    /**
     * Writes the three files into {@code evalDir} (created if missing), each validated and written atomically;
     * the same evaluation gives the same bytes.
     *
     * @return {@code evalDir}
     */
    public Path writeTo(Path evalDir) {
        write(evalDir.resolve(EvalFiles.STANDARD.metrics()), "metrics.json", metrics);
        write(evalDir.resolve(EvalFiles.STANDARD.confidenceIntervals()), "confidence_intervals.json",
                confidenceIntervals);
        write(evalDir.resolve(EvalFiles.STANDARD.slices()), "slices.json", slices);
        return evalDir;
    }

    private static void write(Path file, String what, Object record) {
        AtomicFiles.write(file, Json.toBytes(ArtifactValidator.requireValid(what, record)));
    }
}
