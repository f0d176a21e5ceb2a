package io.modellab.evalharness.core.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;

/**
 * Validates artifact records with Hibernate Validator and reports each violation at its JSON path, using the
 * records' {@code @JsonProperty} names ({@code $.slices[2].sample_size}, not {@code slices[2].sampleSize}).
 */
public final class ArtifactValidator {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .propertyNodeNameProvider(new JsonNameProvider())
            .buildValidatorFactory()
            .getValidator();

    private ArtifactValidator() {
    }

    /** Every constraint {@code record} breaks in the default group, sorted by JSON path; empty when it is valid. */
    public static List<Violation> violations(Object record) {
        return violations(record, new Class<?>[0]);
    }

    /** Returns {@code record} when it is valid in the default group; see {@link #requireValid(String, Object, Class[])}. */
    public static <T> T requireValid(String what, T record) {
        return requireValid(what, record, new Class<?>[0]);
    }

    /**
     * Every constraint {@code record} breaks, sorted by JSON path; empty when it is valid.
     *
     * @param groups the validation groups to check, the default group when none is given (a model card checks
     *     its stricter {@code Written} group too when it is ours)
     */
    public static List<Violation> violations(Object record, Class<?>... groups) {
        if (record == null) {
            return List.of(new Violation("$", "must not be null"));
        }
        List<Violation> out = new ArrayList<>();
        for (ConstraintViolation<Object> v : VALIDATOR.validate(record, groups)) {
            out.add(new Violation(jsonPath(v.getPropertyPath()), v.getMessage()));
        }
        out.sort(null);
        return out;
    }

    /**
     * Returns {@code record} when it is valid.
     *
     * @param what how to name the artifact in the error, e.g. {@code metrics.json}
     * @param groups the validation groups to check, the default group when none is given
     * @throws InvalidArtifactException naming every bad field
     */
    public static <T> T requireValid(String what, T record, Class<?>... groups) {
        List<Violation> violations = violations(record, groups);
        if (!violations.isEmpty()) {
            throw new InvalidArtifactException(what, violations, null);
        }
        return record;
    }

    static String jsonPath(Path path) {
        StringBuilder b = new StringBuilder("$");
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    b.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    b.append("[\"").append(node.getKey()).append("\"]");
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                b.append('.').append(node.getName());
            }
        }
        return b.toString();
    }

    /** Names a record component by its {@code @JsonProperty} name, as it appears in the file. */
    private static final class JsonNameProvider implements PropertyNodeNameProvider {
        @Override
        public String getName(Property property) {
            if (property instanceof JavaBeanProperty bean) {
                try {
                    JsonProperty json = bean.getDeclaringClass().getDeclaredField(property.getName())
                            .getAnnotation(JsonProperty.class);
                    if (json != null && !json.value().isEmpty()) {
                        return json.value();
                    }
                } catch (NoSuchFieldException e) {
                    return property.getName();
                }
            }
            return property.getName();
        }
    }
}
