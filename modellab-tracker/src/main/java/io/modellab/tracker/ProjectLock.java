package io.modellab.tracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The lock of one project folder, held across threads and processes: a {@link ReentrantLock} per lock file inside
 * this JVM (the operating system's file locks belong to the whole process, and Java refuses a second lock on one
 * file from the same JVM) and a {@link FileChannel#lock() file lock} on {@code <project>/.lock} between processes.
 * The operating system drops a file lock when its process dies, so a killed writer never leaves the project locked.
 */
final class ProjectLock {

    /** The lock file's name: it starts with a dot, so it is never a run id, a dataset or a project file. */
    static final String FILE = ".lock";

    private static final ConcurrentHashMap<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private ProjectLock() {
    }

    /** Runs {@code action} while holding the lock of {@code projectDir}; re-entrant on one thread. */
    static <T> T with(Path projectDir, Supplier<T> action) {
        Path file;
        try {
            Files.createDirectories(projectDir);
            file = projectDir.resolve(FILE);
            if (!Files.exists(file)) {
                try {
                    Files.createFile(file);
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another writer created it first
                }
            }
            file = file.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the lock file of project folder " + projectDir, e);
        }
        ReentrantLock local = IN_THIS_JVM.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        try {
            if (local.getHoldCount() > 1) {
                return action.get();
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                return action.get();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock " + file, e);
            }
        } finally {
            local.unlock();
        }
    }
}
