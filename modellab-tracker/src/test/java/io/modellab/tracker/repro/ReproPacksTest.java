package io.modellab.tracker.repro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.ReproPackManifest;
import io.modellab.evalharness.core.schema.RunEnvironment;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.RunTimings;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SplitRef;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.tracker.EvalHarness;
import io.modellab.tracker.EvalOptions;
import io.modellab.tracker.EvalRequest;
import io.modellab.evalharness.core.ReproSteps;
import io.modellab.tracker.RunStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproPacksTest {

    static final String RUN = "run-20261123-120000-0000000c";
    static final byte[] DATA_BYTES = "x,y\n1,yes\n2,no\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    Path root;
    Path project;

    @BeforeEach
    void storeARunWithSecretsInItsConfig() throws Exception {
        root = dir.resolve("artifacts");
        project = dir.resolve("project");
        Files.createDirectories(project.resolve("data"));
        Files.write(project.resolve("data/s.csv"), DATA_BYTES);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(DATA_BYTES));
        DatasetRef data = new DatasetRef("s", "v1", sha, "data/s.csv", 2L);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("jdbc", "jdbc:mysql://db/x?password=hunter2");
        config.put("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        config.put("template", "logistic_regression");
        CodeVersion code = new CodeVersion("b".repeat(40), false);
        new RunStore(root).save(new RunRecord(SchemaVersion.CURRENT, RUN, "proj", "m", ModelRole.BASELINE,
                RunStatus.DONE, null, 7L, code, data, new SplitRef("random", "1".repeat(64)), null, null, config,
                new RunTimings("2026-11-23T12:00:00Z", "2026-11-23T12:00:01Z", 1000L), RunEnvironment.current("test")));
        int n = 200;
        List<String[]> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        boolean[] actual = new boolean[n];
        double[] score = new double[n];
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < n; i++) {
            actual[i] = random.nextDouble() < 0.4;
            score[i] = Math.min(1, Math.max(0, (actual[i] ? 0.6 : 0.4) + 0.3 * (random.nextDouble() - 0.5)));
            rows.add(new String[] {i % 2 == 0 ? "a" : "b"});
            ids.add(Integer.toString(i));
        }
        new EvalHarness(EvalOptions.DEFAULTS).evaluateAndWrite(root, new EvalRequest("proj", RUN, "m",
                ModelRole.BASELINE, data, code, 7, Table.ofRows(List.of("g"), rows, ids),
                new BinaryPredictions("yes", "no", actual, score, 0.5), "g", null, null,
                new ReproSteps("./mvnw install", "sha256sum data/s.csv", "./run", "./eval")));
    }

    @Test
    void aPackCarriesTheRunItsDataAndManifestButNoSecret() throws IOException {
        Path zip = dir.resolve("run.zip");
        ReproPackManifest manifest = ReproPacks.export(root, "proj", RUN, project, zip, true);

        Map<String, String> entries = entries(zip);
        assertThat(entries).containsKeys("pack.json", "run/run.json", "run/eval/eval_summary.json",
                "run/eval/predictions.json", "run/eval/plots/roc_curve.png", "project/data/s.csv");
        assertThat(String.join("\n", entries.values())).doesNotContain("hunter2").doesNotContain("wJalrXUtnFEMI");
        assertThat(manifest.redactions()).extracting(ReproPackManifest.Redaction::where)
                .containsExactly("run.json config AWS_SECRET_ACCESS_KEY", "run.json config jdbc");
        assertThat(manifest.seed()).isEqualTo(7L);
        assertThat(manifest.commands()).containsEntry("install", "./mvnw install").containsEntry("run", "./run");
        assertThat(manifest.environmentVariables().keySet()).isSubsetOf(ReproPacks.ENVIRONMENT_ALLOW_LIST);
        assertThat(manifest.files()).containsKey("project/data/s.csv").doesNotContainKey("pack.json");
    }

    @Test
    void theSameRunGivesAByteIdenticalPack() throws IOException {
        ReproPacks.export(root, "proj", RUN, project, dir.resolve("a.zip"), true);
        ReproPacks.export(root, "proj", RUN, project, dir.resolve("b.zip"), true);

        assertThat(Files.readAllBytes(dir.resolve("b.zip"))).isEqualTo(Files.readAllBytes(dir.resolve("a.zip")));
    }

    @Test
    void theDatasetCanStayBehindButItsChecksumTravels() throws IOException {
        ReproPackManifest manifest = ReproPacks.export(root, "proj", RUN, project, dir.resolve("lean.zip"), false);

        assertThat(entries(dir.resolve("lean.zip"))).doesNotContainKey("project/data/s.csv");
        assertThat(manifest.datasetIncluded()).isFalse();
        assertThat(manifest.dataset().sha256()).hasSize(64);
    }

    @Test
    void aChangedDatasetIsRefusedBeforeAnyPackIsWritten() throws IOException {
        Files.writeString(project.resolve("data/s.csv"), "x,y\n1,no\n");

        assertThatThrownBy(() -> ReproPacks.export(root, "proj", RUN, project, dir.resolve("bad.zip"), true))
                .hasMessageContaining("but run " + RUN + " used").hasMessageContaining("the pack would not reproduce the run");
        assertThat(dir.resolve("bad.zip")).doesNotExist();
    }

    @Test
    void verifyingRerunsAndComparesTheEvalFolderByteForByte() {
        Path zip = dir.resolve("run.zip");
        ReproPacks.export(root, "proj", RUN, project, zip, true);
        Path source = EvalFolderWriter.evalDir(root, "proj", RUN);

        ReproPacks.Verification same = ReproPacks.verify(zip, dir.resolve("v1"), (pack, artifacts) -> {
            assertThat(pack.projectDir().resolve(pack.run().dataset().source())).hasBinaryContent(DATA_BYTES);
            return new ReproPacks.Rerun(copy(source, artifacts.resolve("eval")), Map.of());
        });
        ReproPacks.Verification changed = ReproPacks.verify(zip, dir.resolve("v2"), (pack, artifacts) -> {
            Path eval = copy(source, artifacts.resolve("eval"));
            write(eval.resolve("takeaway.txt"), "different\n");
            return new ReproPacks.Rerun(eval, Map.of());
        });

        assertThat(same.reproduced()).isTrue();
        assertThat(changed.reproduced()).isFalse();
        assertThat(changed.differing()).containsExactly("takeaway.txt");
    }

    @Test
    void aZipSlipEntryRefusesThePackAndWritesNothingAnywhere() throws IOException {
        Path evil = dir.resolve("evil.zip");
        try (OutputStream out = Files.newOutputStream(evil); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("pack.json"));
            zip.write("{}".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("run/ok.txt"));
            zip.write("fine".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("../../evil"));
            zip.write("gotcha".getBytes(StandardCharsets.UTF_8));
        }
        Path target = dir.resolve("sub/target");

        assertThatThrownBy(() -> ReproPacks.unpack(evil, target))
                .hasMessage("refusing " + evil + ": entry \"../../evil\" would be written outside " + target);
        assertThat(target).doesNotExist();
        assertThat(dir.resolve("evil")).doesNotExist();
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.map(p -> p.getFileName().toString())).doesNotContain("evil", "ok.txt");
        }
    }

    @Test
    void aTamperedFileIsRefusedByItsChecksum() throws IOException {
        Path zip = dir.resolve("run.zip");
        ReproPacks.export(root, "proj", RUN, project, zip, true);
        Path tampered = dir.resolve("tampered.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals("run/eval/takeaway.txt") ? "edited\n".getBytes(StandardCharsets.UTF_8) : bytes);
            }
        }

        assertThatThrownBy(() -> ReproPacks.unpack(tampered, dir.resolve("t")))
                .hasMessage(tampered + "!run/eval/takeaway.txt does not match its SHA-256 in pack.json: the pack was"
                        + " changed after it was made");
        assertThat(dir.resolve("t")).doesNotExist();
    }

    private static Map<String, String> entries(Path zip) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                out.put(e.getName(), bytes.toString(StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }

    private static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted().toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
            return to;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
