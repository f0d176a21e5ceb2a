package io.modellab.tracker;

import io.modellab.evalharness.core.Names;
import io.modellab.evalharness.core.RunIds;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.ArtifactValidator;
import io.modellab.evalharness.core.io.AtomicFiles;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.io.RunFolder;
import io.modellab.evalharness.core.io.RunLiveness;
import io.modellab.evalharness.core.schema.LeakageReport;
import io.modellab.evalharness.core.schema.RunArtifact;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.RunTimings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Runs under an artifacts root: {@code <root>/<project>/<run_id>/} with its run.json, {@code logs/run.log},
 * leakage.json and artifacts.
 *
 * <p>Safe for many threads and processes at once, and after a crash at any point:
 * <ul>
 *   <li>every file is written atomically (a temporary sibling renamed into place), so no reader sees half a
 *       run.json; a run folder appears at once, run.json and an empty log inside ({@link #create});</li>
 *   <li>creating a run, finishing it and recovering stale runs hold the project's lock ({@code <project>/.lock}: a
 *       file lock between processes, a lock per lock file between the threads of one JVM);</li>
 *   <li>a run becomes DONE last: {@link RunHandle#done()} lists every file of the run folder with its size and
 *       SHA-256 in run.json, and that write is the step that makes it DONE. A reader that finds a listed file
 *       missing or of another size reports the run {@link RunState#INCOMPLETE}, never DONE;</li>
 *   <li>run.json names the process that writes a RUNNING run (pid, host, start time): a reader reports a run whose
 *       process is gone as {@link RunState#STALE}, and {@link #recoverStale} marks it FAILED with the reason.</li>
 * </ul>
 * Run ids have the format of {@link RunIds} ({@code run-YYYYMMDD-HHMMSS-xxxxxxxx}: UTC start time, then 8 random hex
 * digits), so they sort by start time and never equal {@code datasets}, {@code compare}, {@code index.html},
 * {@code project.json} or the lock file. Folders and files that are not run ids are skipped by every reader, and so
 * are the dot-named temporary siblings a killed writer may leave ({@link #leftovers} lists them,
 * {@link #recoverStale} removes them).
 *
 * @param root the artifacts root, e.g. {@code ./artifacts}
 */
public record RunStore(Path root) {

    /** The leakage report's file name in a run folder. */
    public static final String LEAKAGE = RunFolder.LEAKAGE;

    /** The run's log, relative to its folder. */
    public static final String LOG = RunFolder.LOG;

    /** The folder of a run. */
    public Path runDir(String project, String runId) {
        return EvalFolderWriter.runDir(root, project, runId);
    }

    /** The folder of a project. */
    public Path projectDir(String project) {
        return root.resolve(Names.requireSafe("project", project));
    }

    /**
     * Creates a run's folder with its run.json and an empty {@code logs/run.log}, all at once, under the project
     * lock.
     *
     * @throws IllegalStateException when a run with this id exists
     * @throws io.modellab.evalharness.core.io.InvalidArtifactException when the record is invalid; nothing is
     *     written then
     */
    public Path create(RunRecord run) {
        ArtifactValidator.requireValid(RunFolder.RUN, run);
        Path dir = runDir(run.project(), run.runId());
        return withProjectLock(run.project(), () -> {
            try {
                AtomicFiles.createFolder(dir, folder -> {
                    AtomicFiles.writeDurably(folder.resolve(RunFolder.RUN), Json.toBytes(run));
                    Files.createDirectories(folder.resolve(LOG).getParent());
                    AtomicFiles.writeDurably(folder.resolve(LOG), new byte[0]);
                });
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof FileAlreadyExistsException) {
                    throw new IllegalStateException("run " + run.runId() + " already exists in project "
                            + run.project() + " (" + dir + ")", e);
                }
                throw e;
            }
            return dir;
        });
    }

    /** Writes (or replaces) a run's run.json after validating it. */
    public Path save(RunRecord run) {
        ArtifactValidator.requireValid(RunFolder.RUN, run);
        Path file = runDir(run.project(), run.runId()).resolve(RunFolder.RUN);
        AtomicFiles.write(file, Json.toBytes(run));
        return file;
    }

    /** Writes a run's leakage.json beside its run.json. */
    public Path saveLeakage(String project, LeakageReport report) {
        ArtifactValidator.requireValid(LEAKAGE, report);
        Path file = runDir(project, report.runId()).resolve(LEAKAGE);
        AtomicFiles.write(file, Json.toBytes(report));
        return file;
    }

    /** A run's run.json, or empty when the run does not exist. */
    public Optional<RunRecord> find(String project, String runId) {
        Path file = runDir(project, runId).resolve(RunFolder.RUN);
        return Files.exists(file) ? Optional.of(ArtifactReader.read(file, RunRecord.class)) : Optional.empty();
    }

    /** Reads and validates a run's run.json. */
    public RunRecord load(String project, String runId) {
        return ArtifactReader.read(runDir(project, runId).resolve(RunFolder.RUN), RunRecord.class);
    }

    /** Every run of the project, oldest first (by run id). */
    public List<RunEntry> list(String project) {
        return list(project, RunFilter.ALL);
    }

    /**
     * The project's runs that match {@code filter}, oldest first (by run id), each with its state: a DONE run's
     * files are checked by presence and size here; {@link #detail} checks their SHA-256 too.
     *
     * @throws io.modellab.evalharness.core.io.InvalidArtifactException when a run.json is not a valid run record
     */
    public List<RunEntry> list(String project, RunFilter filter) {
        List<RunEntry> runs = new ArrayList<>();
        for (Path dir : runDirs(project)) {
            RunRecord run = ArtifactReader.read(dir.resolve(RunFolder.RUN), RunRecord.class);
            if (filter.matchesRecord(run)) {
                RunEntry entry = entry(run, dir, false);
                if (filter.matchesState(entry.state())) {
                    runs.add(entry);
                }
            }
        }
        return runs;
    }

    /**
     * One run with its state, every listed file checked by size and SHA-256.
     *
     * @throws IllegalArgumentException when there is no such run
     */
    public RunEntry detail(String project, String runId) {
        Path dir = runDir(project, runId);
        if (!Files.isRegularFile(dir.resolve(RunFolder.RUN))) {
            throw new IllegalArgumentException("project " + project + " has no run " + runId + " (no "
                    + dir.resolve(RunFolder.RUN) + ")");
        }
        return entry(ArtifactReader.read(dir.resolve(RunFolder.RUN), RunRecord.class), dir, true);
    }

    /**
     * Marks every {@link RunState#STALE} run of the project FAILED, with a reason naming the process that is gone, and
     * deletes the temporary files killed writers left where no live writer can be using them: run folders that were
     * being created (creation holds the lock this holds) and temporary files inside stale runs. Returns the stale runs
     * as they were found.
     */
    public List<RunEntry> recoverStale(String project, Clock clock) {
        return withProjectLock(project, () -> {
            List<RunEntry> stale = list(project, RunFilter.ALL.states(RunState.STALE));
            List<Path> orphans = new ArrayList<>();
            for (Path leftover : leftovers(project)) {
                boolean runBeingCreated = leftover.getParent().equals(projectDir(project))
                        && leftover.getFileName().toString().startsWith(".run-");
                boolean insideStaleRun = stale.stream().anyMatch(e -> leftover.startsWith(e.dir()));
                if (runBeingCreated || insideStaleRun) {
                    orphans.add(leftover);
                }
            }
            orphans.forEach(RunStore::deleteTree);
            for (RunEntry entry : stale) {
                RunRecord run = entry.run();
                Instant start = Instant.parse(run.timings().startedAt());
                Instant end = clock.instant();
                save(run.finish(RunStatus.FAILED, "stale: " + entry.problem(), new RunTimings(run.timings().startedAt(),
                        end.toString(), Math.max(0, Duration.between(start, end).toMillis()))));
            }
            return stale;
        });
    }

    /**
     * The temporary files and folders killed writers left in the project folder and its run folders: names that
     * start with a dot and end in {@code .tmp} or contain {@code .tmp-}. Readers skip them; {@link #recoverStale}
     * deletes those no live writer can be using.
     */
    public List<Path> leftovers(String project) {
        List<Path> found = new ArrayList<>();
        Path projectDir = projectDir(project);
        if (!Files.isDirectory(projectDir)) {
            return found;
        }
        try (Stream<Path> top = Files.list(projectDir)) {
            for (Path p : top.sorted().toList()) {
                if (isTemporary(p)) {
                    found.add(p);
                } else if (isRunDir(p)) {
                    try (Stream<Path> inside = Files.walk(p)) {
                        inside.filter(RunStore::isTemporary).sorted().forEach(found::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + projectDir, e);
        }
        return found;
    }

    private static void deleteTree(Path path) {
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the leftover " + path, e);
        }
    }

    /** Runs {@code action} holding the project's lock (re-entrant; shared by every process using this root). */
    public <T> T withProjectLock(String project, Supplier<T> action) {
        return ProjectLock.with(projectDir(project), action);
    }

    /**
     * Every file of a run folder except run.json and temporary dot-named files, sorted by path, with size and
     * SHA-256: the artifact list a run records when it becomes DONE.
     */
    public List<RunArtifact> artifacts(String project, String runId) {
        Path dir = runDir(project, runId);
        List<RunArtifact> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
                String path = relative(dir, file);
                if (path.equals(RunFolder.RUN) || hasDotSegment(path)) {
                    continue;
                }
                files.add(new RunArtifact(path, Files.size(file), sha256(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the files of run " + runId + " in " + dir, e);
        }
        return files;
    }

    private RunEntry entry(RunRecord run, Path dir, boolean checkDigests) {
        return switch (run.status()) {
            case FAILED -> new RunEntry(run, RunState.FAILED, null, dir);
            case RUNNING -> {
                String stale = RunLiveness.staleReason(run);
                yield new RunEntry(run, stale == null ? RunState.RUNNING : RunState.STALE, stale, dir);
            }
            case DONE -> {
                String problem = run.artifacts() == null ? null : missing(dir, run.artifacts(), checkDigests);
                yield new RunEntry(run, problem == null ? RunState.DONE : RunState.INCOMPLETE, problem, dir);
            }
        };
    }

    /** The first listed file that is not as recorded, described; {@code null} when all are. */
    private static String missing(Path dir, List<RunArtifact> artifacts, boolean checkDigests) {
        for (RunArtifact artifact : artifacts) {
            Path file = dir.resolve(artifact.path()).normalize();
            if (!file.startsWith(dir) || hasDotSegment(artifact.path())) {
                return "artifact " + artifact.path() + " is not a path inside the run folder";
            }
            try {
                if (!Files.isRegularFile(file)) {
                    return "artifact " + artifact.path() + " is missing";
                }
                long size = Files.size(file);
                if (size != artifact.bytes()) {
                    return "artifact " + artifact.path() + " has " + size + " bytes, expected " + artifact.bytes();
                }
                if (checkDigests && !sha256(file).equals(artifact.sha256())) {
                    return "artifact " + artifact.path() + " has SHA-256 " + sha256(file) + ", expected "
                            + artifact.sha256();
                }
            } catch (IOException e) {
                return "artifact " + artifact.path() + " cannot be read: " + e.getMessage();
            }
        }
        return null;
    }

    private List<Path> runDirs(String project) {
        Path projectDir = projectDir(project);
        if (!Files.isDirectory(projectDir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(projectDir)) {
            return children.filter(RunStore::isRunDir).filter(d -> Files.isRegularFile(d.resolve(RunFolder.RUN)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the runs of project " + project + " in " + projectDir, e);
        }
    }

    private static boolean isRunDir(Path p) {
        return RunIds.FORMAT.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p);
    }

    private static boolean isTemporary(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") && (name.endsWith(".tmp") || name.contains(".tmp-"));
    }

    private static boolean hasDotSegment(String path) {
        for (String segment : path.split("/")) {
            if (segment.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
