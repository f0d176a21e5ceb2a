package io.modellab.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.schema.RunKind;
import io.modellab.evalharness.core.schema.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real threads and real processes writing one project at once. */
class RunStoreConcurrencyTest {

    static final int THREADS = 16;
    static final int PROCESSES = 4;
    static final int RUNS_PER_THREAD = 6;
    static final int RUNS_PER_PROCESS = 12;

    @TempDir
    Path root;

    @Test
    void sixteenThreadsAndFourProcessesLoseNoRunAndListEachOnce() throws Exception {
        RunStore store = new RunStore(root);
        Path go = root.resolve("go");
        List<ChildJvm> children = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            children.add(ChildJvm.start(root.resolve("child-errors.txt"), "runs", root.toString(), "proj", "p" + p,
                    String.valueOf(RUNS_PER_PROCESS), go.toString()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<String>>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String writer = "t" + t;
            threads.add(pool.submit(() -> {
                while (!Files.exists(go)) {
                    Thread.sleep(1);
                }
                Random random = new Random(writer.hashCode());
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < RUNS_PER_THREAD; i++) {
                    ids.add(RunWriter.writeOne(store, "proj", writer, i, random));
                }
                return ids;
            }));
        }
        Files.writeString(go, "go");

        List<String> threadRunIds = new ArrayList<>();
        for (Future<List<String>> thread : threads) {
            threadRunIds.addAll(thread.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        for (ChildJvm child : children) {
            child.awaitLine("ok");
            assertThat(child.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.process().exitValue()).as("child exit code; see child-errors.txt").isZero();
        }

        List<RunEntry> listed = store.list("proj");
        int expected = THREADS * RUNS_PER_THREAD + PROCESSES * RUNS_PER_PROCESS;
        assertThat(listed).hasSize(expected);
        assertThat(listed).extracting(RunEntry::runId).doesNotHaveDuplicates().isSorted()
                .containsAll(threadRunIds);
        Map<String, Integer> timesEachRunListed = new HashMap<>();
        for (RunEntry entry : listed) {
            RunRecord run = entry.run();
            timesEachRunListed.merge(run.config().get("writer") + "#" + run.config().get("seq"), 1, Integer::sum);
            assertThat(entry.state()).as(entry.runId()).isEqualTo(RunState.DONE);
            // Every JSON file parses and validates; every listed artifact has its recorded SHA-256.
            assertThat(store.detail("proj", entry.runId()).state()).isEqualTo(RunState.DONE);
            assertThat(ArtifactReader.read(entry.dir().resolve("run.json"), RunRecord.class)).isEqualTo(run);
            assertThat(run.artifacts()).extracting(a -> a.path()).containsExactlyElementsOf(RunWriter.FILES);
        }
        assertThat(timesEachRunListed).hasSize(expected).allSatisfy((writerAndSeq, times) -> assertThat(times).isOne());
        assertThat(store.list("proj", RunFilter.ALL.tag("writer:p2"))).hasSize(RUNS_PER_PROCESS);
        assertThat(store.list("proj", RunFilter.ALL.kind(RunKind.EVAL).tag("writer:t3")))
                .hasSize(RUNS_PER_THREAD / 2);
        assertThat(store.leftovers("proj")).isEmpty();
    }

    @Test
    void theProjectLockExcludesAnotherProcess() throws Exception {
        RunStore store = new RunStore(root);
        ChildJvm holder = ChildJvm.start(root.resolve("child-errors.txt"), "hold-lock", root.toString(), "proj", "700");
        holder.awaitLine("locked");
        long before = System.nanoTime();

        boolean holderStillHadIt = store.withProjectLock("proj", () -> {
            try {
                // "released" is printed while the child still holds the lock, so it is there to read now.
                return holder.out().ready() && "released".equals(holder.out().readLine());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before)).isGreaterThan(300);
        assertThat(holderStillHadIt).as("the child had released the lock when we got it").isTrue();
        assertThat(holder.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
}
