package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.schema.SliceDefinition;
import io.modellab.evalharness.core.schema.StressCorruption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Distribution shift (spec 4.4.2): the model is trained again without a share of the training rows of one segment
 * (a slice, such as {@code checking_status = no checking}) and tested on that segment's test rows, which it now sees
 * less of, or at severity 1 never saw. The clean side is the model trained the same way on every training row, on
 * the same segment rows, so the difference is the shift's alone. Severity is the share of the segment's training
 * rows withheld, picked at random (a higher severity withholds a superset); its table rows count the segment's test
 * rows, and {@code touched} the training rows withheld.
 *
 * <p>Unlike the other corruptions this changes the model, not its input, so it needs a {@link Trainer}: one
 * training per severity above 0, run on the caller's thread.
 *
 * @param segment the held-out segment: a category ({@value SliceDefinition#COLUMN_IN}) or a numeric range
 *     ({@value SliceDefinition#NUMERIC_RANGE}, lower end included)
 * @param retraining the training rows and how to train
 * @param <M> how the trained model is called
 */
public record DistributionShift<M>(SliceDefinition segment, Retraining<M> retraining) {

    /** The kind in stress.json. */
    public static final String KIND = "distribution_shift";

    /** Checks that both are given. */
    public DistributionShift {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(retraining, "retraining");
    }

    /** What it does, as stress.json records it. */
    public StressCorruption describe() {
        return new StressCorruption(KIND + "[" + Segments.name(segment) + "]", KIND, List.of(segment.column()),
                "severity is the share of the training rows where " + Segments.name(segment)
                        + " withheld when the model is trained again; tested on the test rows of that segment only");
    }

    /** The table's rows before their intervals, one per severity. */
    List<Cell> cells(LabelledRows test, StressTask<M> task, StressOptions options) {
        String name = describe().name();
        LabelledRows testSegment = test.rows(Segments.rows(segment, test.features()));
        if (testSegment.size() == 0) {
            throw new IllegalArgumentException("no test row is in the shift's segment " + Segments.name(segment));
        }
        LabelledRows train = retraining.train();
        int[] trainSegment = Segments.rows(segment, train.features());
        int[] order = StressRandom.order(trainSegment.length, new SplittableRandom(StressRandom.seed(options.seed(), name)));
        ScoredRows clean = task.score(retraining.trainer().train(train), testSegment);
        List<Cell> cells = new ArrayList<>();
        for (double severity : options.severities()) {
            int withheld = Severity.count(severity, trainSegment.length);
            ScoredRows shifted = clean;
            if (withheld > 0) {
                int[] withheldRows = new int[withheld];
                for (int i = 0; i < withheld; i++) {
                    withheldRows[i] = trainSegment[order[i]];
                }
                int[] kept = Segments.without(train.size(), withheldRows);
                if (kept.length == 0) {
                    throw new IllegalArgumentException("withholding " + Segments.name(segment) + " leaves no training row");
                }
                shifted = task.score(retraining.trainer().train(train.rows(kept)), testSegment);
            }
            cells.add(new Cell(name, severity, withheld, clean, shifted));
        }
        return cells;
    }
}
