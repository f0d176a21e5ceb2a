package io.modellab.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's POM snippet is the one the passing integration test builds with. */
class ReadmeSnippetTest {

    @Test
    void theReadmeShowsThePassingIntegrationTestsPluginBlock() throws IOException {
        String pom = Files.readString(Path.of("src/it/eval-passes/pom.xml"));
        String block = pom.substring(pom.indexOf("<!-- README snippet: begin -->\n") + 31,
                pom.indexOf("      <!-- README snippet: end -->"));
        String version = Files.readString(Path.of("pom.xml")).replaceAll("(?s).*?<parent>.*?<version>([^<]+)</version>.*", "$1");
        String snippet = block.lines().map(line -> line.substring(6)).collect(Collectors.joining("\n", "", "\n"))
                .replace("@project.version@", version);

        assertThat(Files.readString(Path.of("../README.md"))).contains("```xml\n" + snippet + "```");
        assertThat(snippet.lines().count()).as("a snippet a user copies").isLessThanOrEqualTo(13);
    }
}
