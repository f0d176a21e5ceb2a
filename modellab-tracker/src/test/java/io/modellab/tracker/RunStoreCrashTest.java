package io.modellab.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.RunIds;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.schema.RunArtifact;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Child JVMs writing runs are killed with SIGKILL ({@link Process#destroyForcibly()} on Linux) after a random delay;
 * then the store must show no DONE run that is incomplete and no RUNNING run whose writer is dead.
 */
class RunStoreCrashTest {

    /** Kills; {@code -Dmodellab.crashTrials=N} runs fewer while iterating. */
    static final int TRIALS = Integer.getInteger("modellab.crashTrials", 100);
    /** Children killed at once: the JVM start dominates, so they start in parallel. */
    static final int BATCH = 4;
    static final int MAX_DELAY_MILLIS = 250;

    @TempDir
    Path root;

    @Test
    void aKilledWriterNeverLeavesARunThatReadsDoneButIsIncomplete() throws Exception {
        RunStore store = new RunStore(root);
        Random random = new Random(20261123);
        Path errors = root.resolve("child-errors.txt");
        Path work = Files.createDirectories(root.resolve("children"));
        ChildJvm.Launch launch = ChildJvm.Launch.sharingClasses(work, errors);
        int killedWhileRunning = 0;
        for (int trial = 0; trial < TRIALS; trial += BATCH) {
            List<ChildJvm> batch = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                batch.add(ChildJvm.start(launch, errors, "forever", root.toString(), "proj", "c" + (trial + i),
                        String.valueOf(random.nextLong())));
            }
            for (ChildJvm child : batch) {
                child.awaitLine("ready");
            }
            for (ChildJvm child : batch) {
                // Kills land anywhere: creating a run, logging, writing artifacts, listing them, the DONE rename.
                Thread.sleep(random.nextInt(MAX_DELAY_MILLIS / BATCH + 1));
                child.process().destroyForcibly();
            }
            for (ChildJvm child : batch) {
                assertThat(child.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(child.process().exitValue()).as("killed by SIGKILL").isEqualTo(137);
            }
            killedWhileRunning = checkStore(store);
        }

        int leftovers = store.leftovers("proj").size();
        List<RunEntry> stale = store.recoverStale("proj", Clock.systemUTC());
        assertThat(stale).hasSize(killedWhileRunning);
        List<RunEntry> after = store.list("proj");
        assertThat(after).extracting(RunEntry::state).containsOnly(RunState.DONE, RunState.FAILED);
        assertThat(after.stream().filter(e -> e.state() == RunState.FAILED))
                .allSatisfy(e -> assertThat(e.run().statusReason()).startsWith("stale: process "));
        assertThat(store.leftovers("proj")).as("temporary files of dead writers, removed on recovery").isEmpty();
        System.out.printf("crash test: %d kills, %d runs DONE, %d left RUNNING by a killed writer, %d temporary "
                + "files left and removed; children shared archived classes: %s%n", TRIALS,
                after.size() - stale.size(), stale.size(), leftovers, launch != ChildJvm.Launch.PLAIN);
    }

    /** Checks every run folder independently of the store's own verdict; returns how many runs are stale. */
    private int checkStore(RunStore store) throws Exception {
        List<Path> runDirs;
        try (Stream<Path> children = Files.list(root.resolve("proj"))) {
            runDirs = children.filter(p -> RunIds.FORMAT.matcher(p.getFileName().toString()).matches()).toList();
        }
        // A run folder appears whole, run.json inside, and run.json is always one valid record.
        for (Path dir : runDirs) {
            assertThat(dir.resolve("run.json")).as(dir + " has run.json").isRegularFile();
            ArtifactReader.read(dir.resolve("run.json"), RunRecord.class);
        }
        List<RunEntry> runs = store.list("proj");
        assertThat(runs).hasSize(runDirs.size());
        int stale = 0;
        for (RunEntry entry : runs) {
            RunRecord run = entry.run();
            assertThat(entry.state()).as(entry.runId() + " " + entry.problem())
                    .isIn(RunState.DONE, RunState.STALE, RunState.FAILED);
            if (run.status() == RunStatus.DONE) {
                assertThat(entry.state()).isEqualTo(RunState.DONE);
                assertThat(run.artifacts()).extracting(RunArtifact::path).containsExactlyElementsOf(RunWriter.FILES);
                for (RunArtifact artifact : run.artifacts()) {
                    Path file = entry.dir().resolve(artifact.path());
                    assertThat(file).isRegularFile();
                    assertThat(Files.size(file)).isEqualTo(artifact.bytes());
                    assertThat(RunStore.sha256(file)).isEqualTo(artifact.sha256());
                }
                assertThat(Files.readString(entry.logFile(), StandardCharsets.UTF_8).strip())
                        .endsWith("run " + run.runId() + " DONE");
            } else if (entry.state() == RunState.STALE) {
                stale++;
                assertThat(entry.problem()).endsWith(" is gone");
            }
        }
        return stale;
    }
}
