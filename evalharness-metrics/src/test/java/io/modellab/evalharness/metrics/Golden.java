package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the golden files that src/test/python wrote, and compares values the way every golden test does. */
final class Golden {

    /** Values must agree with scikit-learn's to this relative tolerance. */
    static final double RELATIVE = 1e-9;

    /** One named case of a golden file. */
    record Case(String name, JsonNode json) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Golden() {
    }

    /** The cases of {@code /golden/<file>}, at least {@code atLeast} of them, written by scikit-learn. */
    static List<Case> cases(String file, int atLeast) {
        return cases(file, atLeast, "scikit-learn ");
    }

    /** The cases of {@code /golden/<file>}, at least {@code atLeast} of them, written by {@code generator}. */
    static List<Case> cases(String file, int atLeast, String generator) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + file)) {
            JsonNode root = new ObjectMapper().readTree(in);
            assertThat(root.get("generator").asText()).startsWith(generator);
            List<Case> out = new ArrayList<>();
            root.get("cases").forEach(c -> out.add(new Case(c.get("name").asText(), c)));
            assertThat(out).hasSizeGreaterThanOrEqualTo(atLeast);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    static void close(String what, Double actual, double expected) {
        assertThat(actual).as(what).isNotNull();
        assertThat(Math.abs(actual - expected)).as("%s: %s vs scikit-learn %s", what, actual, expected)
                .isLessThanOrEqualTo(RELATIVE * Math.abs(expected) + 1e-15);
    }
}
