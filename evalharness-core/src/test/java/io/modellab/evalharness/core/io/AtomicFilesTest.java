package io.modellab.evalharness.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void createFileWritesANewFileAndRefusesToReplaceIt() throws IOException {
        Path file = dir.resolve("a/project.json");

        AtomicFiles.createFile(file, "first".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> AtomicFiles.createFile(file, "second".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(FileAlreadyExistsException.class);
        assertThat(file).hasContent("first");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).as("no temporary sibling is left").containsExactly(file);
        }
    }

    @Test
    void ofEightThreadsCreatingTheSameFileExactlyOneWins() throws Exception {
        Path file = dir.resolve("raced.json");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            byte[] content = ("writer " + i).getBytes(StandardCharsets.UTF_8);
            attempts.add(pool.submit(() -> {
                try {
                    AtomicFiles.createFile(file, content);
                    return true;
                } catch (UncheckedIOException e) {
                    return false;
                }
            }));
        }
        int won = 0;
        for (Future<Boolean> attempt : attempts) {
            won += attempt.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(won).isEqualTo(1);
        assertThat(Files.readString(file)).startsWith("writer ");
    }
}
