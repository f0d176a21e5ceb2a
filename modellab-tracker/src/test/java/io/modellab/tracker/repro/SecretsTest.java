package io.modellab.tracker.repro;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.schema.ReproPackManifest.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void credentialKeysAndCredentialLookingValuesAreRedactedAndListed() {
        Map<String, Object> db = new LinkedHashMap<>();
        db.put("url", "jdbc:postgresql://db/app?user=me&password=hunter2");
        db.put("pool", 4);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        config.put("mirror", "https://bob:s3cr3t@repo.example.com/maven");
        config.put("key_pem", "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----");
        config.put("aws_id", "AKIAIOSFODNN7EXAMPLE");
        config.put("db", db);
        config.put("learning_rate", 0.1);
        config.put("template", "logistic_regression");

        Secrets.Redacted<Map<String, Object>> r = Secrets.redactConfig("run.json config", config);

        assertThat(r.value().toString()).doesNotContain("hunter2", "wJalrXUtnFEMI", "s3cr3t", "MIIEow", "AKIAIOSFODNN7");
        assertThat(r.value()).containsEntry("learning_rate", 0.1).containsEntry("template", "logistic_regression")
                .containsEntry("AWS_SECRET_ACCESS_KEY", "[REDACTED]")
                .containsEntry("mirror", "https://[REDACTED]repo.example.com/maven");
        assertThat(((Map<?, ?>) r.value().get("db")).get("url")).isEqualTo("jdbc:postgresql://db/app?user=me&password=[REDACTED]");
        assertThat(r.redactions()).containsExactly(
                new Redaction("run.json config AWS_SECRET_ACCESS_KEY", "the key names a credential"),
                new Redaction("run.json config mirror", "it holds a URL with user info"),
                new Redaction("run.json config key_pem", "it holds a private key block"),
                new Redaction("run.json config aws_id", "it holds an AWS access key id"),
                new Redaction("run.json config db.url", "it holds a credential assignment"));
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        Secrets.Redacted<String> r = Secrets.redactText("repro.md",
                "./mvnw -B -Pdemo verify -Ddemo.seed=42 and see https://example.com/docs#token-usage");

        assertThat(r.redactions()).isEmpty();
        assertThat(r.value()).isEqualTo("./mvnw -B -Pdemo verify -Ddemo.seed=42 and see https://example.com/docs#token-usage");
    }
}
