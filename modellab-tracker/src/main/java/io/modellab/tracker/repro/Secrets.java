package io.modellab.tracker.repro;

import io.modellab.evalharness.core.schema.ReproPackManifest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds values that look like credentials so that they never travel in a repro pack: values of keys named like a
 * password, secret, token, API or access key, private key or credential, and, in any value or text, private key
 * blocks, URLs with user info, AWS access key ids and {@code password=...}-style assignments. A redacted value becomes
 * {@value #MARK}; each redaction is listed with where it was and why.
 */
public final class Secrets {

    /** What a redacted value is replaced with. */
    public static final String MARK = "[REDACTED]";

    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i).*(pass(word|wd)?|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential|auth).*");

    private static final Map<String, Pattern> SECRET_TEXT = secretText();

    private Secrets() {
    }

    private static Map<String, Pattern> secretText() {
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        patterns.put("a private key block", Pattern.compile(
                "-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----.*?(-----END [A-Z0-9 ]*PRIVATE KEY-----|\\z)", Pattern.DOTALL));
        patterns.put("a URL with user info", Pattern.compile("(?<=[a-zA-Z][a-zA-Z0-9+.-]{0,20}://)[^/\\s@]+@"));
        patterns.put("an AWS access key id", Pattern.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b"));
        patterns.put("a credential assignment", Pattern.compile(
                "(?i)(?<=\\b(password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key)\\s{0,3}[=:]\\s{0,3})[^\\s&;,'\"]+"));
        return patterns;
    }

    /** A redacted config and what was redacted. */
    public record Redacted<T>(T value, List<ReproPackManifest.Redaction> redactions) {
    }

    /**
     * The config with credential-like values replaced; nested maps are walked, their keys joined with dots in
     * {@code where}.
     *
     * @param where the file the config is in, e.g. {@code run.json config}
     */
    public static Redacted<Map<String, Object>> redactConfig(String where, Map<String, ?> config) {
        List<ReproPackManifest.Redaction> redactions = new ArrayList<>();
        return new Redacted<>(redact(where, "", config, redactions), redactions);
    }

    private static Map<String, Object> redact(String where, String prefix, Map<String, ?> config,
                                              List<ReproPackManifest.Redaction> out) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : config.entrySet()) {
            String key = prefix + e.getKey();
            Object value = e.getValue();
            if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, ?> inner = (Map<String, ?>) nested;
                result.put(e.getKey(), redact(where, key + ".", inner, out));
            } else if (value != null && SECRET_KEY.matcher(e.getKey()).matches()) {
                result.put(e.getKey(), MARK);
                out.add(new ReproPackManifest.Redaction(where + " " + key, "the key names a credential"));
            } else if (value instanceof String text) {
                Redacted<String> r = redactText(where + " " + key, text);
                out.addAll(r.redactions());
                result.put(e.getKey(), r.value());
            } else {
                result.put(e.getKey(), value);
            }
        }
        return result;
    }

    /** The text with every credential-like part replaced. */
    public static Redacted<String> redactText(String where, String text) {
        List<ReproPackManifest.Redaction> redactions = new ArrayList<>();
        String result = text;
        for (Map.Entry<String, Pattern> p : SECRET_TEXT.entrySet()) {
            Matcher m = p.getValue().matcher(result);
            if (m.find()) {
                result = m.replaceAll(Matcher.quoteReplacement(MARK));
                redactions.add(new ReproPackManifest.Redaction(where, "it holds " + p.getKey()));
            }
        }
        return new Redacted<>(result, redactions);
    }
}
