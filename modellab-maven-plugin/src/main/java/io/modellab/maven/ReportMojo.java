package io.modellab.maven;

import io.modellab.evalharness.plots.html.ProjectIndex;
import io.modellab.evalharness.plots.html.RunReports;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Writes (again) a run's report.html and the project's run history page from the files on disk. */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractModelLabMojo {

    /** The run to report; when unset, the project's newest run. */
    @Parameter(property = "modellab.runId")
    String runId;

    @Override
    void run() throws MojoExecutionException {
        String id = runId != null ? runId : Runs.newest(artifactsRoot.toPath(), project);
        try {
            getLog().info("[modellab] report: " + RunReports.write(artifactsRoot.toPath(), project, id));
            getLog().info("[modellab] run history: " + ProjectIndex.write(artifactsRoot.toPath(), project));
        } catch (RuntimeException e) {
            throw new MojoExecutionException("[modellab] " + e.getMessage(), e);
        }
    }
}
