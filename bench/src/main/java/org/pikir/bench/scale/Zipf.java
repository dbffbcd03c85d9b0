package org.pikir.bench.scale;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Picks 1..n with probability proportional to 1/k^s: a few very popular values, a long tail. */
final class Zipf {

    private final double[] cumulative;

    Zipf(int n, double s) {
        cumulative = new double[n];
        double sum = 0;
        for (int k = 1; k <= n; k++) {
            sum += 1.0 / Math.pow(k, s);
            cumulative[k - 1] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
    }

    /** A value from 1 to n. */
    int pick(SplittableRandom random) {
        int index = Arrays.binarySearch(cumulative, random.nextDouble());
        return (index >= 0 ? index : -index - 1) + 1;
    }

    /** The share of all picks that value k gets. */
    double share(int k) {
        return cumulative[k - 1] - (k > 1 ? cumulative[k - 2] : 0);
    }
}
