package io.modellab.evalharness.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.schema.SliceReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What every Spark test checks of the eval folders it wrote on 1, 3 and 17 partitions (each under
 * {@code <dir>/p<partitions>/}): which files there are, that the JSON validates against the published schemas with
 * an independent validator, and that every file is the same bytes whatever the partitioning.
 */
final class WrittenFolders {

    /** The partitionings each test writes. */
    static final int[] PARTITIONS = {1, 3, 17};

    private static final List<String> JSON = List.of("eval_summary.json", "metrics.json", "confidence_intervals.json",
            "slices.json", "failure_examples.json");

    private WrittenFolders() {
    }

    /** The artifacts root of the folder written on {@code partitions} partitions. */
    static Path root(Path dir, int partitions) {
        return dir.resolve("p" + partitions);
    }

    /** The eval folder written on {@code partitions} partitions. */
    static Path evalDir(Path dir, int partitions, String project, String run) {
        return root(dir, partitions).resolve(project).resolve(run).resolve("eval");
    }

    /** The files of an eval folder, relative to it with forward slashes, sorted. */
    static List<String> files(Path evalDir) throws IOException {
        try (Stream<Path> files = Files.walk(evalDir)) {
            return files.filter(Files::isRegularFile).map(f -> evalDir.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /** Checks the JSON files against their schemas and every file against the same file on the other partitionings. */
    static void assertValidAndTheSameOnEveryPartitioning(Path dir, String project, String run) throws IOException {
        Path first = evalDir(dir, PARTITIONS[0], project, run);
        for (String file : JSON) {
            JsonSchema schema;
            try (InputStream in = SliceReport.class.getResourceAsStream("/schemas/"
                    + file.replace(".json", ".schema.json"))) {
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            }
            assertThat(schema.validate(Json.mapper().readTree(first.resolve(file).toFile()))).as(file).isEmpty();
        }
        List<String> written = files(first);
        for (int p = 1; p < PARTITIONS.length; p++) {
            Path other = evalDir(dir, PARTITIONS[p], project, run);
            assertThat(files(other)).as(PARTITIONS[p] + " partitions").isEqualTo(written);
            for (String file : written) {
                assertThat(Files.readAllBytes(other.resolve(file))).as(PARTITIONS[p] + " partitions: " + file)
                        .isEqualTo(Files.readAllBytes(first.resolve(file)));
            }
        }
    }
}
