package io.modellab.maven;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.io.CompareFolder;
import io.modellab.tracker.compare.Comparisons;
import io.modellab.tracker.compare.RunComparison;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Compares two runs of the project (found by id under the artifacts root) into compare.json and compare.html. */
@Mojo(name = "compare", threadSafe = true)
public class CompareMojo extends AbstractModelLabMojo {

    /** The run compared against, usually the baseline. */
    @Parameter(property = "modellab.reference", required = true)
    String reference;

    /** The run compared. */
    @Parameter(property = "modellab.candidate", required = true)
    String candidate;

    /** Bootstrap resamples of each difference's interval. */
    @Parameter(property = "modellab.resamples", defaultValue = "1000")
    int resamples;

    /** The bootstrap's seed. */
    @Parameter(property = "modellab.seed", defaultValue = "42")
    long seed;

    @Override
    void run() throws MojoExecutionException {
        ProgressListener progress = (stage, done, total) -> {
            if (done == total) {
                getLog().info("[modellab] " + stage + " done");
            }
        };
        try {
            getLog().info("[modellab] comparison: " + Comparisons.write(artifactsRoot.toPath(), project, reference,
                    candidate, new RunComparison(resamples, seed, 0.95, progress)).resolve(CompareFolder.REPORT));
        } catch (RuntimeException e) {
            throw new MojoExecutionException("[modellab] " + e.getMessage(), e);
        }
    }
}
