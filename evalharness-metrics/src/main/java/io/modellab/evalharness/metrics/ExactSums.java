package io.modellab.evalharness.metrics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * {@code count} exact sums of doubles at once (one per metric, or one per bootstrap replicate): a long accumulator in
 * the manner of Kulisch's, each sum a window of 32-bit digits of one fixed-point number whose lowest bit is 2^-1074
 * (the smallest double), so every finite double is added exactly, whatever its magnitude. Adding a double splits its
 * 53-bit significand over three digits; adding {@code times} copies multiplies those digits once, with no loop per
 * copy. A square is added as the two doubles {@code x * x} and {@code fma(x, x, -x * x)}, whose sum is the exact
 * square for 1e-154 &lt; |x| &lt; 1e154, and a cube as four doubles, exact for 1e-102 &lt; |x| &lt; 1e102 (beyond,
 * a double product under- or overflows, as it does in a double sum; the result still depends on x alone). Digits are
 * longs, so carries wait until about 2^28 copies have gone into a sum; merging adds digit by digit.
 *
 * <p>The sums are therefore exact, whatever the order of the additions and however they were grouped and merged
 * (while fewer than about 2^40 copies have been added in all), so a distributed engine gets the same bits as one
 * machine. {@link #value} is the exact total; {@link #doubleValue} and {@link #mean} round it once to the nearest
 * double (ties to even).
 */
public final class ExactSums implements Serializable {

    private static final long serialVersionUID = 2L;
    private static final long MASK = 0xFFFFFFFFL;
    /** The most copies of a value one call may add: with {@link #MAX_LOAD}, keeps every digit below 2^62. */
    public static final long MAX_TIMES = 1L << 20;
    /** Copies gone into a sum after which the digits are normalized, well before a long can overflow. */
    private static final long MAX_LOAD = 1L << 28;
    /** Enough significant digits to write a quotient of exact sums as a double with room to spare. */
    public static final MathContext PRECISION = new MathContext(60);

    private final int count;
    /** Sum i's digit j (worth 2^(32 (lo + j) - 1074)) at {@code i * width + j}; the top digit carries the sign. */
    private long[] digits = new long[0];
    private int lo;
    private int width;
    /** At least the copies added into any one sum since the digits were last normalized. */
    private long load;

    /** {@code count} sums, each 0. */
    public ExactSums(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count of sums must be at least 0, got " + count);
        }
        this.count = count;
    }

    /** The number of sums. */
    public int count() {
        return count;
    }

    /**
     * Adds {@code times} copies of {@code x} to sum {@code i} ({@code times} negative subtracts).
     *
     * @throws IllegalArgumentException when {@code x} is not finite or |times| exceeds {@link #MAX_TIMES}
     */
    public void add(int i, double x, long times) {
        if (times > MAX_TIMES || times < -MAX_TIMES) {
            throw new IllegalArgumentException("cannot add " + times + " copies to sum " + i + ": at most "
                    + MAX_TIMES + " at once");
        }
        if (x == 0 || times == 0) {
            return;
        }
        long bits = bits(x);
        int position = position(bits);
        int index = position >>> 5;
        long shifted = significand(bits);
        int shift = position & 31;
        long high = shifted >>> (32 - shift); // for shift 0, a shift by 32
        long sign = bits < 0 ? -times : times;
        ensure(index, index + 2);
        int at = i * width + index - lo;
        digits[at] += sign * ((shifted << shift) & MASK);
        digits[at + 1] += sign * (high & MASK);
        digits[at + 2] += sign * (high >>> 32);
        loaded(Math.abs(times));
    }

    /** Adds {@code times} copies of the exact square of {@code x} to sum {@code i} (see the class comment). */
    public void addSquare(int i, double x, long times) {
        double square = x * x;
        add(i, square, times);
        add(i, Math.fma(x, x, -square), times);
    }

    /** Adds {@code times} copies of the exact cube of {@code x} to sum {@code i} (see the class comment). */
    public void addCube(int i, double x, long times) {
        double square = x * x;
        double squareError = Math.fma(x, x, -square);
        // x^3 = (square + squareError) x, and each of the two products is two doubles exactly.
        double cube = square * x;
        double error = squareError * x;
        add(i, cube, times);
        add(i, Math.fma(square, x, -cube), times);
        add(i, error, times);
        add(i, Math.fma(squareError, x, -error), times);
    }

    /**
     * Adds {@code weights[i]} copies of {@code x} to every sum {@code i}: a bootstrap replicate's weights, applied
     * with one decomposition of {@code x} for all sums.
     *
     * @throws IllegalArgumentException when {@code x} is not finite, there are fewer weights than sums, or a weight's
     *     magnitude exceeds {@link #MAX_TIMES}
     */
    public void addWeighted(double x, int[] weights) {
        if (weights.length < count) {
            throw new IllegalArgumentException(weights.length + " weights for " + count + " sums");
        }
        if (x == 0) {
            return;
        }
        long bits = bits(x);
        int position = position(bits);
        int index = position >>> 5;
        long shifted = significand(bits);
        int shift = position & 31;
        long high = shifted >>> (32 - shift);
        long d0 = (shifted << shift) & MASK;
        long d1 = high & MASK;
        long d2 = high >>> 32;
        ensure(index, index + 2);
        int at = index - lo;
        long most = 0;
        for (int i = 0; i < count; i++, at += width) {
            long w = weights[i];
            if (w == 0) {
                continue;
            }
            if (w > MAX_TIMES || w < -MAX_TIMES) {
                throw new IllegalArgumentException("weight " + w + " of sum " + i + " exceeds " + MAX_TIMES);
            }
            long sign = bits < 0 ? -w : w;
            digits[at] += sign * d0;
            digits[at + 1] += sign * d1;
            digits[at + 2] += sign * d2;
            most = Math.max(most, Math.abs(w));
        }
        loaded(most);
    }

    /** Adds {@code weights[i]} copies of the exact square of {@code x} to every sum {@code i}. */
    public void addSquareWeighted(double x, int[] weights) {
        double square = x * x;
        addWeighted(square, weights);
        addWeighted(Math.fma(x, x, -square), weights);
    }

    /**
     * Adds every sum of {@code other} to the same sum here.
     *
     * @throws IllegalArgumentException when the two hold different numbers of sums
     */
    public void merge(ExactSums other) {
        if (other.count != count) {
            throw new IllegalArgumentException("cannot merge " + other.count + " sums into " + count);
        }
        if (other.width == 0) {
            return;
        }
        ensure(other.lo, other.lo + other.width - 1);
        for (int i = 0; i < count; i++) {
            int to = i * width + other.lo - lo;
            int from = i * other.width;
            for (int j = 0; j < other.width; j++) {
                digits[to + j] += other.digits[from + j];
            }
        }
        loaded(other.load);
    }

    /** Sum {@code i}, exactly: {@link #unscaled} times 2^{@link #exponent}. */
    public BigDecimal value(int i) {
        BigInteger total = unscaled(i);
        if (total.signum() == 0) {
            return BigDecimal.ZERO;
        }
        int exponent = exponent();
        return exponent >= 0 ? new BigDecimal(total.shiftLeft(exponent))
                : new BigDecimal(total.multiply(BigInteger.valueOf(5).pow(-exponent)), -exponent);
    }

    /** Sum {@code i} as an integer count of 2^{@link #exponent}, exactly. */
    public BigInteger unscaled(int i) {
        BigInteger total = BigInteger.ZERO;
        for (int j = width - 1; j >= 0; j--) {
            total = total.shiftLeft(32).add(BigInteger.valueOf(digits[i * width + j]));
        }
        return total;
    }

    /** The power of two that {@link #unscaled} counts, the same for every sum of this object at a time. */
    public int exponent() {
        return 32 * lo - 1074;
    }

    /** Sum {@code i}, rounded once to the nearest double. */
    public double doubleValue(int i) {
        return quotient(unscaled(i), exponent(), BigInteger.ONE);
    }

    /** Sum {@code i} divided by {@code n}, rounded once to the nearest double; NaN when {@code n} is not positive. */
    public double mean(int i, long n) {
        if (n <= 0) {
            return Double.NaN;
        }
        return quotient(unscaled(i), exponent(), BigInteger.valueOf(n));
    }

    /**
     * The double nearest {@code num} × 2^{@code exponent} / {@code den} ({@code den} positive), ties to even: the
     * exact quotient rounded once.
     */
    public static double quotient(BigInteger num, int exponent, BigInteger den) {
        if (num.signum() == 0) {
            return 0.0;
        }
        BigInteger a = num.abs();
        // At least 55 bits of quotient, its last one set when a remainder is left (sticky): rounding that to 53 bits
        // rounds the exact quotient.
        int shift = 55 + den.bitLength() - a.bitLength();
        BigInteger q = stickyQuotient(a, shift, den);
        int unit = exponent - shift;
        double result;
        if (q.bitLength() - 1 + unit >= -1022) {
            // A normal double (or an overflow to infinity): scalb is exact here.
            result = Math.scalb(q.doubleValue(), unit);
        } else {
            // Subnormal: count quarters of 2^-1074 and round them to whole units, half to even.
            BigInteger quarters = stickyQuotient(a, exponent + 1076, den);
            long m = quarters.shiftRight(2).longValueExact();
            int rest = quarters.intValue() & 3;
            if (rest > 2 || (rest == 2 && (m & 1) == 1)) {
                m++;
            }
            result = Math.scalb((double) m, -1074);
        }
        return num.signum() < 0 ? -result : result;
    }

    /** floor(a × 2^shift / den), its lowest bit set when that is not exact. */
    private static BigInteger stickyQuotient(BigInteger a, int shift, BigInteger den) {
        BigInteger[] qr = shift >= 0 ? a.shiftLeft(shift).divideAndRemainder(den)
                : a.divideAndRemainder(den.shiftLeft(-shift));
        return qr[1].signum() == 0 ? qr[0] : qr[0].setBit(0);
    }

    private static long bits(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if (((bits >>> 52) & 0x7FF) == 0x7FF) {
            throw new IllegalArgumentException("cannot sum " + x + ": expected a finite number");
        }
        return bits;
    }

    /** The significand with its hidden bit, in units of 2^(position - 1074). */
    private static long significand(long bits) {
        long fraction = bits & ((1L << 52) - 1);
        return ((bits >>> 52) & 0x7FF) == 0 ? fraction : fraction | 1L << 52;
    }

    private static int position(long bits) {
        int exponent = (int) ((bits >>> 52) & 0x7FF);
        return exponent == 0 ? 0 : exponent - 1;
    }

    private void loaded(long copies) {
        load += copies;
        if (load > MAX_LOAD) {
            normalize();
        }
    }

    /** Makes the window cover digits {@code from} to {@code to}, with one digit above for carries. */
    private void ensure(int from, int to) {
        int top = to + 1;
        if (width > 0 && from >= lo && top < lo + width) {
            return;
        }
        int newLo = width == 0 ? from : Math.min(lo, from);
        int newTop = width == 0 ? top : Math.max(lo + width - 1, top);
        int newWidth = newTop - newLo + 1;
        long[] grown = new long[count * newWidth];
        for (int i = 0; i < count && width > 0; i++) {
            System.arraycopy(digits, i * width, grown, i * newWidth + lo - newLo, width);
        }
        digits = grown;
        lo = newLo;
        width = newWidth;
    }

    /** Carries every digit but the top one into 32 bits; the top digit keeps the sign. */
    private void normalize() {
        for (int i = 0; i < count; i++) {
            long carry = 0;
            int base = i * width;
            for (int j = 0; j < width - 1; j++) {
                long v = digits[base + j] + carry;
                digits[base + j] = v & MASK;
                carry = v >> 32;
            }
            digits[base + width - 1] += carry;
        }
        load = 0;
    }
}
