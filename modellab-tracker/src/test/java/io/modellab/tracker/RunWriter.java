package io.modellab.tracker;

import io.modellab.evalharness.core.RunIds;
import io.modellab.evalharness.core.io.AtomicFiles;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.RunEnvironment;
import io.modellab.evalharness.core.schema.RunKind;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.RunTimings;
import io.modellab.evalharness.core.schema.SchemaVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Writes runs the way a training job does, for the concurrency and crash tests: in threads and child JVMs. */
final class RunWriter {

    /** The files every finished run of this writer has, besides run.json. */
    static final List<String> FILES = List.of("eval/metrics.txt", "eval/summary.json", "logs/run.log",
            "model/weights.bin");

    private RunWriter() {
    }

    /** Creates, fills and finishes one run; returns its id. */
    static String writeOne(RunStore store, String project, String writer, int seq, Random random) {
        Instant start = Instant.now();
        String runId = RunIds.newRunId(start);
        RunRecord running = new RunRecord(SchemaVersion.CURRENT, runId, project, "writer-" + writer, ModelRole.BASELINE,
                seq % 2 == 0 ? RunKind.TRAIN : RunKind.EVAL, RunStatus.RUNNING, null, 7L, EvalHarnessTest.CODE,
                EvalHarnessTest.DATA, RunStoreTest.SPLIT, null, null, Map.of("writer", writer, "seq", seq),
                List.of("writer:" + writer, "seq:" + seq), new RunTimings(start.toString(), null, null),
                RunEnvironment.current("test"), null, null);
        RunHandle run;
        try {
            run = RunHandle.start(store, running, Clock.systemUTC());
        } catch (IllegalStateException sameIdInTheSameSecond) {
            // 32 random bits make this rare; a new id is the answer.
            return writeOne(store, project, writer, seq, random);
        }
        run.log("writer " + writer + " run " + seq + " training");
        byte[] weights = new byte[1 + random.nextInt(32 * 1024)];
        random.nextBytes(weights);
        AtomicFiles.write(store.runDir(project, runId).resolve("model/weights.bin"), weights);
        run.log("model written: " + weights.length + " bytes");
        AtomicFiles.createFolder(store.runDir(project, runId).resolve("eval"), dir -> {
            Files.writeString(dir.resolve("summary.json"), "{\"writer\":\"" + writer + "\",\"seq\":" + seq + "}",
                    StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("metrics.txt"), "x".repeat(random.nextInt(4096)), StandardCharsets.UTF_8);
        });
        run.log("evaluated");
        run.done();
        return runId;
    }
}
