package io.modellab.tracker;

import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.ArtifactValidator;
import io.modellab.evalharness.core.io.AtomicFiles;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.schema.RunRecord;
import java.nio.file.Path;

/**
 * Runs under an artifacts root: {@code <root>/<project>/<run_id>/run.json}, each write atomic.
 *
 * @param root the artifacts root, e.g. {@code ./artifacts}
 */
public record RunStore(Path root) {

    /** The folder of a run. */
    public Path runDir(String project, String runId) {
        return EvalFolderWriter.runDir(root, project, runId);
    }

    /** Writes (or replaces) a run's run.json after validating it. */
    public Path save(RunRecord run) {
        ArtifactValidator.requireValid("run.json", run);
        Path file = runDir(run.project(), run.runId()).resolve("run.json");
        AtomicFiles.write(file, Json.toBytes(run));
        return file;
    }

    /** Reads and validates a run's run.json. */
    public RunRecord load(String project, String runId) {
        return ArtifactReader.read(runDir(project, runId).resolve("run.json"), RunRecord.class);
    }
}
