package io.modellab.evalharness.spark;

import io.modellab.evalharness.core.io.ArtifactValidator;
import io.modellab.evalharness.core.io.AtomicFiles;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.schema.ConfidenceIntervals;
import io.modellab.evalharness.core.schema.EvalFiles;
import io.modellab.evalharness.core.schema.FailureExamples;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.io.Plot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * What the Spark evaluation computed: the records of metrics.json, confidence_intervals.json, slices.json and
 * failure_examples.json, and failure_modes.md, as the single-machine {@code EvalHarness} makes them.
 *
 * @param metrics the whole binary suite on all rows
 * @param confidenceIntervals BCa intervals of the headline metrics (ROC-AUC, accuracy, F1) over Poisson replicates
 * @param slices the default slices, worst first, as the single machine writes them
 * @param failureExamples the spec's failure rules' examples, tagged, as the single machine selects them
 * @param failureModes the failure-modes template (failure_modes.md) of those examples
 * @param plots the classification plots of spec 4.4.1 and accuracy by slice, as the single machine draws them
 */
public record SparkEvaluation(MetricsReport metrics, ConfidenceIntervals confidenceIntervals, SliceReport slices,
                              FailureExamples failureExamples, String failureModes, List<Plot> plots) {

    /** Copies the list. */
    public SparkEvaluation {
        plots = List.copyOf(plots);
    }

    /**
     * Writes the five files and plots/ into {@code evalDir} (created if missing), each JSON file validated, each
     * file written atomically; the same evaluation gives the same bytes.
     *
     * @return {@code evalDir}
     */
    public Path writeTo(Path evalDir) {
        write(evalDir.resolve(EvalFiles.STANDARD.metrics()), "metrics.json", metrics);
        write(evalDir.resolve(EvalFiles.STANDARD.confidenceIntervals()), "confidence_intervals.json",
                confidenceIntervals);
        write(evalDir.resolve(EvalFiles.STANDARD.slices()), "slices.json", slices);
        write(evalDir.resolve(EvalFiles.STANDARD.failureExamples()), "failure_examples.json", failureExamples);
        // As EvalFolderWriter writes it: ending in a newline.
        String template = failureModes.endsWith("\n") ? failureModes : failureModes + "\n";
        AtomicFiles.write(evalDir.resolve(EvalFiles.FAILURE_MODES), template.getBytes(StandardCharsets.UTF_8));
        Path plotsDir = evalDir.resolve(EvalFiles.STANDARD.plots());
        for (Plot plot : plots) {
            ByteArrayOutputStream image = new ByteArrayOutputStream();
            try {
                plot.content().writeTo(image);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot draw plot " + plot.fileName(), e);
            }
            AtomicFiles.write(plotsDir.resolve(plot.fileName()), image.toByteArray());
        }
        return evalDir;
    }

    private static void write(Path file, String what, Object record) {
        AtomicFiles.write(file, Json.toBytes(ArtifactValidator.requireValid(what, record)));
    }
}
