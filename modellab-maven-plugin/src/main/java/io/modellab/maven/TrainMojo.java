package io.modellab.maven;

import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.spi.EvalPipeline;
import io.modellab.templates.BinaryExperiment;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Trains the baseline and then the candidate (a template or the project's own {@link EvalPipeline} class) on the
 * dataset version's train rows, each as a tracked run, without evaluating them: a DONE run holds its saved model and
 * inference signature ({@code model/}, for a Tribuo model), {@code predictions.sample.csv} and {@code logs/run.log}.
 * A broken leakage rule or a run without a code version fails the build, as in {@code eval}. Metric gates need an
 * evaluation: configure them on {@code eval}, which trains and evaluates from scratch.
 */
@Mojo(name = "train", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class TrainMojo extends AbstractExperimentMojo {

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        if ((gates != null && !gates.isEmpty()) || (significantImprovement != null && !significantImprovement.isEmpty())) {
            throw new MojoExecutionException("[modellab] train evaluates nothing, so it checks no metric gate;"
                    + " move gates and significantImprovement to the eval goal");
        }
        CodeVersion code = codeVersion();
        EvalPipeline base = baselinePipeline();
        BinaryExperiment.Trained trained = withExperiment(code, (experiment, candidate) -> {
            getLog().info("[modellab] training " + (base == null ? "" : base.name() + " (baseline), then ")
                    + candidate.name() + " on " + data() + ", seed " + seed);
            return experiment.train(base, candidate);
        });
        if (trained == null) {
            return;  // a broken leakage rule, reported
        }
        if (trained.baselineRunId() != null) {
            getLog().info("[modellab] trained baseline run " + trained.baselineRunId() + ": "
                    + runDir(trained.baselineRunId()));
        }
        getLog().info("[modellab] trained run " + trained.candidateRunId() + ": " + runDir(trained.candidateRunId()));
        getLog().info("[modellab] run history: " + trained.projectIndex());
    }

    private Path runDir(String runId) {
        return EvalFolderWriter.runDir(artifactsRoot.toPath(), project, runId);
    }
}
