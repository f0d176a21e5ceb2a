package io.modellab.maven;

import io.modellab.evalharness.core.schema.ReproPackManifest;
import io.modellab.tracker.repro.ReproPacks;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Exports a run as a repro pack: one zip with its run record (credential-like config values redacted), eval folder,
 * dataset and manifest.
 */
@Mojo(name = "repro", threadSafe = true)
public class ReproMojo extends AbstractModelLabMojo {

    /** The run to pack; when unset, the project's newest run. */
    @Parameter(property = "modellab.runId")
    String runId;

    /** Where the zip goes; by default {@code target/modellab/<run id>.zip}. */
    @Parameter(property = "modellab.pack")
    File pack;

    /** Leave the dataset file out of the pack (its checksum still travels). */
    @Parameter(property = "modellab.withoutDataset", defaultValue = "false")
    boolean withoutDataset;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    @Override
    void run() throws MojoExecutionException {
        String id = runId != null ? runId : Runs.newest(artifactsRoot.toPath(), project);
        File zip = pack != null ? pack : new File(buildDirectory, "modellab/" + id + ".zip");
        try {
            ReproPackManifest manifest = ReproPacks.export(artifactsRoot.toPath(), project, id, basedir.toPath(),
                    zip.toPath(), !withoutDataset);
            getLog().info("[modellab] repro pack of run " + id + ": " + zip + " (" + manifest.files().size()
                    + " files, " + manifest.redactions().size() + " redacted value(s))");
            manifest.redactions().forEach(r -> getLog().info("[modellab] redacted " + r.where() + ": " + r.reason()));
        } catch (RuntimeException e) {
            throw new MojoExecutionException("[modellab] " + e.getMessage(), e);
        }
    }
}
