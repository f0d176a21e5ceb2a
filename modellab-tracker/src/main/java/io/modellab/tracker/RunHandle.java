package io.modellab.tracker;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.schema.RunArtifact;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.RunOwner;
import io.modellab.evalharness.core.schema.RunTimings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A run in progress: created RUNNING when it starts (its folder, run.json naming this process as the owner, and
 * {@code logs/run.log}), then DONE, or FAILED with the reason. Every change is written to run.json at once, so a
 * crash leaves the run RUNNING with an owner that is gone, which readers report as {@link RunState#STALE}.
 *
 * <p>{@link #done()} is the last write of a run: it closes the log, lists every file of the run folder (size and
 * SHA-256) in run.json and saves it DONE in one atomic step, so a run never reads as DONE before all its files are in
 * place. Files written after it (a report page, a model card) are not in the list. The log takes lines from any
 * thread until the run is finished.
 *
 * <pre>{@code
 * try (RunHandle run = RunHandle.start(store, record, Clock.systemUTC())) {
 *     run.log("training on 700 rows");
 *     ... train, check rules, evaluate ...
 *     run.done();
 * } catch (RuntimeException e) {
 *     // close() has already marked the run FAILED if it was neither done nor failed
 *     throw e;
 * }
 * }</pre>
 */
public final class RunHandle implements AutoCloseable {

    private final RunStore store;
    private final Clock clock;
    private final Instant start;
    private RunRecord record;
    private FileChannel log;
    /** Set once run.json says DONE or FAILED; until then failed() can still record a failure of done() itself. */
    private boolean finished;

    private RunHandle(RunStore store, Clock clock, RunRecord record, FileChannel log) {
        this.store = store;
        this.clock = clock;
        this.start = Instant.parse(record.timings().startedAt());
        this.record = record;
        this.log = log;
    }

    /**
     * Creates {@code running} (status RUNNING, owned by this process unless it names an owner) in the store and
     * returns its handle.
     *
     * @throws IllegalArgumentException when the record is not RUNNING
     * @throws IllegalStateException when a run with its id exists
     */
    public static RunHandle start(RunStore store, RunRecord running, Clock clock) {
        if (running.status() != RunStatus.RUNNING) {
            throw new IllegalArgumentException("run " + running.runId() + " starts as RUNNING, not " + running.status());
        }
        RunRecord owned = running.owner() == null ? running.withOwner(RunOwner.current()) : running;
        store.create(owned);
        FileChannel log;
        try {
            log = FileChannel.open(store.runDir(owned.project(), owned.runId()).resolve(RunStore.LOG),
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // Without a handle nobody would finish the run: record it FAILED rather than leave it RUNNING.
            UncheckedIOException failure = new UncheckedIOException("cannot open the log of run " + owned.runId(), e);
            new RunHandle(store, clock, owned, null).failed(failure);
            throw failure;
        }
        RunHandle handle = new RunHandle(store, clock, owned, log);
        try {
            handle.log("run " + owned.runId() + " RUNNING (" + owned.kind().name().toLowerCase(Locale.ROOT)
                    + ", model " + owned.model() + ", " + owned.owner().describe() + ")");
        } catch (RuntimeException e) {
            handle.failed(e);
            throw e;
        }
        return handle;
    }

    /** The run as last saved. */
    public synchronized RunRecord record() {
        return record;
    }

    /** Whether the run is still RUNNING (neither done nor failed through this handle). */
    public synchronized boolean isRunning() {
        return !finished;
    }

    /**
     * Appends a line to {@code logs/run.log}, stamped with the clock's time.
     *
     * @throws IllegalStateException when the run is already DONE or FAILED
     */
    public synchronized void log(String line) {
        if (log == null) {
            throw new IllegalStateException("run " + record.runId() + " is " + (finished ? record.status()
                    : "finishing") + "; its log is closed (log before done() or failed())");
        }
        ByteBuffer bytes = ByteBuffer.wrap((clock.instant() + " " + line.replace("\n", "\n    ") + "\n")
                .getBytes(StandardCharsets.UTF_8));
        try {
            while (bytes.hasRemaining()) {
                log.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the log of run " + record.runId(), e);
        }
    }

    /** A progress listener that logs each stage when it is done. */
    public ProgressListener progress() {
        return (stage, done, total) -> {
            if (done == total) {
                log(stage + (total > 1 ? " done: " + total : " done"));
            }
        };
    }

    /**
     * Changes the record (for example with the baseline-first verdict) and saves it, under the project lock and only
     * while run.json still says RUNNING: a run another process has meanwhile marked FAILED (recovered as stale) is
     * never written back to RUNNING. The owner stays this process even if {@code change} dropped it.
     *
     * @throws IllegalStateException when the run is no longer RUNNING on disk
     */
    public synchronized RunRecord update(UnaryOperator<RunRecord> change) {
        RunRecord changed0 = change.apply(record);
        RunRecord changed = changed0.owner() == null ? changed0.withOwner(record.owner()) : changed0;
        store.withProjectLock(record.project(), () -> {
            requireRunningOnDisk("be updated");
            store.save(changed);
            return null;
        });
        record = changed;
        return changed;
    }

    /**
     * Closes the log, lists the run folder's files in run.json and saves the run DONE: its last write.
     *
     * @throws IllegalStateException when the run is no longer RUNNING, here or on disk (another process may have
     *     found it stale and failed it)
     */
    public synchronized void done() {
        requireRunning("done()");
        log("run " + record.runId() + " DONE");
        closeLog();
        // Hashed before taking the project lock: a large model must not keep other runs from starting.
        List<RunArtifact> files = store.artifacts(record.project(), record.runId());
        store.withProjectLock(record.project(), () -> {
            requireRunningOnDisk("become DONE");
            finish(RunStatus.DONE, null, files);
            return null;
        });
    }

    /**
     * Saves the run as FAILED with the error's message as its reason. If that save fails too, its error is added
     * to {@code error} as suppressed, so the original cause is never lost.
     */
    public synchronized void failed(Throwable error) {
        String reason = error.getMessage() == null ? error.toString() : error.getMessage();
        try {
            failed(reason);
        } catch (RuntimeException saveFailed) {
            error.addSuppressed(saveFailed);
        }
    }

    /** Saves the run as FAILED with {@code reason}. */
    public synchronized void failed(String reason) {
        requireRunning("failed()");
        try {
            if (log != null) {
                log("run " + record.runId() + " FAILED: " + reason);
                closeLog();
            }
        } catch (UncheckedIOException ignored) {
            // A log that cannot be written or closed must not keep the run from being marked FAILED.
        }
        store.withProjectLock(record.project(), () -> {
            finish(RunStatus.FAILED, reason, null);
            return null;
        });
    }

    /** Marks the run FAILED if it is still RUNNING: a handle closed without {@link #done()} did not finish. */
    @Override
    public synchronized void close() {
        if (!finished) {
            failed("the run handle was closed before done() or failed()");
        }
    }

    private void requireRunning(String call) {
        if (finished) {
            throw new IllegalStateException("run " + record.runId() + " is already " + record.status() + "; " + call
                    + " cannot change it");
        }
    }

    private void requireRunningOnDisk(String what) {
        RunRecord onDisk = store.load(record.project(), record.runId());
        if (onDisk.status() != RunStatus.RUNNING) {
            throw new IllegalStateException("run " + record.runId() + " is " + onDisk.status() + " on disk ("
                    + onDisk.statusReason() + "), so it cannot " + what);
        }
    }

    private void closeLog() {
        FileChannel channel = log;
        log = null;
        if (channel == null) {
            return;
        }
        try {
            channel.force(true);
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the log of run " + record.runId(), e);
        }
    }

    private void finish(RunStatus status, String reason, List<RunArtifact> files) {
        Instant end = clock.instant();
        RunRecord ended = record.finish(status, reason,
                new RunTimings(start.toString(), end.toString(), Math.max(0, Duration.between(start, end).toMillis())))
                .withArtifacts(files);
        store.save(ended);
        record = ended;
        finished = true;
    }
}
