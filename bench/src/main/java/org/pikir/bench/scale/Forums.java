package org.pikir.bench.scale;

import java.util.SplittableRandom;

/**
 * The forums the scale data is spread over: scale-forum-0001 ... with Zipf-skewed popularity, so
 * forum 1 holds the most feedback (about 17 % of it with 200 forums), and most forums little.
 */
final class Forums {

    private final int count;
    private final Zipf popularity;

    Forums(int count) {
        this.count = count;
        this.popularity = new Zipf(count, 1.0);
    }

    int count() {
        return count;
    }

    /** A forum index (0-based), popular ones more often. */
    int pick(SplittableRandom random) {
        return popularity.pick(random) - 1;
    }

    String slug(int index) {
        return String.format("scale-forum-%04d", index + 1);
    }

    /** The share of the feedback that goes to forum {@code index}. */
    double share(int index) {
        return popularity.share(index + 1);
    }
}
