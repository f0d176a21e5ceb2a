package io.modellab.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.schema.CodeVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCodeVersionTest {

    @TempDir
    Path dir;

    private void git(String... args) throws Exception {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = dir.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as("git %s: %s", String.join(" ", args), out).isZero();
    }

    @Test
    void readsTheCommitAndWhetherTheTreeIsDirty() throws Exception {
        git("init", "-q");
        Files.writeString(dir.resolve("a.txt"), "a");
        git("add", "a.txt");
        git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "a");

        CodeVersion clean = GitCodeVersion.of(dir);
        Files.writeString(dir.resolve("b.txt"), "untracked");
        CodeVersion dirty = GitCodeVersion.of(dir);

        assertThat(clean.commit()).matches("[0-9a-f]{40}");
        assertThat(clean.dirty()).isFalse();
        assertThat(dirty.commit()).isEqualTo(clean.commit());
        assertThat(dirty.dirty()).isTrue();
    }

    @Test
    void outsideAWorkTreeTheRunCannotHaveACodeVersion() throws Exception {
        Process probe = new ProcessBuilder("git", "-C", dir.toString(), "rev-parse", "--git-dir").start();
        Assumptions.assumeFalse(probe.waitFor() == 0, "the temporary folder " + dir + " lies inside a git work tree");
        assertThatThrownBy(() -> GitCodeVersion.of(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot read the code version of " + dir)
                .hasMessageContaining("A run needs a code version");
    }
}
