package io.modellab.maven;

import io.modellab.evalharness.core.RunIds;
import io.modellab.evalharness.core.io.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;

/** Finds runs in a project's folder; run ids sort by their start time. */
final class Runs {

    private Runs() {
    }

    static String newest(Path artifactsRoot, String project) throws MojoExecutionException {
        Path dir = artifactsRoot.resolve(project);
        try (Stream<Path> children = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
            return children.map(p -> p.getFileName().toString())
                    .filter(name -> RunIds.FORMAT.matcher(name).matches())
                    .filter(name -> Files.isRegularFile(dir.resolve(name).resolve(RunFolder.RUN)))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new MojoExecutionException("[modellab] project " + project + " has no run under "
                            + dir + "; run modellab:eval first or set runId"));
        } catch (IOException e) {
            throw new MojoExecutionException("[modellab] cannot list the runs in " + dir, e);
        }
    }
}
