package io.modellab.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.schema.ProjectRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    @Test
    void createWritesProjectJsonAndListShowsProjectsByName() {
        ProjectStore projects = new ProjectStore(root, CLOCK);

        ProjectRecord b = projects.create("b-project", "second");
        projects.create("a-project", "");

        assertThat(root.resolve("b-project/project.json")).isRegularFile();
        assertThat(b.createdAt()).isEqualTo("2026-11-23T18:00:00Z");
        assertThat(projects.list()).extracting(ProjectRecord::name).containsExactly("a-project", "b-project");
        assertThat(projects.find("b-project")).contains(b);
        assertThat(projects.find("c-project")).isEmpty();
    }

    @Test
    void aProjectIsCreatedOnceAndEnsureReturnsTheExistingOne() {
        ProjectStore projects = new ProjectStore(root, CLOCK);
        ProjectRecord first = projects.create("p", "first description");

        assertThatThrownBy(() -> projects.create("p", "again"))
                .isInstanceOf(IllegalStateException.class).hasMessage("project p already exists under " + root);
        ProjectRecord later = new ProjectStore(root, Clock.systemUTC()).ensure("p", "other description");

        assertThat(later).isEqualTo(first);
    }

    @Test
    void foldersWithoutProjectJsonAreNotProjectsAndUnsafeNamesAreRefused() throws Exception {
        Files.createDirectories(root.resolve("runs-only"));
        ProjectStore projects = new ProjectStore(root, CLOCK);

        assertThat(projects.list()).isEmpty();
        assertThatThrownBy(() -> projects.create("../escape", ""))
                .hasMessageContaining("project name \"../escape\" is not allowed");
    }
}
