package io.modellab.evalharness.plots;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** The one look of every chart: bundled font, fixed sizes and colours, white background. */
public final class PlotStyle {

    /** Chart width in pixels. */
    public static final int WIDTH = 640;
    /** Chart height in pixels. */
    public static final int HEIGHT = 480;

    private static final Font BASE = loadFont();

    private PlotStyle() {
    }

    /** Applies the font, sizes and colours to an axes chart's styler. */
    public static void apply(AxesChartStyler styler) {
        styler.setChartTitleFont(BASE.deriveFont(Font.PLAIN, 16f));
        styler.setLegendFont(BASE.deriveFont(Font.PLAIN, 12f));
        styler.setAxisTitleFont(BASE.deriveFont(Font.PLAIN, 13f));
        styler.setAxisTickLabelsFont(BASE.deriveFont(Font.PLAIN, 11f));
        styler.setAnnotationTextFont(BASE.deriveFont(Font.PLAIN, 11f));
        styler.setAnnotationTextPanelFont(BASE.deriveFont(Font.PLAIN, 11f));
        styler.setToolTipFont(BASE.deriveFont(Font.PLAIN, 11f));
        styler.setBaseFont(BASE.deriveFont(Font.PLAIN, 12f));
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(Color.DARK_GRAY);
        styler.setChartFontColor(Color.BLACK);
        styler.setLegendPosition(Styler.LegendPosition.InsideSE);
        styler.setAntiAlias(true);
        styler.setTextAntiAlias(true);
    }

    private static Font loadFont() {
        try (InputStream in = PlotStyle.class.getResourceAsStream("fonts/DejaVuSans.ttf")) {
            if (in == null) {
                throw new IllegalStateException("bundled font fonts/DejaVuSans.ttf is missing from the jar");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font", e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled font is not a TrueType font", e);
        }
    }
}
