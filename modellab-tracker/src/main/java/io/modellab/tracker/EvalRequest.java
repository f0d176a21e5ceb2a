package io.modellab.tracker;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.BaselineMetrics;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.metrics.BinaryPredictions;
import java.util.Objects;

/**
 * What one binary-classification evaluation needs: which run, on which data version from which code, and the
 * model's predictions on the test rows.
 *
 * @param project the project
 * @param runId the run being evaluated
 * @param model the model's name
 * @param role baseline or improved
 * @param dataset the dataset version
 * @param codeVersion the commit
 * @param seed the run's seed (also seeds the bootstrap)
 * @param testFeatures the test rows' input features, in the order of {@code predictions}
 * @param predictions the model's scores on the test rows with their actual labels
 * @param keySliceColumn the categorical column whose top categories become slices
 * @param baseline the baseline's metrics, required for an improved run, {@code null} for a baseline
 * @param repro the commands repro.md shows
 */
public record EvalRequest(String project, String runId, String model, ModelRole role, DatasetRef dataset,
                          CodeVersion codeVersion, long seed, Table testFeatures, BinaryPredictions predictions,
                          String keySliceColumn, BaselineMetrics baseline, ReproCommands repro) {

    /** Checks the request: an improved run must name its baseline. */
    public EvalRequest {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(codeVersion, "codeVersion: a run without a code version is invalid");
        Objects.requireNonNull(testFeatures, "testFeatures");
        Objects.requireNonNull(predictions, "predictions");
        Objects.requireNonNull(repro, "repro");
        if (testFeatures.rowCount() != predictions.size()) {
            throw new IllegalArgumentException(testFeatures.rowCount() + " test rows but " + predictions.size()
                    + " predictions");
        }
        if (!testFeatures.hasColumn(keySliceColumn)) {
            throw new IllegalArgumentException("key slice column \"" + keySliceColumn + "\" is not a feature; features are "
                    + testFeatures.columnNames());
        }
        if (role == ModelRole.IMPROVED && baseline == null) {
            throw new IllegalArgumentException("run " + runId + " is an improved run but names no baseline:"
                    + " evaluate a baseline on the same dataset version and split first (baseline-first rule)");
        }
    }
}
