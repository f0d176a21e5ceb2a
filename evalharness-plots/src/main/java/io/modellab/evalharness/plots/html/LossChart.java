package io.modellab.evalharness.plots.html;

import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.core.schema.modelcard.EpochMetrics;
import io.modellab.evalharness.core.schema.modelcard.LossProgression;
import io.modellab.evalharness.core.schema.modelcard.TrainingMetrics;
import io.modellab.evalharness.plots.CurvePlots;
import io.modellab.evalharness.plots.ImageFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The loss progression chart of a card: training and validation loss at the epochs the card gives (the initial
 * losses at epoch 0, the best epoch, the final epoch). Drawn only when one of the two losses has at least two
 * epochs; a card that gives one point per loss has no progression to show.
 */
final class LossChart {

    private LossChart() {
    }

    /** The chart as a PNG data URI, or {@code null} when there is nothing to draw. */
    static String dataUri(TrainingMetrics m) {
        if (m == null) {
            return null;
        }
        LossProgression p = m.lossProgression();
        List<CurvePlots.Curve> curves = new ArrayList<>();
        curve("training loss", p == null ? null : p.initialTrain(), m, EpochMetrics::trainLoss, curves);
        curve("validation loss", p == null ? null : p.initialVal(), m, EpochMetrics::validation, curves);
        if (curves.stream().noneMatch(c -> c.x().length >= 2)) {
            return null;
        }
        Plot plot = CurvePlots.lossProgression("Loss progression", curves, ImageFormat.PNG);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            plot.content().writeTo(png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the loss chart", e);
        }
        return "data:" + ImageFormat.PNG.mediaType() + ";base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    private static void curve(String name, Double initial, TrainingMetrics m, Function<EpochMetrics, Double> loss,
                              List<CurvePlots.Curve> out) {
        Map<Integer, Double> points = new TreeMap<>();
        if (initial != null) {
            points.put(0, initial);
        }
        for (EpochMetrics e : new EpochMetrics[] {m.bestEpoch(), m.finalEpoch()}) {
            if (e != null && e.epoch() != null && loss.apply(e) != null) {
                points.put(e.epoch(), loss.apply(e));
            }
        }
        if (!points.isEmpty()) {
            out.add(CurvePlots.Curve.of(name, points.keySet().stream().mapToDouble(Integer::doubleValue).toArray(),
                    points.values().stream().mapToDouble(Double::doubleValue).toArray()));
        }
    }
}
