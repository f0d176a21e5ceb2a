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
public class CheckMojo extends AbstractGatedMojo {

    /** The run to check; when unset, the project's newest run. */
    @Parameter(property = "modellab.runId")
    String runId;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        List<MetricGate> parsed = parsedGates();
        checkGates(parsed, runId != null ? runId : Runs.newest(artifactsRoot.toPath(), project));
    }
}
