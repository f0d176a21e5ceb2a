package io.modellab.maven;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that ends by checking a run's rules and gates: {@code eval} and {@code check}. */
abstract class AbstractGatedMojo extends AbstractModelLabMojo {

    /** Metric thresholds, e.g. {@code roc_auc >= 0.75}, {@code accuracy > 70%}, {@code lower(roc_auc) >= 0.7}. */
    @Parameter(property = "modellab.gates")
    List<String> gates;

    /** Metrics whose improvement over the baseline must be significant (paired interval excludes 0). */
    @Parameter(property = "modellab.significantImprovement")
    List<String> significantImprovement;

    /** The gates, read before any work so that a typo fails fast. */
    List<MetricGate> parsedGates() throws MojoExecutionException {
        return parseGates(gates);
    }

    /** Checks the run's rules and gates and ends the build as {@code haltOnFailure} says. */
    void checkGates(List<MetricGate> parsed, String runId) throws MojoExecutionException, MojoFailureException {
        List<String> violations;
        try {
            violations = new GateCheck(artifactsRoot.toPath(), project, parsed,
                    significantImprovement == null ? List.of() : significantImprovement).violations(runId);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("[modellab] " + e.getMessage(), e);
        }
        report(violations, "[modellab] rules and gates hold for run " + runId);
    }
}
