package org.pikir.feedback.analysis.campaign;

/**
 * Distinct texts, numbered 0 to n - 1, joined into connected components by the band keys they share: a union-find
 * parent array, 4 bytes a text.
 */
final class Components {

    private final int[] parent;

    Components(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    int size() {
        return parent.length;
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
}
