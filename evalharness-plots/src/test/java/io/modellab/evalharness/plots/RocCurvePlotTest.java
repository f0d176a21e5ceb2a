package io.modellab.evalharness.plots;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.io.Plot;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class RocCurvePlotTest {

    private static final double[] FPR = {0, 0.1, 0.2, 0.4, 0.7, 1};
    private static final double[] TPR = {0, 0.4, 0.6, 0.8, 0.95, 1};

    private static byte[] render(Plot plot) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        plot.content().writeTo(out);
        return out.toByteArray();
    }

    @Test
    void renderingTwiceGivesTheSameBytes() throws IOException {
        byte[] first = render(RocCurvePlot.png("logistic_regression", FPR, TPR, 0.78));
        byte[] second = render(RocCurvePlot.png("logistic_regression", FPR, TPR, 0.78));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void itIsAPngOfTheFixedSizeWithNoTimeOrTextChunks() throws IOException {
        byte[] png = render(RocCurvePlot.png("logistic_regression", FPR, TPR, 0.78));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(PlotStyle.WIDTH);
        assertThat(image.getHeight()).isEqualTo(PlotStyle.HEIGHT);
        String chunks = new String(png, StandardCharsets.ISO_8859_1);
        assertThat(chunks).doesNotContain("tIME").doesNotContain("tEXt").doesNotContain("iTXt");
    }

    @Test
    void theCurveIsDrawnInItsColourAboveTheDiagonal() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(render(RocCurvePlot.png("m", FPR, TPR, 0.78))));

        long curvePixels = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (rgb == 0x1f77b4) {
                    curvePixels++;
                }
            }
        }
        assertThat(curvePixels).as("pixels in the curve's colour").isGreaterThan(300);
    }

    @Test
    void pixelsMatchTheCommittedDigestSoADependencyBumpThatChangesThemIsNoticed() throws Exception {
        byte[] png = render(RocCurvePlot.png("logistic_regression", FPR, TPR, 0.78));

        assertThat(sha256(png)).as("update the digest only after looking at the new image")
                .isEqualTo(GOLDEN_SHA256);
    }

    private static final String GOLDEN_SHA256 = "94b4c7756f1f6d51ac896c05f5dc88e7e076251e489e656f0abd1e0e90b47166";

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
