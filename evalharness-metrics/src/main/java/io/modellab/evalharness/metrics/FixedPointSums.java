package io.modellab.evalharness.metrics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Sums of doubles whose result does not depend on the order of the additions: each value is turned into a signed
 * 128-bit integer count of 2^-{@value #FRACTION_BITS} (exactly, for every value whose lowest set bit is at least
 * 2^-90, which holds for every double of magnitude 2^-37 or more; smaller ones are first rounded to the nearest
 * multiple, half to even, at most 4e-28 off) and the integers are added exactly. A distributed engine can therefore
 * add partial sums in any grouping and get the same bits, and a mean read off with {@link #mean} is rounded once.
 *
 * <p>Magnitudes up to 2^37 (about 1.4e11) in total: ranking metrics (values in [0, 1]) over up to 10^11 queries, or
 * fewer with bootstrap weights. An addition that would leave that range throws instead of wrapping.
 */
public final class FixedPointSums implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Bits after the binary point. */
    public static final int FRACTION_BITS = 90;

    private static final MathContext DIGITS = new MathContext(40, RoundingMode.HALF_EVEN);
    private static final BigDecimal ONE_UNIT = new BigDecimal(BigInteger.ONE.shiftLeft(FRACTION_BITS));

    /** Accumulator i's high word at 2 i, its low (unsigned) word at 2 i + 1. */
    private final long[] words;

    /** {@code count} sums, each 0. */
    public FixedPointSums(int count) {
        this.words = new long[2 * count];
    }

    /** The number of sums. */
    public int size() {
        return words.length / 2;
    }

    /** Adds {@code value} to sum {@code i}. */
    public void add(int i, double value) {
        long[] f = fixed(value);
        addFixed(i, f[0], f[1], 1);
    }

    /**
     * Adds {@code times} copies of a value already in fixed point ({@link #fixed}) to sum {@code i}.
     *
     * @throws ArithmeticException when the sum leaves the 128-bit range
     */
    public void addFixed(int i, long high, long low, int times) {
        for (int t = 0; t < times; t++) {
            long h = words[2 * i];
            long l = words[2 * i + 1];
            long sumLow = l + low;
            long sumHigh = h + high + (Long.compareUnsigned(sumLow, l) < 0 ? 1 : 0);
            // Signed overflow: both operands of one sign, the result of the other.
            if ((h >= 0) == (high >= 0) && (sumHigh >= 0) != (h >= 0)) {
                throw new ArithmeticException("fixed-point sum " + i + " overflows 128 bits");
            }
            words[2 * i] = sumHigh;
            words[2 * i + 1] = sumLow;
        }
    }

    /** Adds every sum of {@code other} to the same sum here. */
    public void merge(FixedPointSums other) {
        if (other.words.length != words.length) {
            throw new IllegalArgumentException("cannot merge " + other.size() + " sums into " + size());
        }
        for (int i = 0; i < size(); i++) {
            addFixed(i, other.words[2 * i], other.words[2 * i + 1], 1);
        }
    }

    /** Sum {@code i} in units of 2^-{@value #FRACTION_BITS}, exactly. */
    public BigInteger scaled(int i) {
        return toBigInteger(words[2 * i], words[2 * i + 1]);
    }

    /** Sum {@code i} divided by {@code count}, rounded once to the nearest double (via 40 significant digits). */
    public double mean(int i, long count) {
        if (count <= 0) {
            return Double.NaN;
        }
        return new BigDecimal(scaled(i)).divide(ONE_UNIT.multiply(BigDecimal.valueOf(count)), DIGITS).doubleValue();
    }

    /**
     * {@code value} times 2^{@value #FRACTION_BITS}, rounded half to even, as {high, low} words of a signed 128-bit
     * integer.
     *
     * @throws IllegalArgumentException for a value that is not finite or of magnitude 2^37 or more
     */
    public static long[] fixed(double value) {
        if (!Double.isFinite(value) || Math.abs(value) >= 0x1p37) {
            throw new IllegalArgumentException("value " + value + " is outside the fixed-point range (|v| < 2^37)");
        }
        if (value == 0) {
            return new long[] {0, 0};
        }
        long bits = Double.doubleToRawLongBits(value);
        int biased = (int) ((bits >>> 52) & 0x7FF);
        long mantissa = (bits & ((1L << 52) - 1)) | (biased == 0 ? 0 : 1L << 52);
        int shift = (biased == 0 ? 1 : biased) - 1075 + FRACTION_BITS;
        long high;
        long low;
        if (shift >= 64) {
            high = mantissa << (shift - 64);
            low = 0;
        } else if (shift > 0) {
            high = mantissa >>> (64 - shift);
            low = mantissa << shift;
        } else if (shift == 0) {
            high = 0;
            low = mantissa;
        } else if (-shift >= 54) {
            // Below half a unit (mantissa < 2^53): rounds to 0.
            high = 0;
            low = 0;
        } else {
            int r = -shift;
            long q = mantissa >>> r;
            long rest = mantissa & ((1L << r) - 1);
            long half = 1L << (r - 1);
            if (rest > half || (rest == half && (q & 1) == 1)) {
                q++;
            }
            high = 0;
            low = q;
        }
        if (value < 0) {
            low = -low;
            high = ~high + (low == 0 ? 1 : 0);
        }
        return new long[] {high, low};
    }

    /** The signed 128-bit integer {@code high, low}. */
    public static BigInteger toBigInteger(long high, long low) {
        BigInteger unsignedLow = BigInteger.valueOf(low >>> 1).shiftLeft(1).add(BigInteger.valueOf(low & 1));
        return BigInteger.valueOf(high).shiftLeft(64).add(unsignedLow);
    }
}
