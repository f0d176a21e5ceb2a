package io.modellab.tracker.repro;

import io.modellab.evalharness.core.ModelLabVersion;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.ArtifactValidator;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.io.RunFolder;
import io.modellab.evalharness.core.schema.ReproPackManifest;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.tracker.Reproduction;
import io.modellab.tracker.RunStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Repro packs: one zip that carries a run anywhere (issue: "a run anyone can reproduce"), and its verification.
 *
 * <p>A pack holds {@value #MANIFEST} ({@link ReproPackManifest}: run, seed, commit and dirty flag, dataset version and
 * checksum, environment, library coordinates, commands, redactions, and every file's SHA-256), {@code run/run.json}
 * with credential-like config values redacted, {@code run/leakage.json}, the eval folder under {@code run/eval/},
 * and, unless left out, the dataset file under {@code project/} at its path relative to the project. Environment
 * variables are not captured except {@link #ENVIRONMENT_ALLOW_LIST}. The same run gives a byte-identical pack:
 * entries are sorted and carry a fixed time.
 *
 * <pre>{@code
 * ReproPacks.export(Path.of("artifacts"), "credit-g-demo", runId, Path.of("."), Path.of("run.zip"), true);
 * ReproPacks.Verification v = ReproPacks.verify(Path.of("run.zip"), Files.createTempDirectory("verify"), rerunner);
 * }</pre>
 */
public final class ReproPacks {

    /** The manifest's entry name. */
    public static final String MANIFEST = "pack.json";
    /** The folder of the run's files in a pack. */
    public static final String RUN_DIR = "run/";
    /** The folder of the project's files (the dataset) in a pack. */
    public static final String PROJECT_DIR = "project/";
    /** The only environment variables a pack records. */
    public static final List<String> ENVIRONMENT_ALLOW_LIST = List.of("LANG", "LC_ALL", "TZ");

    /** Every entry's time, so that packs of the same run are byte-identical. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);
    private static final Pattern SECTION = Pattern.compile("## (\\w+)\\n\\n```sh\\n(.*?)\\n```", Pattern.DOTALL);

    private ReproPacks() {
    }

    /**
     * Writes the pack of a run to {@code zipFile}, atomically.
     *
     * @param projectDir the folder the dataset's source path is relative to
     * @param includeDataset false to leave the dataset file out (its checksum still travels)
     * @return the manifest written
     */
    public static ReproPackManifest export(Path artifactsRoot, String project, String runId, Path projectDir,
                                           Path zipFile, boolean includeDataset) {
        RunRecord run = new RunStore(artifactsRoot).load(project, runId);
        Path runDir = EvalFolderWriter.runDir(artifactsRoot, project, runId);
        Path evalDir = runDir.resolve(EvalFolderWriter.EVAL_DIR);
        if (!Files.isDirectory(evalDir)) {
            throw new IllegalArgumentException("run " + runId + " has no eval folder at " + evalDir + ": nothing to pack");
        }
        Secrets.Redacted<Map<String, Object>> config = Secrets.redactConfig(RunFolder.RUN + " config", run.config());
        List<ReproPackManifest.Redaction> redactions = new ArrayList<>(config.redactions());
        // The owner (pid and host name) says nothing about reproducing the run, and a host name can be private.
        RunRecord packedRun = run.withConfig(config.value()).withOwner(null);

        Map<String, byte[]> entries = new TreeMap<>();
        entries.put(RUN_DIR + RunFolder.RUN, Json.toBytes(packedRun));
        Path leakage = runDir.resolve(RunFolder.LEAKAGE);
        if (Files.exists(leakage)) {
            entries.put(RUN_DIR + RunFolder.LEAKAGE, read(leakage));
        }
        for (Path file : files(evalDir)) {
            String name = RUN_DIR + EvalFolderWriter.EVAL_DIR + "/" + evalDir.relativize(file).toString().replace('\\', '/');
            byte[] bytes = read(file);
            if (name.endsWith(".md") || name.endsWith(".txt")) {
                Secrets.Redacted<String> text = Secrets.redactText(name, new String(bytes, StandardCharsets.UTF_8));
                redactions.addAll(text.redactions());
                bytes = text.value().getBytes(StandardCharsets.UTF_8);
            }
            entries.put(name, bytes);
        }
        Path dataset = projectDir.resolve(run.dataset().source()).normalize();
        if (includeDataset) {
            byte[] bytes = read(dataset);
            String actual = sha256(bytes);
            if (!actual.equals(run.dataset().sha256())) {
                throw new IllegalStateException("dataset " + dataset + " has SHA-256 " + actual + ", but run " + runId
                        + " used " + run.dataset().sha256() + ": the pack would not reproduce the run");
            }
            entries.put(PROJECT_DIR + run.dataset().source(), bytes);
        }
        Map<String, String> digests = new TreeMap<>();
        entries.forEach((name, bytes) -> digests.put(name, sha256(bytes)));
        Map<String, String> environment = new TreeMap<>();
        for (String name : ENVIRONMENT_ALLOW_LIST) {
            String value = System.getenv(name);
            if (value != null) {
                environment.put(name, value);
            }
        }
        ReproPackManifest manifest = new ReproPackManifest(SchemaVersion.CURRENT, project, runId, run.model(),
                run.seed(), run.codeVersion(), run.dataset(), includeDataset, run.environment(), libraries(),
                environment, commands(entries.get(RUN_DIR + EvalFolderWriter.EVAL_DIR + "/repro.md"), projectDir),
                redactions, digests);
        ArtifactValidator.requireValid(MANIFEST, manifest);
        entries.put(MANIFEST, Json.toBytes(manifest));
        writeZip(zipFile, entries);
        return manifest;
    }

    /** The coordinates of the libraries a tracked run uses, at this build's version. */
    private static List<String> libraries() {
        String version = ModelLabVersion.current();
        return Stream.of("evalharness-core", "evalharness-metrics", "evalharness-slicing", "evalharness-plots",
                "modellab-tracker").map(a -> "io.modellab:" + a + ":" + version).toList();
    }

    /** The commands of repro.md's sections, and the Maven wrapper's pinned distribution when the project has one. */
    private static Map<String, String> commands(byte[] repro, Path projectDir) {
        Map<String, String> commands = new LinkedHashMap<>();
        if (repro != null) {
            Matcher m = SECTION.matcher(new String(repro, StandardCharsets.UTF_8));
            while (m.find()) {
                commands.put(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2));
            }
        }
        Path wrapper = projectDir.resolve(".mvn/wrapper/maven-wrapper.properties");
        if (Files.exists(wrapper)) {
            for (String line : new String(read(wrapper), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("distributionUrl=")) {
                    commands.put("maven_wrapper", "./mvnw (" + line.substring("distributionUrl=".length()).trim() + ")");
                }
            }
        }
        return commands;
    }

    /**
     * Unpacks a pack into {@code target}, which must be absent or empty. Every entry name is checked before anything
     * is written: one that would land outside {@code target} (an absolute path, {@code ..}, a drive letter or a
     * backslash) refuses the whole pack. Every file is checked against the manifest's SHA-256.
     *
     * @return the manifest
     */
    public static ReproPackManifest unpack(Path zipFile, Path target) {
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            List<? extends ZipEntry> entries = zip.stream().toList();
            for (ZipEntry entry : entries) {
                safeTarget(root, entry.getName(), zipFile);
            }
            if (Files.exists(root)) {
                try (Stream<Path> children = Files.list(root)) {
                    if (children.findAny().isPresent()) {
                        throw new IllegalArgumentException("cannot unpack " + zipFile + " into " + root
                                + ": the folder is not empty");
                    }
                }
            }
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            if (manifestEntry == null) {
                throw new IllegalArgumentException(zipFile + " has no " + MANIFEST + ": it is not a repro pack");
            }
            ReproPackManifest manifest;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest = ArtifactReader.parse(in.readAllBytes(), ReproPackManifest.class, zipFile + "!" + MANIFEST);
            }
            for (ZipEntry entry : entries) {
                if (entry.isDirectory() || entry.getName().equals(MANIFEST)) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                String expected = manifest.files().get(entry.getName());
                if (expected == null || !expected.equals(sha256(bytes))) {
                    throw new IllegalArgumentException(zipFile + "!" + entry.getName() + (expected == null
                            ? " is not listed in " + MANIFEST : " does not match its SHA-256 in " + MANIFEST)
                            + ": the pack was changed after it was made");
                }
            }
            for (ZipEntry entry : entries) {
                Path file = safeTarget(root, entry.getName(), zipFile);
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, file);
                }
            }
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zipFile + " into " + root + ": " + e.getMessage(), e);
        }
    }

    private static Path safeTarget(Path root, String name, Path zipFile) {
        Path file = root.resolve(name).normalize();
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || !file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("refusing " + zipFile + ": entry \"" + name
                    + "\" would be written outside " + root);
        }
        return file;
    }

    /** A packed run, unpacked: where its files are, for a {@link Rerunner}. */
    public record Unpacked(ReproPackManifest manifest, RunRecord run, Path runDir, Path projectDir) {
    }

    /** Runs a packed run again from its unpacked files. */
    @FunctionalInterface
    public interface Rerunner {
        /**
         * Runs the packed run again (with its seed and dataset) under {@code artifactsRoot}.
         *
         * @return the new run's eval folder, and the new run ids mapped to the packed ones they repeat (run ids are
         *     masked when the folders are compared)
         */
        Rerun rerun(Unpacked pack, Path artifactsRoot);
    }

    /** What a rerun wrote. */
    public record Rerun(Path evalDir, Map<String, String> sameRuns) {
    }

    /**
     * The outcome of a verification.
     *
     * @param manifest the pack's manifest
     * @param packedEval the packed eval folder, unpacked
     * @param rerunEval the eval folder the rerun wrote
     * @param differing files that differ once run ids are masked; empty when the pack reproduced
     */
    public record Verification(ReproPackManifest manifest, Path packedEval, Path rerunEval, List<String> differing) {
        /** True when every file of the eval folder was reproduced byte for byte. */
        public boolean reproduced() {
            return differing.isEmpty();
        }
    }

    /**
     * Unpacks the pack into {@code workDir/pack}, reruns it into {@code workDir/artifacts} and compares the new eval
     * folder with the packed one byte for byte (run ids masked).
     */
    public static Verification verify(Path zipFile, Path workDir, Rerunner rerunner) {
        Path unpacked = workDir.resolve("pack");
        ReproPackManifest manifest = unpack(zipFile, unpacked);
        if (!manifest.datasetIncluded()) {
            throw new IllegalArgumentException(zipFile + " was made without its dataset (SHA-256 "
                    + manifest.dataset().sha256() + "): put the file at " + unpacked.resolve(PROJECT_DIR)
                    .resolve(manifest.dataset().source()) + " and verify the unpacked folder instead");
        }
        Path runDir = unpacked.resolve(RUN_DIR);
        RunRecord run = ArtifactReader.read(runDir.resolve(RunFolder.RUN), RunRecord.class);
        Rerun rerun = rerunner.rerun(new Unpacked(manifest, run, runDir, unpacked.resolve(PROJECT_DIR)),
                workDir.resolve("artifacts"));
        Path packedEval = runDir.resolve(EvalFolderWriter.EVAL_DIR);
        return new Verification(manifest, packedEval, rerun.evalDir(),
                Reproduction.differences(packedEval, rerun.evalDir(), rerun.sameRuns()));
    }

    private static void writeZip(Path zipFile, Map<String, byte[]> entries) {
        Path target = zipFile.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    ZipEntry entry = new ZipEntry(e.getKey());
                    entry.setTimeLocal(ENTRY_TIME);
                    zip.putNextEntry(entry);
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the pack " + target, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and named after the pack; nothing else depends on it
                }
            }
        }
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
