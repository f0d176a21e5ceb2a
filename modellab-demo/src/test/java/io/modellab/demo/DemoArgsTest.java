package io.modellab.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoArgsTest {

    @Test
    void takesBothFormsAndResolvesTheArtifactsUnderTheProject() {
        DemoArgs a = DemoArgs.parse(new String[] {"--seed", "7", "--project-dir=repo", "--artifacts", "out",
                "--reproduce="}, true);
        assertThat(a).isEqualTo(new DemoArgs(7, Path.of("repo"), Path.of("repo", "out"), ""));
        assertThat(DemoArgs.parse(new String[0], false))
                .isEqualTo(new DemoArgs(42, Path.of("."), Path.of(".", "artifacts"), ""));
        assertThat(DemoArgs.parse(new String[] {"--reproduce", " run-1 "}, true).reproduce()).isEqualTo("run-1");
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> DemoArgs.parse(new String[] {"--seed", "x1"}, false))
                .hasMessage("--seed needs a whole number, got \"x1\"");
        assertThatThrownBy(() -> DemoArgs.parse(new String[] {"--artifacts"}, false))
                .hasMessage("--artifacts needs a value");
        assertThatThrownBy(() -> DemoArgs.parse(new String[] {"--reproduce=run-1"}, false))
                .hasMessage("unknown argument --reproduce=run-1");
        assertThatThrownBy(() -> DemoArgs.parse(new String[] {"--speed", "3"}, false))
                .hasMessage("unknown argument --speed");
    }
}
