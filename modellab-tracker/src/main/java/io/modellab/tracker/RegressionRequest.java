package io.modellab.tracker;

import io.modellab.evalharness.core.ReproSteps;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.data.ValuePredictor;
import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.BaselineMetrics;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.metrics.RegressionRows;
import io.modellab.evalharness.stress.Retraining;
import java.util.Objects;

/**
 * What one regression evaluation needs: which run, on which data version from which code, and the model's
 * predictions on the test rows with their actual values; and, to stress the model, the model itself.
 *
 * @param project the project
 * @param runId the run being evaluated
 * @param model the model's name
 * @param role baseline or improved
 * @param dataset the dataset version
 * @param codeVersion the commit
 * @param seed the run's seed (also seeds the bootstrap)
 * @param target the name of the predicted column
 * @param testFeatures the test rows' input features (with their row ids), in the order of {@code predictions}
 * @param predictions each test row's actual value and prediction
 * @param keySliceColumn the feature whose buckets become slices, or {@code null} to let the documented rule of
 *     {@link io.modellab.evalharness.slicing.KeyFeature#forTarget} choose it
 * @param baselineCheck for an improved run, the baseline-first verdict; {@code null} for a baseline
 * @param baseline the baseline's metrics, given exactly when the verdict is OK
 * @param repro the commands repro.md shows
 * @param predictor the model that made {@code predictions}, to be stressed (stress.json); {@code null} for none
 * @param retraining the training rows (targets as {@link io.modellab.evalharness.stress.RegressionTask#labels}) and
 *     how to train the model again on part of them, for the distribution shift; {@code null} for none, and only with a
 *     predictor
 */
public record RegressionRequest(String project, String runId, String model, ModelRole role, DatasetRef dataset,
                                CodeVersion codeVersion, long seed, String target, Table testFeatures,
                                RegressionRows predictions, String keySliceColumn, BaselineCheck baselineCheck,
                                BaselineMetrics baseline, ReproSteps repro, ValuePredictor predictor,
                                Retraining<ValuePredictor> retraining) {

    /** A request without a model: the eval folder then has no stress table. */
    public RegressionRequest(String project, String runId, String model, ModelRole role, DatasetRef dataset,
                             CodeVersion codeVersion, long seed, String target, Table testFeatures,
                             RegressionRows predictions, String keySliceColumn, BaselineCheck baselineCheck,
                             BaselineMetrics baseline, ReproSteps repro) {
        this(project, runId, model, role, dataset, codeVersion, seed, target, testFeatures, predictions, keySliceColumn,
                baselineCheck, baseline, repro, null, null);
    }

    /** This request with the model to stress, and optionally how to train it again (for the distribution shift). */
    public RegressionRequest withModel(ValuePredictor fitted, Retraining<ValuePredictor> retrainingOrNull) {
        return new RegressionRequest(project, runId, model, role, dataset, codeVersion, seed, target, testFeatures,
                predictions, keySliceColumn, baselineCheck, baseline, repro, fitted, retrainingOrNull);
    }

    /** Checks the request: one prediction per test row, and the baseline-first rules of {@link EvalRequest}. */
    public RegressionRequest {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(codeVersion, "codeVersion: a run without a code version is invalid");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(testFeatures, "testFeatures");
        Objects.requireNonNull(predictions, "predictions");
        Objects.requireNonNull(repro, "repro");
        if (testFeatures.rowCount() != predictions.size()) {
            throw new IllegalArgumentException(testFeatures.rowCount() + " test rows but " + predictions.size()
                    + " predictions");
        }
        if (predictions.size() == 0) {
            throw new IllegalArgumentException("run " + runId + ": no test rows to evaluate");
        }
        if (testFeatures.hasColumn(target)) {
            throw new IllegalArgumentException("the target \"" + target + "\" is among the test features; the features"
                    + " must not hold the target");
        }
        if (keySliceColumn != null && !testFeatures.hasColumn(keySliceColumn)) {
            throw new IllegalArgumentException("key slice column \"" + keySliceColumn + "\" is not a feature; features are "
                    + testFeatures.columnNames());
        }
        if (retraining != null && predictor == null) {
            throw new IllegalArgumentException("run " + runId + ": retraining is for stressing a model, but no predictor"
                    + " was given");
        }
        EvalRequest.requireBaselineFirst(runId, role, baselineCheck, baseline);
    }
}
