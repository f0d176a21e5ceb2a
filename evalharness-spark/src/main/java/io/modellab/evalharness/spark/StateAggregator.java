package io.modellab.evalharness.spark;

import java.io.Serializable;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * An aggregator whose result is its merged state, carried between executors and to the driver by Java serialization
 * (the states are our own mergeable count objects, not Spark SQL types).
 *
 * @param <S> the state
 */
abstract class StateAggregator<S extends Serializable> extends Aggregator<Row, S, S> {

    private static final long serialVersionUID = 1L;

    private final Class<S> stateClass;

    StateAggregator(Class<S> stateClass) {
        this.stateClass = stateClass;
    }

    @Override
    public final S finish(S state) {
        return state;
    }

    @Override
    public final Encoder<S> bufferEncoder() {
        return Encoders.javaSerialization(stateClass);
    }

    @Override
    public final Encoder<S> outputEncoder() {
        return Encoders.javaSerialization(stateClass);
    }
}
