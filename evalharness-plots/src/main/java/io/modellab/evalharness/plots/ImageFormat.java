package io.modellab.evalharness.plots;

import io.modellab.evalharness.core.io.Plot;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * How a chart is encoded. Both are byte-deterministic: PNG is written by ImageIO without time or text chunks, SVG by
 * VectorGraphics2D. SVG clip-path ids repeat between charts, so pages embed charts as {@code <img>} data URIs rather
 * than inline {@code <svg>}.
 */
public enum ImageFormat {
    /** A bitmap of {@link PlotStyle#WIDTH} x {@link PlotStyle#HEIGHT} pixels. */
    PNG(".png", "image/png"),
    /** A vector drawing of the same size. */
    SVG(".svg", "image/svg+xml");

    private final String extension;
    private final String mediaType;

    ImageFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file name extension, with its dot. */
    public String extension() {
        return extension;
    }

    /** The media type, as used in a data URI. */
    public String mediaType() {
        return mediaType;
    }

    /** The format a plot file name ends in. */
    public static ImageFormat ofFileName(String fileName) {
        for (ImageFormat format : values()) {
            if (fileName.endsWith(format.extension)) {
                return format;
            }
        }
        throw new IllegalArgumentException("plot file \"" + fileName + "\" ends in neither .png nor .svg");
    }

    /** The plot file {@code baseName} + extension that encodes {@code chart} when written. */
    Plot plot(String baseName, Chart<?, ?> chart) {
        return new Plot(baseName + extension, out -> {
            if (this == PNG) {
                BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
            } else {
                VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            }
        });
    }
}
