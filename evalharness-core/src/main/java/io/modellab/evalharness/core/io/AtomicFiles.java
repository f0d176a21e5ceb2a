package io.modellab.evalharness.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes that are all or nothing: content goes to a temporary sibling, is flushed to disk, and is renamed over
 * the target in one step. A crash leaves the old file (or no folder), never a partial one.
 */
public final class AtomicFiles {

    /** Fills a fresh, empty folder. */
    @FunctionalInterface
    public interface FolderContent {
        /** Writes everything into {@code folder}; throwing discards all of it. */
        void writeInto(Path folder) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code bytes} atomically, creating parent folders as needed. */
    public static void write(Path target, byte[] bytes) {
        Path parent = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(parent);
            temp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp");
            writeDurably(temp, bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Creates file {@code target} with {@code bytes}, all at once, unless it exists: of two writers racing to
     * create the same file, exactly one wins and the other gets {@link FileAlreadyExistsException}.
     *
     * @throws UncheckedIOException wrapping {@link FileAlreadyExistsException} when the file exists, or the
     *     error that stopped the write; nothing is left behind
     */
    public static void createFile(Path target, byte[] bytes) {
        Path parent = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(parent);
            temp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp");
            writeDurably(temp, bytes);
            try {
                // A hard link is created atomically and never replaces an existing file, unlike a rename.
                Files.createLink(target, temp);
            } catch (UnsupportedOperationException noLinks) {
                Files.move(temp, target);
                temp = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Creates folder {@code target} with the given content, all at once. Refuses when {@code target} exists.
     *
     * @throws UncheckedIOException wrapping {@link FileAlreadyExistsException} when the folder exists, or
     *     the error that stopped {@code content}; in both cases nothing is left behind
     */
    public static void createFolder(Path target, FolderContent content) {
        Path parent = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(parent);
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString(), null,
                        "already exists; artifacts are immutable, write a new run instead");
            }
            temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
            content.writeInto(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Writes {@code bytes} to a new file and forces them to disk before returning. */
    public static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // Best effort: a leftover temporary sibling starts with '.' and never looks like a complete artifact.
        }
    }
}
