package io.modellab.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproductionTest {

    @TempDir
    Path dir;

    @Test
    void runIdsAsideEqualFoldersReproduceAndAnyOtherByteOrAMissingFileDoesNot() throws Exception {
        Path original = dir.resolve("a");
        Path again = dir.resolve("b");
        Files.createDirectories(original.resolve("plots"));
        Files.createDirectories(again.resolve("plots"));
        Files.writeString(original.resolve("eval_summary.json"), "{\"run_id\" : \"run-1\", \"v\" : 0.5}\n");
        Files.writeString(again.resolve("eval_summary.json"), "{\"run_id\" : \"run-2\", \"v\" : 0.5}\n");
        Files.write(original.resolve("plots/roc.png"), new byte[] {(byte) 0x89, 'P', 0, (byte) 0xff});
        Files.write(again.resolve("plots/roc.png"), new byte[] {(byte) 0x89, 'P', 0, (byte) 0xff});

        assertThat(Reproduction.differences(original, again, Map.of("run-2", "run-1"))).isEmpty();
        assertThat(Reproduction.differences(original, again, Map.of())).containsExactly("eval_summary.json");

        Files.writeString(again.resolve("eval_summary.json"), "{\"run_id\" : \"run-2\", \"v\" : 0.6}\n");
        Files.writeString(again.resolve("extra.txt"), "x");
        assertThat(Reproduction.differences(original, again, Map.of("run-2", "run-1")))
                .containsExactly("eval_summary.json", "extra.txt");
    }
}
