package io.modellab.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every ModelLab goal shares: where runs are, the project, skipping, and how broken rules end the build. */
abstract class AbstractModelLabMojo extends AbstractMojo {

    /** The artifacts root: runs are written to and read from {@code <artifactsRoot>/<project>/}. */
    @Parameter(property = "modellab.artifactsRoot", defaultValue = "${project.basedir}/artifacts")
    File artifactsRoot;

    /** The ModelLab project the runs belong to. */
    @Parameter(property = "modellab.project", defaultValue = "${project.artifactId}")
    String project;

    /** Skips the goal; the log says so. */
    @Parameter(property = "modellab.skip", defaultValue = "false")
    boolean skip;

    /** When false, broken rules and missed gates are reported as warnings and the build goes on. */
    @Parameter(property = "modellab.haltOnFailure", defaultValue = "true")
    boolean haltOnFailure;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("[modellab] skipped: modellab.skip is true");
            return;
        }
        run();
    }

    /** The goal's work. */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    /** Logs each violation and fails the build with all of them, unless haltOnFailure is false. */
    void report(List<String> violations, String passed) throws MojoFailureException {
        if (violations.isEmpty()) {
            getLog().info(passed);
            return;
        }
        for (String v : violations) {
            if (haltOnFailure) {
                getLog().error(v);
            } else {
                getLog().warn(v);
            }
        }
        if (haltOnFailure) {
            throw new MojoFailureException(String.join("\n", violations));
        }
        getLog().warn("[modellab] " + violations.size() + " rule(s) or gate(s) broken; haltOnFailure is false, so"
                + " the build goes on");
    }

    /** The gates read from their text; a gate that cannot be read is a misconfiguration. */
    static List<MetricGate> parseGates(List<String> texts) throws MojoExecutionException {
        List<MetricGate> gates = new ArrayList<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            try {
                gates.add(MetricGate.parse(text));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("[modellab] " + e.getMessage(), e);
            }
        }
        return gates;
    }
}
