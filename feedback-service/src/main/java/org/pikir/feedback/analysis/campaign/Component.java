package org.pikir.feedback.analysis.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Verifies one component of candidates, read in id order, with bounded memory: only "leaders" keep their signature.
 * A candidate is a distinct text, added once with the number of comments that carry it exactly (after
 * normalising), so a million copies of one text cost one signature and one comparison.
 * A text nearly identical to a leader (estimated Jaccard ≥ {@link #ABSORBED}) simply joins it, as a copy links to
 * what its leader links to; any other text is linked to every leader it matches (≥
 * {@link NearDuplicates#VERIFIED_SIMILARITY}, the rule of {@link NearDuplicates#groups}) and becomes a leader itself
 * while there are fewer than {@link #MAX_LEADERS}. Groups are the leaders' linked sets, as in single linkage, so a
 * component of hundreds of thousands of copies of a few texts holds a few signatures and the members' ids.
 */
final class Component {

    static final int MAX_LEADERS = 256;
    static final double ABSORBED = 0.9;

    private final List<short[]> leaders = new ArrayList<>();
    private final List<long[]> members = new ArrayList<>();
    private int[] sizes = new int[16];
    private long[] weights = new long[16];
    private int[] parent = new int[16];

    /**
     * Adds a text carried by {@code copies} items, by its {@link NearDuplicates#compact compact} signature; texts are
     * added in the order of their first id.
     */
    void add(long id, short[] signature, int copies) {
        int joined = -1;
        for (int leader = 0; leader < leaders.size(); leader++) {
            double similarity = NearDuplicates.similarity(signature, leaders.get(leader));
            if (similarity >= ABSORBED) {
                if (joined >= 0) {
                    union(joined, leader);
                }
                append(leader, id, copies);
                return;
            }
            if (similarity >= NearDuplicates.VERIFIED_SIMILARITY) {
                if (joined < 0) {
                    joined = leader;
                } else {
                    union(joined, leader);
                }
            }
        }
        if (leaders.size() < MAX_LEADERS) {
            int leader = leaders.size();
            leaders.add(signature);
            members.add(new long[4]);
            if (leader == parent.length) {
                parent = Arrays.copyOf(parent, leader * 2);
                sizes = Arrays.copyOf(sizes, leader * 2);
                weights = Arrays.copyOf(weights, leader * 2);
            }
            parent[leader] = leader;
            append(leader, id, copies);
            if (joined >= 0) {
                union(joined, leader);
            }
        } else if (joined >= 0) {
            append(joined, id, copies);
        }
    }

    private void append(int leader, long id, int copies) {
        long[] ids = members.get(leader);
        int size = sizes[leader];
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            members.set(leader, ids);
        }
        ids[size] = id;
        sizes[leader] = size + 1;
        weights[leader] += copies;
    }

    private int find(int leader) {
        while (parent[leader] != leader) {
            parent[leader] = parent[parent[leader]];
            leader = parent[leader];
        }
        return leader;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** The groups of at least {@code minSize} items (the copies of their texts counted), each's ids ascending. */
    List<long[]> groups(int minSize) {
        Map<Integer, List<Integer>> byRoot = new TreeMap<>();
        for (int leader = 0; leader < leaders.size(); leader++) {
            byRoot.computeIfAbsent(find(leader), root -> new ArrayList<>()).add(leader);
        }
        List<long[]> groups = new ArrayList<>();
        for (List<Integer> linked : byRoot.values()) {
            int size = linked.stream().mapToInt(leader -> sizes[leader]).sum();
            if (linked.stream().mapToLong(leader -> weights[leader]).sum() >= minSize) {
                long[] group = new long[size];
                int at = 0;
                for (int leader : linked) {
                    System.arraycopy(members.get(leader), 0, group, at, sizes[leader]);
                    at += sizes[leader];
                }
                Arrays.sort(group);
                groups.add(group);
            }
        }
        return groups;
    }
}
