package org.pikir.feedback.analysis.campaign;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.ShortArrayList;

import java.util.Arrays;

/**
 * The distinct texts of a forum, numbered 0, 1, 2… as first met: the hash of each's normalised text
 * ({@link NearDuplicates#textHash}), how many comments carry it exactly, the first of them, its 16 LSH band keys
 * and its {@link NearDuplicates#compact compact} signature, so every text is signed once. Primitive arrays, ~460
 * bytes a distinct text (a forum of 843,877 comments with 586,485 distinct texts holds ~270 MB; the band keys are let
 * go once the components are found). Keys stay 64-bit: folded to 32 bits, chance collisions (~n²/2³³ a band) join
 * unrelated components, and a component too big for verification's bounded leaders loses groups.
 */
final class DistinctTexts {

    private final LongIntHashMap numbers = new LongIntHashMap();
    private final LongArrayList hashes = new LongArrayList();
    private final IntArrayList copies = new IntArrayList();
    private final LongArrayList firstIds = new LongArrayList();
    /** When the first and the last copy came, in microseconds since the epoch. */
    private final LongArrayList firstAt = new LongArrayList();
    private final LongArrayList lastAt = new LongArrayList();
    private final LongArrayList bandKeys = new LongArrayList();
    private final ShortArrayList signatures = new ShortArrayList();
    private final int bands;
    private final int signatureLength;

    DistinctTexts(int bands, int hashes) {
        this.bands = bands;
        this.signatureLength = hashes;
    }

    /**
     * Counts a comment's text, written at {@code at} (microseconds since the epoch); its number when the text was not
     * seen before (so it is to be signed), else -1.
     */
    int add(long hash, long commentId, long at) {
        int slot = numbers.indexOf(hash);
        if (numbers.indexExists(slot)) {
            int text = numbers.indexGet(slot);
            copies.buffer[text]++;
            if (commentId < firstIds.get(text)) {
                firstIds.set(text, commentId);
            }
            firstAt.buffer[text] = Math.min(firstAt.buffer[text], at);
            lastAt.buffer[text] = Math.max(lastAt.buffer[text], at);
            return -1;
        }
        int text = hashes.size();
        numbers.indexInsert(slot, hash, text);
        hashes.add(hash);
        copies.add(1);
        firstIds.add(commentId);
        firstAt.add(at);
        lastAt.add(at);
        bandKeys.resize(bandKeys.size() + bands);
        signatures.resize(signatures.size() + signatureLength);
        return text;
    }

    /** Records a new text's signature and band keys (may be called from several threads for different texts). */
    void signed(int text, long[] signature, long[] keys) {
        System.arraycopy(keys, 0, bandKeys.buffer, text * bands, bands);
        short[] compact = NearDuplicates.compact(signature);
        System.arraycopy(compact, 0, signatures.buffer, text * signatureLength, signatureLength);
    }

    /** A text's compact signature. */
    short[] signature(int text) {
        return Arrays.copyOfRange(signatures.buffer, text * signatureLength, (text + 1) * signatureLength);
    }

    int size() {
        return hashes.size();
    }

    long hash(int text) {
        return hashes.get(text);
    }

    int copies(int text) {
        return copies.get(text);
    }

    long firstId(int text) {
        return firstIds.get(text);
    }

    long firstAt(int text) {
        return firstAt.get(text);
    }

    long lastAt(int text) {
        return lastAt.get(text);
    }

    /** The texts joined into components through the band keys they share, one band at a time; the keys are let go. */
    Components components() {
        int size = size();
        Components components = new Components(size);
        LongIntHashMap firstWithKey = new LongIntHashMap(size);
        for (int band = 0; band < bands; band++) {
            firstWithKey.clear();
            for (int text = 0; text < size; text++) {
                long key = bandKeys.buffer[text * bands + band];
                int slot = firstWithKey.indexOf(key);
                if (firstWithKey.indexExists(slot)) {
                    components.union(firstWithKey.indexGet(slot), text);
                } else {
                    firstWithKey.indexInsert(slot, key, text);
                }
            }
        }
        bandKeys.release();
        return components;
    }
}
