package org.pikir.feedback.analysis.campaign;

import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.LongLongHashMap;
import com.carrotsearch.hppc.cursors.LongIntCursor;

/**
 * The distinct texts of a forum by the hash of their normalised text ({@link NearDuplicates#textHash}): how many
 * comments carry each exactly, and the first of them. Primitive maps, ~40 bytes a distinct text.
 */
final class DistinctTexts {

    private final LongIntHashMap copies = new LongIntHashMap();
    private final LongLongHashMap firstIds = new LongLongHashMap();

    /** Counts a comment's text; true when the text was not seen before (so it is to be signed). */
    boolean add(long hash, long commentId) {
        int index = copies.indexOf(hash);
        if (copies.indexExists(index)) {
            copies.indexReplace(index, copies.indexGet(index) + 1);
            if (commentId < firstIds.get(hash)) {
                firstIds.put(hash, commentId);
            }
            return false;
        }
        copies.indexInsert(index, hash, 1);
        firstIds.put(hash, commentId);
        return true;
    }

    int size() {
        return copies.size();
    }

    int copies(long hash) {
        return copies.get(hash);
    }

    long firstId(long hash) {
        return firstIds.get(hash);
    }

    /** The texts carried by more than one comment: candidates whatever their neighbours. */
    LongArrayList copied() {
        LongArrayList copied = new LongArrayList();
        for (LongIntCursor text : copies) {
            if (text.value > 1) {
                copied.add(text.key);
            }
        }
        return copied;
    }
}
