package io.modellab.maven;

import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.spi.EvalPipeline;
import io.modellab.templates.BinaryExperiment;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Trains and evaluates a baseline and a candidate model on a CSV file, baseline first, as tracked runs; writes their
 * eval folders, reports, the comparison and the run history; then fails the build on a broken rule (leakage, baseline
 * first, a run without a code version) or a missed gate. The candidate is a template or the project's own
 * {@link EvalPipeline} class.
 */
@Mojo(name = "eval", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class EvalMojo extends AbstractExperimentMojo {

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        List<MetricGate> parsedGates = parsedGates();
        CodeVersion code = codeVersion();
        EvalPipeline base = baselinePipeline();
        BinaryExperiment.Result result = withExperiment(code, (experiment, candidate) -> {
            getLog().info("[modellab] evaluating " + candidate.name() + " against "
                    + (base == null ? "no baseline" : base.name()) + " on " + data() + ", seed " + seed);
            return experiment.run(base, candidate);
        });
        if (result == null) {
            return;  // a broken leakage rule, reported
        }
        getLog().info("[modellab] report: " + result.candidateReport());
        if (result.compareReport() != null) {
            getLog().info("[modellab] comparison: " + result.compareReport());
        }
        getLog().info("[modellab] run history: " + result.projectIndex());
        checkGates(parsedGates, result.candidateRunId());
    }
}
