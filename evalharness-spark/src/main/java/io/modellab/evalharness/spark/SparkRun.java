package io.modellab.evalharness.spark;

import io.modellab.evalharness.core.ReproSteps;
import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.BaselineMetrics;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.ModelRole;
import java.util.Objects;

/**
 * What eval_summary.json, takeaway.txt and repro.md say about the run beyond the numbers, as the single machine's
 * eval request carries it: the Spark job knows its predictions, not which project, dataset version and commit they
 * belong to.
 *
 * @param project the project the run belongs to
 * @param role baseline or improved
 * @param dataset the evaluated dataset version (its name and version appear in the takeaway; its name must be the
 *     one given to {@link SparkEvalOptions#withDataset}, which titles the plots)
 * @param codeVersion the commit the predictions came from
 * @param repro the commands repro.md shows ({@value ReproSteps#RUN_ID} stands for the run's id)
 * @param baseline an improved run's baseline metrics (metrics.json and the takeaway compare against them), or
 *     {@code null} for a baseline run
 * @param baselineCheck an improved run's baseline-first check, or {@code null}
 */
public record SparkRun(String project, ModelRole role, DatasetRef dataset, CodeVersion codeVersion, ReproSteps repro,
                       BaselineMetrics baseline, BaselineCheck baselineCheck) {

    /** Checks that everything but the baseline is given. */
    public SparkRun {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(codeVersion, "codeVersion");
        Objects.requireNonNull(repro, "repro");
    }

    /**
     * Refuses an evaluation whose plots were titled with another dataset than this run's: the plots are drawn before
     * the run is known, and a folder whose titles and takeaway name different data would contradict itself.
     */
    void requirePlotsTitledWith(String titled) {
        if (!dataset.name().equals(titled)) {
            throw new IllegalArgumentException("the run's dataset is \"" + dataset.name() + "\" but the plots were"
                    + " titled \"" + titled + "\": evaluate with SparkEvalOptions.withDataset(\"" + dataset.name()
                    + "\")");
        }
    }

    /** A baseline run: no baseline to compare against. */
    public static SparkRun baseline(String project, DatasetRef dataset, CodeVersion codeVersion, ReproSteps repro) {
        return new SparkRun(project, ModelRole.BASELINE, dataset, codeVersion, repro, null, null);
    }
}
