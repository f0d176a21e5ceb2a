package io.modellab.tracker.data;

import io.modellab.evalharness.core.ModelLabVersion;
import io.modellab.evalharness.core.Names;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.ArtifactValidator;
import io.modellab.evalharness.core.io.AtomicFiles;
import io.modellab.evalharness.core.io.DatasetFolder;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.schema.ColumnSchema;
import io.modellab.evalharness.core.schema.ColumnType;
import io.modellab.evalharness.core.schema.DatasetProvenance;
import io.modellab.evalharness.core.schema.DatasetVersion;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SourceFile;
import io.modellab.tracker.ProjectStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Dataset versions of projects under an artifacts root: {@code <root>/<project>/datasets/<name>/<version>/dataset.json}.
 *
 * <pre>{@code
 * DatasetStore datasets = new DatasetStore(Path.of("artifacts"));
 * DatasetVersion version = datasets.ingest("credit-g-demo", "credit-g", Path.of("datasets/credit-g.csv"), Path.of("."),
 *         IngestOptions.defaults().withTarget("class").withSplit(SplitSpec.stratified("class", 0.3, 42))).version();
 * LoadedDataset data = datasets.read(version, Path.of("."));     // the rows, checked against the checksum
 * SplitRows split = SplitRows.of(version.split(), data.table()); // the same split, row by row
 * }</pre>
 *
 * <p>Ingesting reads the source twice, streaming: once for the SHA-256 (and a UTF-8 check), which names the
 * version, and, unless that version exists, once to infer the schema, profile it and split it (see
 * the package documentation for the memory it takes). A version folder is written all at once and never changed: the same bytes return the
 * existing version, and asking for them with another target, missing tokens, type or split is refused rather than
 * silently ignored. Notes, who ingests and the profile's limits do not count as differences.
 */
public final class DatasetStore {

    private final Path root;
    private final Clock clock;

    /** A store under {@code artifactsRoot}, stamping versions with the system clock. */
    public DatasetStore(Path artifactsRoot) {
        this(artifactsRoot, Clock.systemUTC());
    }

    /** A store under {@code artifactsRoot}, stamping versions with {@code clock} (provenance's {@code ingested_at}). */
    public DatasetStore(Path artifactsRoot, Clock clock) {
        this.root = Objects.requireNonNull(artifactsRoot, "artifactsRoot");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * An ingest's outcome.
     *
     * @param version the dataset version
     * @param file its dataset.json
     * @param created whether this call wrote it; false when the same bytes had been ingested before
     */
    public record Ingested(DatasetVersion version, Path file, boolean created) {
    }

    /**
     * Makes {@code source} a dataset version of {@code project}, or returns the version these bytes already are.
     *
     * @param project an existing project (see {@link ProjectStore})
     * @param name the dataset's name (a safe name: it becomes a folder)
     * @param source a CSV file, or a folder whose {@code *.csv} files (in name order, all with the same header)
     *     are the rows
     * @param projectDir the folder the source's path is recorded relative to, usually the repository root
     * @throws CsvFormatException naming the file, line and column of bad CSV, a bad target, or a value that does not
     *     fit a type set in code or the split
     * @throws IllegalStateException when the version exists with other settings, or the project does not exist
     */
    public Ingested ingest(String project, String name, Path source, Path projectDir, IngestOptions options) {
        requireProject(project);
        Names.requireSafe("dataset", name);
        CsvSource csv = CsvSource.of(source, projectDir);
        List<SourceScan.Result> scans = csv.files().stream().map(f -> SourceScan.of(f.path(), f.relative())).toList();
        String sha256 = csv.kind() == DatasetProvenance.Kind.FILE ? scans.get(0).sha256()
                : Sha256.ofManifest(csv.files().stream().map(CsvSource.File::name).toList(),
                        scans.stream().map(SourceScan.Result::sha256).toList());
        String version = CsvDatasets.versionOf(sha256);
        Path dir = DatasetFolder.versionDir(root, project, name, version);
        Optional<DatasetVersion> existing = find(project, name, version);
        if (existing.isPresent()) {
            return new Ingested(requireSameSettings(existing.get(), options), dir.resolve(DatasetFolder.DATASET), false);
        }
        DatasetProfiler.Profiled profiled = DatasetProfiler.profile(csv, scans, options);
        DatasetVersion record = new DatasetVersion(SchemaVersion.CURRENT, project, name, version, sha256,
                profiled.profile().rows(), options.target(), options.missingTokens(), profiled.columns(), profiled.files(),
                profiled.profile(), profiled.split(),
                new DatasetProvenance(csv.kind(), csv.source(), options.ingestedBy(), "modellab " + ModelLabVersion.current(),
                        clock.instant().toString()),
                options.notes());
        ArtifactValidator.requireValid(DatasetFolder.DATASET, record);
        try {
            AtomicFiles.createFolder(dir, folder -> AtomicFiles.writeDurably(folder.resolve(DatasetFolder.DATASET),
                    Json.toBytes(record)));
        } catch (UncheckedIOException e) {
            // Another ingest of the same bytes may have won the race; then its version is this one.
            Optional<DatasetVersion> winner = find(project, name, version);
            if (winner.isPresent()) {
                return new Ingested(requireSameSettings(winner.get(), options), dir.resolve(DatasetFolder.DATASET), false);
            }
            throw e;
        }
        return new Ingested(record, dir.resolve(DatasetFolder.DATASET), true);
    }

    /** A version's dataset.json, read and validated, or empty when the version does not exist. */
    public Optional<DatasetVersion> find(String project, String name, String version) {
        Path file = DatasetFolder.versionDir(root, project, name, version).resolve(DatasetFolder.DATASET);
        return Files.isRegularFile(file) ? Optional.of(ArtifactReader.read(file, DatasetVersion.class)) : Optional.empty();
    }

    /** A version's dataset.json, read and validated; an error when it does not exist. */
    public DatasetVersion load(String project, String name, String version) {
        return ArtifactReader.read(DatasetFolder.versionDir(root, project, name, version).resolve(DatasetFolder.DATASET),
                DatasetVersion.class);
    }

    /** The names of the project's datasets, sorted. */
    public List<String> datasets(String project) {
        Path dir = root.resolve(Names.requireSafe("project", project)).resolve(DatasetFolder.DATASETS);
        return children(dir).stream().filter(Names::isSafe).sorted().toList();
    }

    /** Every version of a dataset, oldest first (by when it was ingested, then by version id). */
    public List<DatasetVersion> versions(String project, String name) {
        Path dir = DatasetFolder.datasetDir(root, project, name);
        List<DatasetVersion> versions = new ArrayList<>();
        for (String child : children(dir)) {
            if (DatasetFolder.VERSION.matcher(child).matches() && Files.isRegularFile(dir.resolve(child).resolve(DatasetFolder.DATASET))) {
                versions.add(load(project, name, child));
            }
        }
        versions.sort(Comparator.comparing((DatasetVersion v) -> v.provenance().ingestedAt())
                .thenComparing(DatasetVersion::version));
        return versions;
    }

    /**
     * The rows of a version, read again from its files with its missing tokens: a {@link Table} whose row ids are
     * the 1-based row numbers the split's digest is keyed by.
     *
     * @param projectDir the folder the version's files are recorded relative to
     * @throws IllegalStateException when a file's bytes are no longer the ones ingested
     */
    public LoadedDataset read(DatasetVersion version, Path projectDir) {
        Set<String> missing = new HashSet<>(version.missingTokens());
        List<String> header = version.columns().stream().map(ColumnSchema::name).toList();
        List<String[]> rows = new ArrayList<>();
        for (SourceFile file : version.files()) {
            String sha;
            try (CsvRows csv = CsvRows.open(projectDir.resolve(file.path()), file.path())) {
                if (!csv.header().equals(header)) {
                    throw new IllegalStateException(file.path() + " no longer has the header of dataset "
                            + version.name() + " version " + version.version());
                }
                for (String[] row = csv.next(); row != null; row = csv.next()) {
                    for (int c = 0; c < row.length; c++) {
                        if (missing.contains(row[c])) {
                            row[c] = null;
                        }
                    }
                    rows.add(row);
                }
                sha = csv.sha256();
            }
            if (!sha.equals(file.sha256())) {
                throw new IllegalStateException(file.path() + " has changed since dataset " + version.name() + " version "
                        + version.version() + " was ingested: its SHA-256 is " + sha + ", expected " + file.sha256()
                        + ". Restore the file, or ingest it as a new version");
            }
        }
        List<String> ids = new ArrayList<>(rows.size());
        for (int i = 1; i <= rows.size(); i++) {
            ids.add(Integer.toString(i));
        }
        return new LoadedDataset(Table.ofRows(header, rows, ids), version.ref());
    }

    private DatasetVersion requireSameSettings(DatasetVersion existing, IngestOptions options) {
        List<String> differences = new ArrayList<>();
        if (!Objects.equals(existing.target(), options.target())) {
            differences.add("target " + existing.target() + " (asked: " + options.target() + ")");
        }
        if (!existing.missingTokens().equals(options.missingTokens())) {
            differences.add("missing tokens " + existing.missingTokens() + " (asked: " + options.missingTokens() + ")");
        }
        for (Map.Entry<String, ColumnType> type : options.types().entrySet()) {
            ColumnType stored = existing.columns().stream().filter(c -> c.name().equals(type.getKey()))
                    .map(ColumnSchema::type).findFirst().orElse(null);
            if (stored != type.getValue()) {
                differences.add("column " + type.getKey() + " as " + stored + " (asked: " + type.getValue() + ")");
            }
        }
        SplitSpec stored = existing.split() == null ? null : SplitSpec.of(existing.split());
        if (!Objects.equals(stored, options.split())) {
            differences.add("split " + (stored == null ? "none" : "\"" + stored.describe() + "\"") + " (asked: "
                    + (options.split() == null ? "none" : "\"" + options.split().describe() + "\"") + ")");
        }
        if (!differences.isEmpty()) {
            throw new IllegalStateException("dataset " + existing.name() + " version " + existing.version()
                    + " of project " + existing.project() + " already holds these bytes with " + String.join(", ", differences)
                    + ". A dataset version never changes: ingest under another dataset name to use other settings");
        }
        return existing;
    }

    private void requireProject(String project) {
        if (new ProjectStore(root).find(project).isEmpty()) {
            throw new IllegalStateException("project " + project + " does not exist under " + root
                    + "; create it first (ProjectStore.create)");
        }
    }

    private static List<String> children(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
