package io.modellab.tracker;

import io.modellab.evalharness.core.Names;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.ArtifactValidator;
import io.modellab.evalharness.core.io.AtomicFiles;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.io.RunFolder;
import io.modellab.evalharness.core.schema.ProjectRecord;
import io.modellab.evalharness.core.schema.SchemaVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Projects under an artifacts root: each is a folder {@code <root>/<project>/} with a {@code project.json}. Creating
 * one is atomic and never overwrites: of two processes creating the same project, one creates it and the other finds
 * it.
 *
 * <pre>{@code
 * ProjectStore projects = new ProjectStore(Path.of("artifacts"));
 * projects.ensure("credit-g-demo", "German credit risk, baseline first");
 * projects.list().forEach(p -> System.out.println(p.name() + ": " + p.description()));
 * }</pre>
 */
public final class ProjectStore {

    private final Path root;
    private final Clock clock;

    /** Projects under {@code artifactsRoot}, stamped with the system clock. */
    public ProjectStore(Path artifactsRoot) {
        this(artifactsRoot, Clock.systemUTC());
    }

    /** Projects under {@code artifactsRoot}, stamped with {@code clock} ({@code created_at}). */
    public ProjectStore(Path artifactsRoot, Clock clock) {
        this.root = Objects.requireNonNull(artifactsRoot, "artifactsRoot");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates a project.
     *
     * @param name a safe name: it becomes a folder
     * @param description what the project is for (may be empty)
     * @throws IllegalStateException when the project exists
     */
    public ProjectRecord create(String name, String description) {
        ProjectRecord project = new ProjectRecord(SchemaVersion.CURRENT, Names.requireSafe("project", name),
                Objects.requireNonNull(description, "description"), clock.instant().toString());
        ArtifactValidator.requireValid(RunFolder.PROJECT, project);
        try {
            AtomicFiles.createFile(file(name), Json.toBytes(project));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof FileAlreadyExistsException) {
                throw new IllegalStateException("project " + name + " already exists under " + root, e);
            }
            throw e;
        }
        return project;
    }

    /** The project, created with {@code description} if it does not exist yet. */
    public ProjectRecord ensure(String name, String description) {
        Optional<ProjectRecord> existing = find(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return create(name, description);
        } catch (IllegalStateException raced) {
            return find(name).orElseThrow(() -> raced);
        }
    }

    /** The project's record, or empty when there is no such project. */
    public Optional<ProjectRecord> find(String name) {
        Path file = file(name);
        return Files.isRegularFile(file) ? Optional.of(ArtifactReader.read(file, ProjectRecord.class)) : Optional.empty();
    }

    /** Every project under the root, by name. Folders without a project.json are not projects. */
    public List<ProjectRecord> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<ProjectRecord> projects = new ArrayList<>();
        try (Stream<Path> children = Files.list(root)) {
            for (Path dir : children.sorted().toList()) {
                String name = dir.getFileName().toString();
                if (Names.isSafe(name) && Files.isRegularFile(dir.resolve(RunFolder.PROJECT))) {
                    projects.add(ArtifactReader.read(dir.resolve(RunFolder.PROJECT), ProjectRecord.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the projects under " + root, e);
        }
        return projects;
    }

    private Path file(String name) {
        return root.resolve(Names.requireSafe("project", name)).resolve(RunFolder.PROJECT);
    }
}
