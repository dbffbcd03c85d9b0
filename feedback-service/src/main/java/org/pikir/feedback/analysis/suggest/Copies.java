package org.pikir.feedback.analysis.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.pikir.feedback.analysis.campaign.NearDuplicates;
import org.pikir.feedback.analysis.job.TextItem;

/**
 * The corpus's documents that have words, with near-identical texts taken together: the same rule as the CAMPAIGNS
 * job ({@link NearDuplicates#groups}: MinHash over character shingles, verified at an estimated Jaccard similarity of
 * 0.75), so the copies of one letter are one point for k-means that weighs as many items as it has copies. Each group
 * is represented by its first document with words (items are in id order).
 */
final class Copies {

    /** One document per distinct text, ascending. */
    final int[] documents;
    /** How many documents {@code documents[i]} stands for, itself included. */
    final int[] weights;
    /** The documents {@code documents[i]} stands for are {@code members[memberOffsets[i] .. memberOffsets[i + 1])}. */
    final int[] memberOffsets;
    final int[] members;

    private Copies(int[] documents, int[] weights, int[] memberOffsets, int[] members) {
        this.documents = documents;
        this.weights = weights;
        this.memberOffsets = memberOffsets;
        this.members = members;
    }

    /**
     * {@code first[d]}: the first item (by position) of the near-identical texts item {@code d} belongs to, {@code d}
     * itself when it has no copies.
     */
    static int[] firstOfCopies(List<TextItem> items) {
        int[] first = new int[items.size()];
        List<TextItem> positional = new ArrayList<>(items.size());
        for (int d = 0; d < items.size(); d++) {
            first[d] = d;
            TextItem item = items.get(d);
            // the item's position as its id: ids of comments and recommendations may coincide
            positional.add(new TextItem(item.type(), d, item.language(), item.text() == null ? "" : item.text()));
        }
        for (List<Long> group : new NearDuplicates().groups(positional, 2)) {
            int head = group.get(0).intValue();
            for (long member : group) {
                first[(int) member] = head;
            }
        }
        return first;
    }

    /**
     * The corpus's documents with words, a group of copies represented by its first document with words (a copy may
     * keep a word of the vocabulary its first text lacks).
     */
    static Copies of(Corpus corpus, int[] first) {
        int size = corpus.size;
        int[] representativeOfGroup = new int[size];
        Arrays.fill(representativeOfGroup, -1);
        int[] index = new int[size];
        int distinct = 0;
        for (int d = 0; d < size; d++) {
            if (!corpus.isEmpty(d) && representativeOfGroup[first[d]] < 0) {
                representativeOfGroup[first[d]] = d;
                index[d] = distinct++;
            }
        }
        int[] documents = new int[distinct];
        int[] weights = new int[distinct];
        for (int d = 0; d < size; d++) {
            if (!corpus.isEmpty(d)) {
                int representative = representativeOfGroup[first[d]];
                if (representative == d) {
                    documents[index[d]] = d;
                }
                weights[index[representative]]++;
            }
        }
        int[] memberOffsets = new int[distinct + 1];
        for (int i = 0; i < distinct; i++) {
            memberOffsets[i + 1] = memberOffsets[i] + weights[i];
        }
        int[] members = new int[memberOffsets[distinct]];
        int[] filled = memberOffsets.clone();
        for (int d = 0; d < size; d++) {
            if (!corpus.isEmpty(d)) {
                members[filled[index[representativeOfGroup[first[d]]]]++] = d;
            }
        }
        return new Copies(documents, weights, memberOffsets, members);
    }
}
