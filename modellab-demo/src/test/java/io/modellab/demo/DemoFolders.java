package io.modellab.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.modellab.evalharness.core.schema.EvalSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** What the demo tests check of the folders a demo wrote: published schemas, and two runs' folders being the same. */
final class DemoFolders {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private DemoFolders() {
    }

    /** What is wrong with {@code file} against the published schema {@code schemaName} (empty: valid). */
    static Set<ValidationMessage> validate(String schemaName, Path file) throws IOException {
        JsonSchema schema;
        try (InputStream in = EvalSummary.class.getResourceAsStream("/schemas/" + schemaName + ".schema.json")) {
            schema = SCHEMAS.getSchema(in);
        }
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        return schema.validate(json);
    }

    /** Same files; text identical once the first run's ids read as the second's; images identical byte for byte. */
    static void assertSameFolder(Path a, Path b, Map<String, String> ids) throws IOException {
        List<String> files = listing(a);
        assertThat(listing(b)).isEqualTo(files);
        for (String file : files) {
            byte[] left = Files.readAllBytes(a.resolve(file));
            byte[] right = Files.readAllBytes(b.resolve(file));
            if (file.endsWith(".png")) {
                assertThat(left).as(file).isEqualTo(right);
            } else {
                String text = new String(left, StandardCharsets.UTF_8);
                for (Map.Entry<String, String> id : ids.entrySet()) {
                    text = text.replace(id.getKey(), id.getValue());
                }
                assertThat(text).as(file).isEqualTo(new String(right, StandardCharsets.UTF_8));
            }
        }
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
