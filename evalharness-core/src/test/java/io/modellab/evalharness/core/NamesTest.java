package io.modellab.evalharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void safeNamesPass() {
        assertThat(Names.requireSafe("project", "credit-g_demo.v2")).isEqualTo("credit-g_demo.v2");
    }

    @Test
    void theErrorShowsControlCharactersEscaped() {
        assertThatThrownBy(() -> Names.requireSafe("dataset", "a\u0000b"))
                .hasMessageStartingWith("dataset name \"a\\u0000b\" is not allowed");
    }

    @Test
    void newRunIdsHaveTheDocumentedFormat() {
        String id = RunIds.newRunId(Instant.parse("2026-11-23T17:01:02Z"));

        assertThat(id).matches("run-20261123-170102-[0-9a-f]{8}");
        assertThat(RunIds.requireValid(id)).isEqualTo(id);
        assertThat(Names.isSafe(id)).isTrue();
    }

    @Test
    void theVersionComesFromTheBuild() {
        assertThat(ModelLabVersion.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
