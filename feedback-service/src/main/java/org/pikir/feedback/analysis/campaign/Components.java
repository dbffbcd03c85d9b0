package org.pikir.feedback.analysis.campaign;

import java.util.Arrays;
import java.util.stream.LongStream;

/**
 * Campaign candidates joined into connected components by the band keys they share, with ids only: a sorted id
 * array and a union-find parent array, ~12 bytes per candidate, so a forum of millions of candidates fits.
 */
final class Components {

    private final long[] ids;
    private final int[] parent;

    /** The numbers 0 to {@code size} - 1, each its own id. */
    Components(int size) {
        this(LongStream.range(0, size).toArray());
    }

    /** {@code ids} ascending, no repeats. */
    Components(long[] ids) {
        this.ids = ids;
        this.parent = new int[ids.length];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
    }

    int size() {
        return ids.length;
    }

    long id(int index) {
        return ids[index];
    }

    int indexOf(long id) {
        int index = Arrays.binarySearch(ids, id);
        if (index < 0) {
            throw new IllegalArgumentException("not a candidate: " + id);
        }
        return index;
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** The size of each component, indexed by its root. */
    int[] sizes() {
        int[] sizes = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            sizes[find(i)]++;
        }
        return sizes;
    }
}
