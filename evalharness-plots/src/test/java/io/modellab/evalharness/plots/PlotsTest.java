package io.modellab.evalharness.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.io.Plot;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlotsTest {

    private static final double[] FPR = {0, 0.1, 0.2, 0.4, 0.7, 1};
    private static final double[] TPR = {0, 0.4, 0.6, 0.8, 0.95, 1};
    private static final double[] ACTUAL = {3, 5, 8, 13, 21, 34, 55, 89, 144, 233};
    private static final double[] PREDICTED = {4, 4, 9, 15, 18, 30, 60, 80, 150, 200};

    /** Every plot the module draws, from fixed data, by file name. */
    static Map<String, Function<ImageFormat, Plot>> every() {
        Map<String, Function<ImageFormat, Plot>> plots = new LinkedHashMap<>();
        plots.put("roc", f -> ClassificationPlots.roc("logistic_regression", FPR, TPR, 0.78, f));
        plots.put("roc_overlay", f -> ClassificationPlots.rocOverlay("both", List.of(
                CurvePlots.Curve.of("reference most_frequent (AUC 0.500)", new double[] {0, 1}, new double[] {0, 1}),
                CurvePlots.Curve.of("candidate logistic_regression (AUC 0.780)", FPR, TPR)), f));
        plots.put("pr", f -> ClassificationPlots.precisionRecall("m", new double[] {1, 0.8, 0.5, 0.2, 0},
                new double[] {0.3, 0.5, 0.7, 0.9, 1}, 0.66, 0.3, f));
        plots.put("calibration", f -> ClassificationPlots.calibration("m", new double[] {0.05, 0.3, Double.NaN, 0.8},
                new double[] {0.1, 0.25, Double.NaN, 0.7}, 0.042, f));
        double[][] counts = {{180, 30}, {45, 45}};
        plots.put("confusion", f -> ClassificationPlots.confusionMatrix("m", List.of("good", "bad"), counts, false, f));
        plots.put("confusion_norm", f -> ClassificationPlots.confusionMatrix("m", List.of("good", "bad"), counts, true, f));
        plots.put("confidence", f -> ClassificationPlots.confidenceHistogram("m", new double[] {0.55, 0.61, 0.97, 0.99, 0.72},
                new boolean[] {false, true, true, true, false}, f));
        plots.put("slices", f -> SlicePlots.metricBySlice("Accuracy by checking_status", "accuracy", List.of(
                new SlicePlots.Point("no checking", 0.85, 0.80, 0.90), new SlicePlots.Point("<0", 0.61, 0.52, 0.70),
                new SlicePlots.Point("0<=X<200 (small)", 0.70, null, null)), 0.75, f));
        plots.put("residuals", f -> RegressionPlots.residuals("cpu", ACTUAL, PREDICTED, f));
        plots.put("pred_vs_actual", f -> RegressionPlots.predictedVsActual("cpu", ACTUAL, PREDICTED, f));
        plots.put("error_hist", f -> RegressionPlots.errorHistogram("cpu", ACTUAL, PREDICTED, f));
        plots.put("error_bucket", f -> RegressionPlots.errorByBucket("cpu", List.of("q1", "q2", "q3", "q4", "q5"),
                new double[] {1.5, 2.0, 3.5, 8.0, 20.0}, f));
        double[] k = {1, 3, 5, 10};
        plots.put("metrics_at_k", f -> CurvePlots.metricsAtK("retrieval", List.of(
                CurvePlots.Curve.of("recall", k, new double[] {0.3, 0.5, 0.6, 0.75}),
                CurvePlots.Curve.of("ndcg", k, new double[] {0.3, 0.42, 0.47, 0.52})), f));
        plots.put("degradation", f -> CurvePlots.degradation("stress", "roc_auc", List.of(new CurvePlots.Curve(
                "gaussian_noise", new double[] {0, 0.1, 0.2, 0.4}, new double[] {0.79, 0.77, 0.74, 0.66},
                new double[] {0.73, 0.71, 0.68, 0.6}, new double[] {0.84, 0.82, 0.8, 0.72})), f));
        plots.put("histogram", f -> DistributionPlots.histogram("duration", 2, new double[] {4, 21, 38, 55, 72},
                new long[] {500, 300, 150, 40}, f));
        plots.put("histogram_integers", f -> DistributionPlots.histogram("installment_commitment", 8,
                new double[] {0.5, 1.5, 2.5, 3.5, 4.5}, new long[] {136, 231, 157, 476}, f));
        plots.put("recall_latency", f -> CurvePlots.recallVsLatency("retrieval", List.of("exact", "hnsw ef=64"),
                new double[] {12.0, 1.5}, new double[] {1.0, 0.93}, f));
        return plots;
    }

    static List<String> names() {
        return List.copyOf(every().keySet());
    }

    static byte[] render(Plot plot) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        plot.content().writeTo(out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @MethodSource("names")
    void renderingTwiceGivesTheSameBytesInBothFormats(String name) throws IOException {
        for (ImageFormat format : ImageFormat.values()) {
            byte[] first = render(every().get(name).apply(format));
            byte[] second = render(every().get(name).apply(format));

            assertThat(second).as(name + " " + format).isEqualTo(first);
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void pngsHaveTheFixedSizeAndNoTimeOrTextChunks(String name) throws IOException {
        Plot plot = every().get(name).apply(ImageFormat.PNG);
        byte[] png = render(plot);

        assertThat(plot.fileName()).endsWith(".png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(PlotStyle.WIDTH);
        assertThat(image.getHeight()).isEqualTo(PlotStyle.HEIGHT);
        String chunks = new String(png, StandardCharsets.ISO_8859_1);
        assertThat(chunks).doesNotContain("tIME").doesNotContain("tEXt").doesNotContain("iTXt");
    }

    @ParameterizedTest
    @MethodSource("names")
    void svgsAreSvgDocumentsOfTheSameSize(String name) throws IOException {
        Plot plot = every().get(name).apply(ImageFormat.SVG);
        String svg = new String(render(plot), StandardCharsets.UTF_8);

        assertThat(plot.fileName()).endsWith(".svg");
        assertThat(svg).contains("<svg").contains("width=\"" + PlotStyle.WIDTH).contains("height=\"" + PlotStyle.HEIGHT);
    }

    @Test
    void theRocCurveIsDrawnInItsColour() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(render(every().get("roc").apply(ImageFormat.PNG))));

        assertThat(pixels(image, 0x1f77b4)).as("pixels in the curve's colour").isGreaterThan(300);
    }

    @Test
    void theConfusionMatrixShadesTheLargestCellDarkest() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                render(every().get("confusion").apply(ImageFormat.PNG))));

        // The darkest end of the colour range fills the 180-row cell.
        assertThat(pixels(image, 0x4292c6)).isGreaterThan(1_000);
    }

    @Test
    void badInputIsRefusedWithWhatWasExpected() {
        assertThatThrownBy(() -> ClassificationPlots.roc("m", new double[2], new double[3], 0.5, ImageFormat.PNG))
                .hasMessage("false positive rate has 2 values, true positive rate 3");
        assertThatThrownBy(() -> ClassificationPlots.confidenceHistogram("m", new double[] {1.5}, new boolean[1],
                ImageFormat.PNG)).hasMessage("confidence of row 0 is 1.5, expected a value in [0, 1]");
        assertThatThrownBy(() -> ClassificationPlots.confusionMatrix("m", List.of("a", "b"), new double[][] {{1, 2}},
                false, ImageFormat.PNG)).hasMessage("confusion matrix has 1 rows for 2 labels");
        assertThatThrownBy(() -> DistributionPlots.histogram("c", 1, new double[] {0, 1}, new long[] {1, 2},
                ImageFormat.PNG)).hasMessage("2 edges for 2 bins; expected one more edge than bins");
        assertThatThrownBy(() -> RegressionPlots.residuals("m", new double[] {Double.NaN}, new double[] {1},
                ImageFormat.PNG)).hasMessage("actual of row 0 is NaN: expected finite numbers");
    }

    /**
     * Digests of every PNG, committed, so that a dependency bump that changes pixels is noticed. After looking at the
     * new images, update with {@code -Dmodellab.updatePlotDigests=true}.
     */
    @Test
    void pixelsMatchTheCommittedDigests() throws Exception {
        Path file = Path.of("src/test/resources/golden/plot-digests.txt");
        Map<String, String> actual = new TreeMap<>();
        for (Map.Entry<String, Function<ImageFormat, Plot>> e : every().entrySet()) {
            actual.put(e.getKey(), sha256(render(e.getValue().apply(ImageFormat.PNG))));
        }
        StringBuilder text = new StringBuilder();
        actual.forEach((name, digest) -> text.append(name).append(' ').append(digest).append('\n'));
        if (Boolean.getBoolean("modellab.updatePlotDigests")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.toString());
        }
        assertThat(Files.readString(file)).as("update the digests only after looking at the new images")
                .isEqualTo(text.toString());
    }

    @Test
    void theRocCurveStillMatchesTheDigestItHadBeforeThePlotsWereGeneralised() throws Exception {
        assertThat(sha256(render(every().get("roc").apply(ImageFormat.PNG))))
                .isEqualTo("94b4c7756f1f6d51ac896c05f5dc88e7e076251e489e656f0abd1e0e90b47166");
    }

    private static long pixels(BufferedImage image, int rgb) {
        long count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
