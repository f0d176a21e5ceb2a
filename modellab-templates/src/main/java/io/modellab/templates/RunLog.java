package io.modellab.templates;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.io.RunFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

/**
 * A run's {@code logs/run.log}: one line per event, {@code <UTC instant> <message>}, appended as the run goes (the
 * log is the one file of a run that grows; its times make it differ between two runs of the same seed, like
 * run.json's timings).
 *
 * @param file the log file
 * @param clock the clock that stamps each line
 */
public record RunLog(Path file, Clock clock) {

    /** The log of the run whose folder is {@code runDir}. */
    public static RunLog of(Path runDir) {
        return new RunLog(runDir.resolve(RunFolder.LOG), Clock.systemUTC());
    }

    /** Appends one line; line breaks in {@code message} become spaces, so a line is always one event. */
    public synchronized void append(String message) {
        String line = clock.instant() + " " + message.replace('\r', ' ').replace('\n', ' ') + "\n";
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, line.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    /** A listener that logs every finished stage here and passes every report on to {@code next}. */
    public ProgressListener listener(ProgressListener next) {
        return (stage, done, total) -> {
            if (done == total) {
                append(stage);
            }
            next.progress(stage, done, total);
        };
    }
}
