package io.modellab.maven;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the rules and gates of a run already made (by {@code modellab:eval} or in-process), without training:
 * baseline first, metric thresholds, significant improvements over the baseline.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractModelLabMojo {

    /** The run to check; when unset, the project's newest run. */
    @Parameter(property = "modellab.runId")
    String runId;

    /** Metric thresholds, e.g. {@code roc_auc >= 0.75}, {@code accuracy > 70%}, {@code lower(roc_auc) >= 0.7}. */
    @Parameter(property = "modellab.gates")
    List<String> gates;

    /** Metrics whose improvement over the baseline must be significant (paired interval excludes 0). */
    @Parameter(property = "modellab.significantImprovement")
    List<String> significantImprovement;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        List<MetricGate> parsed = parseGates(gates);
        String id = runId != null ? runId : Runs.newest(artifactsRoot.toPath(), project);
        List<String> violations;
        try {
            violations = new GateCheck(artifactsRoot.toPath(), project, parsed,
                    significantImprovement == null ? List.of() : significantImprovement).violations(id);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("[modellab] " + e.getMessage(), e);
        }
        report(violations, "[modellab] rules and gates hold for run " + id);
    }
}
