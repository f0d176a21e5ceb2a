package io.modellab.evalharness.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * {@code count} exact sums of doubles at once (one per bootstrap replicate, or one alone): a long accumulator in
 * the manner of Kulisch's, each sum a window of 32-bit digits of one fixed-point number whose lowest bit is 2^-1074
 * (the smallest double). Adding a double splits its 53-bit significand over three digits, and a square is added as
 * the two doubles {@code x * x} and {@code fma(x, x, -x * x)}, whose sum is the exact square. Digits are longs, so
 * carries wait until about 2^28 additions have gone in; merging adds digit by digit. The sums are therefore exact,
 * whatever the order of the rows and however they were partitioned, and {@link #value} is the exact total, rounded
 * once where a double is needed. Values must be finite; a square is exact for 1e-154 < |x| < 1e154 (beyond, the double square under- or
 * overflows, as it does in a double sum).
 */
final class ExactSums implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MASK = 0xFFFFFFFFL;
    /** Pending additions (weighted) after which the digits are normalized, well before a long can overflow. */
    private static final long MAX_LOAD = 1L << 28;
    /** Enough digits to write a quotient of exact sums as a double with room to spare. */
    static final MathContext PRECISION = new MathContext(60);

    private final int count;
    /** Sum i's digit j (worth 2^(32 (lo + j) - 1074)) at {@code i * width + j}; the top digit carries the sign. */
    private long[] digits = new long[0];
    private int lo;
    private int width;
    private long load;

    ExactSums(int count) {
        this.count = count;
    }

    int count() {
        return count;
    }

    /** Adds {@code times} (at most 2^20) copies of {@code x} to sum {@code i}. */
    void add(int i, double x, long times) {
        if (x == 0 || times == 0) {
            return;
        }
        long bits = Double.doubleToRawLongBits(x);
        int exponent = (int) ((bits >>> 52) & 0x7FF);
        if (exponent == 0x7FF) {
            throw new IllegalArgumentException("cannot sum " + x + ": expected a finite number");
        }
        long significand = bits & ((1L << 52) - 1);
        int position = 0;
        if (exponent != 0) {
            significand |= 1L << 52;
            position = exponent - 1;
        }
        int index = position >>> 5;
        int shift = position & 31;
        long high = shift == 0 ? significand >>> 32 : significand >>> (32 - shift);
        long sign = bits < 0 ? -times : times;
        ensure(index, index + 3);
        int at = i * width + index - lo;
        digits[at] += sign * ((significand << shift) & MASK);
        digits[at + 1] += sign * (high & MASK);
        digits[at + 2] += sign * (high >>> 32);
        load += times;
        if (load > MAX_LOAD) {
            normalize();
        }
    }

    /** Adds {@code times} copies of the exact square of {@code x} to sum {@code i}. */
    void addSquare(int i, double x, long times) {
        double square = x * x;
        add(i, square, times);
        add(i, Math.fma(x, x, -square), times);
    }

    /** Adds {@code weights[i]} copies of {@code x} to every sum {@code i}. */
    void addWeighted(double x, int[] weights) {
        for (int i = 0; i < count; i++) {
            add(i, x, weights[i]);
        }
    }

    /** Adds {@code weights[i]} copies of the exact square of {@code x} to every sum {@code i}. */
    void addSquareWeighted(double x, int[] weights) {
        double square = x * x;
        double error = Math.fma(x, x, -square);
        for (int i = 0; i < count; i++) {
            add(i, square, weights[i]);
            add(i, error, weights[i]);
        }
    }

    void merge(ExactSums other) {
        if (other.count != count) {
            throw new IllegalArgumentException("cannot merge " + other.count + " sums into " + count);
        }
        if (other.width == 0) {
            return;
        }
        ensure(other.lo, other.lo + other.width - 1);
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < other.width; j++) {
                digits[i * width + other.lo + j - lo] += other.digits[i * other.width + j];
            }
        }
        load += other.load;
        if (load > MAX_LOAD) {
            normalize();
        }
    }

    /** Sum {@code i}, exactly. */
    BigDecimal value(int i) {
        BigInteger total = BigInteger.ZERO;
        for (int j = width - 1; j >= 0; j--) {
            total = total.shiftLeft(32).add(BigInteger.valueOf(digits[i * width + j]));
        }
        int exponent = 32 * lo - 1074;
        if (total.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return exponent >= 0 ? new BigDecimal(total.shiftLeft(exponent))
                : new BigDecimal(total.multiply(BigInteger.valueOf(5).pow(-exponent)), -exponent);
    }

    /** Sum {@code i}, rounded once to the nearest double. */
    double doubleValue(int i) {
        return value(i).doubleValue();
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
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < width; j++) {
                grown[i * newWidth + lo - newLo + j] = digits[i * width + j];
            }
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
