package io.modellab.assertj;

import static io.modellab.assertj.ModelLabAssertions.assertThatComparison;
import static io.modellab.assertj.ModelLabAssertions.assertThatEvalFolder;
import static io.modellab.assertj.ModelLabAssertions.assertThatRun;
import static io.modellab.assertj.SyntheticProject.IMPROVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders that cannot be read fail the test, naming the folder and what is wrong with it. */
class ReadingFoldersTest {

    static SyntheticProject project;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeTheProject() {
        project = SyntheticProject.shared();
    }

    @Test
    void anEvalFolderOnDiskReadsAsTheResultTheHarnessComputed() {
        assertThat(assertThatEvalFolder(project.evalDir(IMPROVED)).actual())
                .usingRecursiveComparison().ignoringFields("plots").isEqualTo(project.eval(IMPROVED));
    }

    @Test
    void aMissingFolderFails() {
        Path missing = dir.resolve("nothing-here");

        assertThatThrownBy(() -> assertThatEvalFolder(missing))
                .hasMessage(String.format("%nExpecting an eval folder at:%n  %s%nbut it does not exist", missing));
        assertThatThrownBy(() -> assertThatRun(missing))
                .hasMessage(String.format("%nExpecting a run folder at:%n  %s%nbut it does not exist", missing));
        assertThatThrownBy(() -> assertThatComparison(missing))
                .hasMessage(String.format("%nExpecting a compare folder at:%n  %s%nbut it does not exist", missing));
    }

    @Test
    void aRunFolderGivenForAnEvalFolderFailsPointingAtItsEvalFolder() {
        Path runDir = project.runDir(IMPROVED);

        assertThatThrownBy(() -> assertThatEvalFolder(runDir))
                .hasMessage(String.format("%nExpecting an eval folder at:%n  %s%nbut it has no eval_summary.json; it"
                        + " looks like a run folder, whose eval folder is %s", runDir, runDir.resolve("eval")));
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Path copy = copyOfEvalFolder();
        Files.delete(copy.resolve("slices.json"));

        assertThatThrownBy(() -> assertThatEvalFolder(copy))
                .hasMessage(String.format("%nExpecting an eval folder at:%n  %s%nbut it has no slices.json", copy));
    }

    @Test
    void aFileThatBreaksItsSchemaIsNamedWithTheBadField() throws IOException {
        Path copy = copyOfEvalFolder();
        Path metrics = copy.resolve("metrics.json");
        Files.writeString(metrics, Files.readString(metrics).replace("\"rows\" : 400", "\"rows\" : -1"));

        assertThatThrownBy(() -> assertThatEvalFolder(copy))
                .hasMessage(String.format("%nExpecting an eval folder at:%n  %s%nbut %s is invalid (1 problem):%n"
                        + "  $.rows: must be greater than or equal to 0", copy, metrics));
    }

    /** The strong model's eval folder copied into its own run folder under the temporary directory. */
    private Path copyOfEvalFolder() throws IOException {
        Path source = project.evalDir(IMPROVED);
        Path target = dir.resolve("proj").resolve(IMPROVED).resolve("eval");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }
}
