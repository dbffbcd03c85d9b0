package org.pikir.feedback.analysis.campaign;

import org.pikir.feedback.analysis.job.TextItem;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.SplittableRandom;

/**
 * Finds near-identical texts (mass campaigns): MinHash signatures over character 5-shingles of the normalised text,
 * LSH banding to find candidates, joined into components by shared band keys and verified component by component on
 * their signatures (estimated Jaccard ≥ 0.75, by {@link Component}'s bounded rule, the same the campaign task uses).
 * <p>
 * Own code rather than a library: the Maven Central candidates are unmaintained ({@code info.debatty:java-lsh}, last
 * release 2017) or tied to an old Lucene analyzer chain ({@code org.codelibs:minhash}, b-bit hashes of Lucene 7
 * tokens), and neither helps with the part that matters at scale, grouping band keys of millions of comments in
 * PostgreSQL (see {@link CampaignTask}); MinHash itself is a few lines.
 * <p>
 * Character shingles rather than word shingles: a campaign copy with a changed greeting or name keeps ~90 % of its
 * character 5-shingles but only ~70 % of its word shingles. 16 bands of 8 rows: a pair at Jaccard 0.8 shares a band
 * with probability 0.95 (and a member of a group of many copies is found through any of them), while texts that only
 * share common words (Jaccard ≤ 0.3) almost never do, so candidate sets stay small.
 */
public final class NearDuplicates {

    static final int SHINGLE = 5;
    static final double VERIFIED_SIMILARITY = 0.75;

    private final int hashes;
    private final int bands;
    private final int rows;
    private final long[] multipliers;
    private final long[] offsets;

    public NearDuplicates() {
        this(16, 8, 0x5eed_c0ffeeL);
    }

    public NearDuplicates(int bands, int rows, long seed) {
        this.bands = bands;
        this.rows = rows;
        this.hashes = bands * rows;
        SplittableRandom random = new SplittableRandom(seed);
        multipliers = new long[hashes];
        offsets = new long[hashes];
        for (int i = 0; i < hashes; i++) {
            multipliers[i] = random.nextLong() | 1L;
            offsets[i] = random.nextLong();
        }
    }

    /** How many LSH band keys a text has. */
    int bands() {
        return bands;
    }

    /** How many hash functions a signature has. */
    int hashes() {
        return hashes;
    }

    /**
     * Lower case (letter by letter, {@link Character#toLowerCase(int)}), Unicode NFKC; every run of punctuation,
     * digits, symbols and space becomes one space.
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(composed.length());
        boolean space = true;
        for (int i = 0; i < composed.length(); ) {
            int c = composed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                int lower = Character.toLowerCase(c);
                out.appendCodePoint(lower == 'ё' ? 'е' : lower);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
    }

    /** MinHash signature (one minimum per hash function) of the text's character 5-shingles after normalising. */
    public long[] signature(String text) {
        return signatureOfNormalised(normalise(text));
    }

    /** MinHash signature of a text already {@link #normalise normalised}. */
    long[] signatureOfNormalised(String normal) {
        long[] minimum = new long[hashes];
        Arrays.fill(minimum, Long.MAX_VALUE);
        int last = Math.max(1, normal.length() - SHINGLE + 1);
        for (int start = 0; start < last; start++) {
            long shingle = shingleHash(normal, start, Math.min(normal.length(), start + SHINGLE));
            for (int i = 0; i < hashes; i++) {
                // the shingle hash is already mixed, so an odd multiplier and an offset make an independent permutation
                long value = shingle * multipliers[i] + offsets[i];
                if (value < minimum[i]) {
                    minimum[i] = value;
                }
            }
        }
        return minimum;
    }

    /**
     * A 64-bit hash of a whole normalised text: texts equal after normalising are exact copies, signed and compared
     * once (two different texts of a forum share a hash with odds of about n² / 2⁶⁵).
     */
    static long textHash(String normal) {
        return shingleHash(normal, 0, normal.length());
    }

    /** The LSH band keys of a signature, one per band; two texts sharing any key are candidates. */
    public long[] bandKeys(long[] signature) {
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            long key = band * 0x9e37_79b9_7f4a_7c15L;
            for (int row = 0; row < rows; row++) {
                key = mix(key ^ signature[band * rows + row]);
            }
            keys[band] = key;
        }
        return keys;
    }

    /**
     * A signature kept in 16 bits a hash function (b-bit minwise hashing): two such values agree when the full minima
     * do, and by chance otherwise with odds 2⁻¹⁶ (about one of 128 hash functions in 500 pairs, too rare to correct
     * for: correcting would move pairs that sit exactly on a threshold). A quarter of the memory, so a forum's distinct
     * texts can be verified without signing them twice.
     */
    static short[] compact(long[] signature) {
        short[] compact = new short[signature.length];
        for (int i = 0; i < signature.length; i++) {
            compact[i] = (short) (signature[i] >>> 48);
        }
        return compact;
    }

    /** The estimated Jaccard similarity of two {@link #compact compact} signatures. */
    static double similarity(short[] a, short[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    /** The share of hash functions on which two signatures agree: an estimate of the texts' Jaccard similarity. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    /**
     * Groups of item ids whose texts are near-identical, each of at least {@code minSize} members, largest first; ids
     * within a group ascending. Holds one signature per distinct text (for the evaluation and tests; the campaign task
     * streams its candidates component by component instead, by the same rule: exact copies after normalising are one
     * text counted as many, distinct texts are verified in the order of their first id).
     */
    public List<List<Long>> groups(Iterable<TextItem> items, int minSize) {
        Map<Long, List<Long>> idsByText = new HashMap<>();
        Map<Long, String> normalByText = new HashMap<>();
        for (TextItem item : items) {
            String normal = normalise(item.text());
            long hash = textHash(normal);
            idsByText.computeIfAbsent(hash, h -> new ArrayList<>()).add(item.id());
            normalByText.putIfAbsent(hash, normal);
        }
        // the distinct texts in the order of their first item
        List<List<Long>> copies = new ArrayList<>();
        List<String> normals = new ArrayList<>();
        idsByText.forEach((hash, ids) -> ids.sort(null));
        idsByText.entrySet().stream()
                .sorted(Comparator.comparing(entry -> entry.getValue().get(0)))
                .forEach(entry -> {
                    copies.add(entry.getValue());
                    normals.add(normalByText.get(entry.getKey()));
                });
        // signed on every core; the buckets are then filled in the order of the texts, so the groups do not depend on
        // the number of cores
        short[][] signatures = new short[copies.size()][];
        long[][] bandKeys = new long[copies.size()][];
        IntStream.range(0, copies.size()).parallel().forEach(text -> {
            long[] signature = signatureOfNormalised(normals.get(text));
            signatures[text] = compact(signature);
            bandKeys[text] = bandKeys(signature);
        });
        Map<Long, Integer> firstInBucket = new HashMap<>();
        Components sets = new Components(copies.size());
        for (int text = 0; text < copies.size(); text++) {
            for (long key : bandKeys[text]) {
                Integer first = firstInBucket.putIfAbsent(key, text);
                if (first != null) {
                    sets.union(first, text);
                }
            }
        }
        Map<Integer, List<Integer>> byRoot = new HashMap<>();
        for (int text = 0; text < copies.size(); text++) {
            byRoot.computeIfAbsent(sets.find(text), root -> new ArrayList<>()).add(text);
        }
        // components are independent: verified on every core, as the campaign task verifies a component (texts in
        // the order of their first id, by Component's rule); the result is sorted below, whatever finished first
        List<List<Long>> groups = byRoot.values().parallelStream().flatMap(texts -> {
            texts.sort(null);
            Component component = new Component();
            for (int text : texts) {
                component.add(text, signatures[text], copies.get(text).size());
            }
            return component.groups(Math.max(2, minSize)).stream().map(group -> Arrays.stream(group).boxed()
                    .flatMap(text -> copies.get(text.intValue()).stream()).sorted().toList());
        }).toList();
        return groups.stream()
                .sorted(Comparator.<List<Long>>comparingInt(List::size).reversed().thenComparing(group -> group.get(0)))
                .toList();
    }

    private static long shingleHash(String text, int from, int to) {
        long hash = 0xcbf2_9ce4_8422_2325L;
        for (int i = from; i < to; i++) {
            hash = (hash ^ text.charAt(i)) * 0x1000_0000_01b3L;
        }
        return mix(hash);
    }

    /** The finaliser of SplitMix64: spreads every input bit over the whole word. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58_476d_1ce4_e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d0_49bb_1331_11ebL;
        return z ^ (z >>> 31);
    }
}
