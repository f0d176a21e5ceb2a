package io.modellab.evalharness.metrics;

import java.util.SplittableRandom;

/**
 * Exact binomial sampling in constant expected time: inversion when n·p is small, otherwise the BTPE algorithm of
 * Kachitvichyanukul and Schmeiser (1988), as numpy implements it. Used to draw multinomial bootstrap counts over
 * confusion cells without touching rows.
 */
final class Binomial {

    private Binomial() {
    }

    /** A draw from Binomial(n, p). */
    static long sample(SplittableRandom random, long n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (p <= 0.5) {
            return p * n <= 30 ? inversion(random, n, p) : btpe(random, n, p);
        }
        double q = 1 - p;
        return n - (q * n <= 30 ? inversion(random, n, q) : btpe(random, n, q));
    }

    /** Multinomial counts of {@code n} draws over cells with the given probabilities (summing to 1). */
    static long[] multinomial(SplittableRandom random, long n, double[] probabilities) {
        long[] counts = new long[probabilities.length];
        long remaining = n;
        double mass = 1.0;
        for (int c = 0; c < probabilities.length - 1 && remaining > 0; c++) {
            double p = mass <= 0 ? 0 : Math.min(1.0, probabilities[c] / mass);
            counts[c] = sample(random, remaining, p);
            remaining -= counts[c];
            mass -= probabilities[c];
        }
        counts[probabilities.length - 1] += remaining;
        return counts;
    }

    private static long inversion(SplittableRandom random, long n, double p) {
        double q = 1 - p;
        double qn = Math.exp(n * Math.log(q));
        double np = n * p;
        long bound = (long) Math.min(n, np + 10.0 * Math.sqrt(np * q + 1));
        long x = 0;
        double px = qn;
        double u = random.nextDouble();
        while (u > px) {
            x++;
            if (x > bound) {
                x = 0;
                px = qn;
                u = random.nextDouble();
            } else {
                u -= px;
                px = ((n - x + 1) * p * px) / (x * q);
            }
        }
        return x;
    }

    private static long btpe(SplittableRandom random, long n, double p) {
        double r = Math.min(p, 1 - p);
        double q = 1 - r;
        double fm = n * r + r;
        long m = (long) Math.floor(fm);
        double p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
        double xm = m + 0.5;
        double xl = xm - p1;
        double xr = xm + p1;
        double c = 0.134 + 20.5 / (15.3 + m);
        double a = (fm - xl) / (fm - xl * r);
        double laml = a * (1 + a / 2);
        a = (xr - fm) / (xr * q);
        double lamr = a * (1 + a / 2);
        double p2 = p1 * (1 + 2 * c);
        double p3 = p2 + c / laml;
        double p4 = p3 + c / lamr;
        double nrq = n * r * q;
        while (true) {
            double u = random.nextDouble() * p4;
            double v = random.nextDouble();
            long y;
            if (u <= p1) {
                y = (long) Math.floor(xm - p1 * v + u);
                return p > 0.5 ? n - y : y;
            }
            if (u <= p2) {
                double x = xl + (u - p1) / c;
                v = v * c + 1 - Math.abs(m - x + 0.5) / p1;
                if (v > 1) {
                    continue;
                }
                y = (long) Math.floor(x);
            } else if (u <= p3) {
                y = (long) Math.floor(xl + Math.log(v) / laml);
                if (y < 0 || v == 0) {
                    continue;
                }
                v = v * (u - p2) * laml;
            } else {
                y = (long) Math.floor(xr - Math.log(v) / lamr);
                if (y > n || v == 0) {
                    continue;
                }
                v = v * (u - p3) * lamr;
            }
            long k = Math.abs(y - m);
            if (k <= 20 || k >= nrq / 2 - 1) {
                // Explicit evaluation of f(y) / f(m) by recursion.
                double s = r / q;
                double aa = s * (n + 1);
                double f = 1;
                if (m < y) {
                    for (long i = m + 1; i <= y; i++) {
                        f *= aa / i - s;
                    }
                } else if (m > y) {
                    for (long i = y + 1; i <= m; i++) {
                        f /= aa / i - s;
                    }
                }
                if (v > f) {
                    continue;
                }
                return p > 0.5 ? n - y : y;
            }
            // Squeezing with Stirling's formula.
            double rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
            double t = -k * (double) k / (2 * nrq);
            double logV = Math.log(v);
            if (logV < t - rho) {
                return p > 0.5 ? n - y : y;
            }
            if (logV > t + rho) {
                continue;
            }
            double x1 = y + 1;
            double f1 = m + 1;
            double z = n + 1 - m;
            double w = n - y + 1;
            double x2 = x1 * x1;
            double f2 = f1 * f1;
            double z2 = z * z;
            double w2 = w * w;
            double bound = xm * Math.log(f1 / x1) + (n - m + 0.5) * Math.log(z / w) + (y - m) * Math.log(w * r / (x1 * q))
                    + stirling(f1, f2) + stirling(z, z2) + stirling(x1, x2) + stirling(w, w2);
            if (logV > bound) {
                continue;
            }
            return p > 0.5 ? n - y : y;
        }
    }

    private static double stirling(double x, double x2) {
        return (13680. - (462. - (132. - (99. - 140. / x2) / x2) / x2) / x2) / x / 166320.;
    }
}
