package io.modellab.tracker;

import io.modellab.evalharness.core.ReproSteps;
import io.modellab.evalharness.core.data.Predictor;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.BaselineMetrics;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.stress.Retraining;
import java.util.Objects;

/**
 * What one binary-classification evaluation needs: which run, on which data version from which code, and the
 * model's predictions on the test rows; and, to stress the model, the model itself.
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
 * @param keySliceColumn the categorical column whose top categories become slices, or {@code null} to let the
 *     documented rule of {@link io.modellab.evalharness.slicing.KeyFeature#forClasses} choose it
 * @param baselineCheck for an improved run, the baseline-first verdict; {@code null} for a baseline
 * @param baseline the baseline's metrics, given exactly when the verdict is OK
 * @param repro the commands repro.md shows
 * @param predictor the model that made {@code predictions}, to be stressed (stress.json); {@code null} for none
 * @param retraining the training rows and how to train the model again on part of them, for the distribution shift;
 *     {@code null} for none, and only with a predictor
 */
public record EvalRequest(String project, String runId, String model, ModelRole role, DatasetRef dataset,
                          CodeVersion codeVersion, long seed, Table testFeatures, BinaryPredictions predictions,
                          String keySliceColumn, BaselineCheck baselineCheck, BaselineMetrics baseline,
                          ReproSteps repro, Predictor predictor, Retraining<Predictor> retraining) {

    /** A request without a model: the eval folder then has no stress table. */
    public EvalRequest(String project, String runId, String model, ModelRole role, DatasetRef dataset,
                       CodeVersion codeVersion, long seed, Table testFeatures, BinaryPredictions predictions,
                       String keySliceColumn, BaselineCheck baselineCheck, BaselineMetrics baseline,
                       ReproSteps repro) {
        this(project, runId, model, role, dataset, codeVersion, seed, testFeatures, predictions, keySliceColumn,
                baselineCheck, baseline, repro, null, null);
    }

    /** This request with the model to stress, and optionally how to train it again (for the distribution shift). */
    public EvalRequest withModel(Predictor fitted, Retraining<Predictor> retrainingOrNull) {
        return new EvalRequest(project, runId, model, role, dataset, codeVersion, seed, testFeatures, predictions,
                keySliceColumn, baselineCheck, baseline, repro, fitted, retrainingOrNull);
    }

    /** Checks the request: an improved run carries its baseline-first verdict, and the baseline's metrics only if OK. */
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
        if (keySliceColumn != null && !testFeatures.hasColumn(keySliceColumn)) {
            throw new IllegalArgumentException("key slice column \"" + keySliceColumn + "\" is not a feature; features are "
                    + testFeatures.columnNames());
        }
        if (retraining != null && predictor == null) {
            throw new IllegalArgumentException("run " + runId + ": retraining is for stressing a model, but no predictor"
                    + " was given");
        }
        requireBaselineFirst(runId, role, baselineCheck, baseline);
    }

    /**
     * The baseline-first shape every evaluation request has: an improved run carries its verdict, a baseline none, and
     * the baseline's metrics come exactly with an OK verdict.
     */
    static void requireBaselineFirst(String runId, ModelRole role, BaselineCheck baselineCheck, BaselineMetrics baseline) {
        if (role == ModelRole.IMPROVED && baselineCheck == null) {
            throw new IllegalArgumentException("run " + runId + " is an improved run but has no baseline-first check:"
                    + " resolve its baseline first (RunRules.resolveBaseline)");
        }
        if (role == ModelRole.BASELINE && (baselineCheck != null || baseline != null)) {
            throw new IllegalArgumentException("run " + runId + " is a baseline and cannot have a baseline of its own");
        }
        if (baselineCheck != null && baselineCheck.ok() != (baseline != null)) {
            throw new IllegalArgumentException("run " + runId + ": the baseline's metrics are given exactly when the"
                    + " baseline-first check is OK, but the check is " + baselineCheck.status()
                    + (baseline == null ? " and no metrics were given" : " and metrics were given"));
        }
    }
}
