package io.modellab.evalharness.core;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The run id format: {@code run-YYYYMMDD-HHMMSS-xxxxxxxx}, the UTC start time and 8 random hex digits.
 *
 * <p>Ids sort by start time, are safe path segments, and can never equal {@code datasets} or any other
 * folder name the artifact layout reserves, since they always start with {@code run-}.
 */
public final class RunIds {

    /** Every run id matches this pattern. */
    public static final Pattern FORMAT = Pattern.compile("run-\\d{8}-\\d{6}-[0-9a-f]{8}");

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private RunIds() {
    }

    /** A new run id for a run that starts at {@code start}. */
    public static String newRunId(Instant start) {
        byte[] suffix = new byte[4];
        RANDOM.nextBytes(suffix);
        return "run-" + STAMP.format(start) + "-" + HexFormat.of().formatHex(suffix);
    }

    /**
     * Returns {@code runId} when it has the run id format.
     *
     * @throws IllegalArgumentException naming the value and the expected format
     */
    public static String requireValid(String runId) {
        if (runId == null || !FORMAT.matcher(runId).matches()) {
            Names.requireSafe("run id", runId);
            throw new IllegalArgumentException("run id \"" + runId
                    + "\" does not have the run id format run-YYYYMMDD-HHMMSS-xxxxxxxx");
        }
        return runId;
    }
}
