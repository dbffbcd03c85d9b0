package org.pikir.feedback.analysis.suggest;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * Spherical k-means (cosine similarity, unit-length centroids) with k-means++ seeding over the sparse rows of a
 * {@link Corpus}. Written here rather than taken from commons-math3: its {@code KMeansPlusPlusClusterer} needs every
 * point as a dense {@code double[]} of the vocabulary's size (100,000 comments × 4,000 terms = 3.2 GB) and measures
 * Euclidean distance over all of it, while a short comment has ~10 non-zero terms; here a point costs its non-zero
 * terms and an assignment step costs (non-zeros × k). commons-math3 still provides the seeded random generator.
 */
final class SphericalKMeans {

    private static final int MAX_ITERATIONS = 40;

    private final Corpus corpus;
    private final int[] documents;
    /** How many items each document stands for (near-identical copies are one document). */
    private final int[] weights;
    private final int k;
    /** Centroids stored term-major ({@code [term * k + cluster]}) so that one item's terms read adjacent memory. */
    private final float[] centroids;
    final int[] assignment;
    final double[] similarity;
    double objective;

    /** {@code weights[i]}: how many items {@code documents[i]} stands for; they pull centroids and seeds that much. */
    SphericalKMeans(Corpus corpus, int[] documents, int[] weights, int k) {
        this.corpus = corpus;
        this.documents = documents;
        this.weights = weights;
        this.k = k;
        this.centroids = new float[corpus.vocabularySize() * k];
        this.assignment = new int[documents.length];
        this.similarity = new double[documents.length];
    }

    /** Clusters {@code documents} (non-empty rows of the corpus); false if cancelled. */
    boolean run(RandomGenerator random, BooleanSupplier cancelled) {
        seed(random);
        Arrays.fill(assignment, -1);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            if (cancelled.getAsBoolean()) {
                return false;
            }
            int changed = assign();
            update();
            if (changed <= documents.length / 1000) {
                break;
            }
        }
        assign();
        return true;
    }

    private void seed(RandomGenerator random) {
        double[] nearest = new double[documents.length];
        Arrays.fill(nearest, -1);
        setCentroid(0, documents[random.nextInt(documents.length)]);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < documents.length; i++) {
                nearest[i] = Math.max(nearest[i], dot(documents[i], c - 1));
                double distance = 1 - nearest[i];
                total += weights[i] * distance * distance;
            }
            int chosen = documents[random.nextInt(documents.length)];
            if (total > 0) {
                double target = random.nextDouble() * total;
                for (int i = 0; i < documents.length; i++) {
                    double distance = 1 - nearest[i];
                    target -= weights[i] * distance * distance;
                    if (target <= 0) {
                        chosen = documents[i];
                        break;
                    }
                }
            }
            setCentroid(c, chosen);
        }
    }

    private void setCentroid(int cluster, int document) {
        for (int t = 0; t < corpus.vocabularySize(); t++) {
            centroids[t * k + cluster] = 0;
        }
        for (int i = corpus.offsets[document]; i < corpus.offsets[document + 1]; i++) {
            centroids[corpus.terms[i] * k + cluster] = corpus.weights[i];
        }
    }

    private double dot(int document, int cluster) {
        double sum = 0;
        for (int i = corpus.offsets[document]; i < corpus.offsets[document + 1]; i++) {
            sum += corpus.weights[i] * centroids[corpus.terms[i] * k + cluster];
        }
        return sum;
    }

    private int assign() {
        double[] scores = new double[k];
        int changed = 0;
        objective = 0;
        for (int i = 0; i < documents.length; i++) {
            Arrays.fill(scores, 0);
            int document = documents[i];
            for (int p = corpus.offsets[document]; p < corpus.offsets[document + 1]; p++) {
                float weight = corpus.weights[p];
                int base = corpus.terms[p] * k;
                for (int c = 0; c < k; c++) {
                    scores[c] += weight * centroids[base + c];
                }
            }
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (scores[c] > scores[best]) {
                    best = c;
                }
            }
            if (assignment[i] != best) {
                changed++;
                assignment[i] = best;
            }
            similarity[i] = scores[best];
            objective += weights[i] * scores[best];
        }
        return changed;
    }

    private void update() {
        Arrays.fill(centroids, 0);
        int[] sizes = new int[k];
        for (int i = 0; i < documents.length; i++) {
            int cluster = assignment[i];
            sizes[cluster]++;
            int document = documents[i];
            int weight = weights[i];
            for (int p = corpus.offsets[document]; p < corpus.offsets[document + 1]; p++) {
                centroids[corpus.terms[p] * k + cluster] += weight * corpus.weights[p];
            }
        }
        double[] norms = new double[k];
        for (int t = 0; t < corpus.vocabularySize(); t++) {
            for (int c = 0; c < k; c++) {
                float value = centroids[t * k + c];
                norms[c] += value * value;
            }
        }
        for (int c = 0; c < k; c++) {
            if (sizes[c] == 0) {
                // an emptied cluster restarts from the item that fits its own cluster worst
                int worst = 0;
                for (int i = 1; i < documents.length; i++) {
                    if (similarity[i] < similarity[worst]) {
                        worst = i;
                    }
                }
                similarity[worst] = 1;
                setCentroid(c, documents[worst]);
                continue;
            }
            double norm = Math.sqrt(norms[c]);
            for (int t = 0; t < corpus.vocabularySize(); t++) {
                centroids[t * k + c] /= (float) norm;
            }
        }
    }
}
