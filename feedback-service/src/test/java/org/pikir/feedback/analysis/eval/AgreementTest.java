package org.pikir.feedback.analysis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Hand-computed examples (the first two are also in scikit-learn's documentation of the same measures). */
class AgreementTest {

    private static final double EPS = 1e-9;

    @Test
    void adjustedRandIndexOfASplitClusterIsFourSevenths() {
        // pairs together in both: 1; labels: 2; clusters: 1; of 6 pairs → (1 − 2/6) / (1.5 − 2/6) = 4/7
        assertEquals(4.0 / 7, Agreement.adjustedRandIndex(List.of(0, 0, 1, 1), List.of(0, 0, 1, 2)), EPS);
    }

    @Test
    void adjustedRandIndexIsNegativeForACrossedClusteringAndOneForARenamedOne() {
        assertEquals(-0.5, Agreement.adjustedRandIndex(List.of(0, 0, 1, 1), List.of(0, 1, 0, 1)), EPS);
        assertEquals(1.0, Agreement.adjustedRandIndex(List.of("a", "a", "b", "b"), List.of(7, 7, 3, 3)), EPS);
    }

    @Test
    void adjustedRandIndexOfTwoTrivialPartitionsIsOne() {
        assertEquals(1.0, Agreement.adjustedRandIndex(List.of("a", "a", "a"), List.of(1, 1, 1)), EPS);
    }

    @Test
    void normalisedMutualInformationOfASplitClusterIsFourFifths() {
        // MI = ln 2, H(labels) = ln 2, H(clusters) = 1.5 ln 2 → ln 2 / 1.25 ln 2 = 0.8
        assertEquals(0.8, Agreement.normalisedMutualInformation(List.of(0, 0, 1, 1), List.of(0, 0, 1, 2)), EPS);
    }

    @Test
    void normalisedMutualInformationIsZeroForIndependentAndOneForRenamedClusterings() {
        assertEquals(0.0, Agreement.normalisedMutualInformation(List.of(0, 0, 1, 1), List.of(0, 1, 0, 1)), EPS);
        assertEquals(1.0, Agreement.normalisedMutualInformation(List.of("a", "b", "c"), List.of(3, 1, 2)), EPS);
    }

    @Test
    void majorityMappingNamesEachClusterByItsMostFrequentLabelAndLetsClustersShareALabel() {
        List<String> labels = List.of("a", "a", "a", "b", "b", "c", "c");
        List<Integer> clusters = List.of(1, 1, 2, 2, 2, 3, 4);

        assertEquals(Map.of(1, "a", 2, "b", 3, "c", 4, "c"), Agreement.majorityMapping(labels, clusters));
    }

    @Test
    void majorityMappingBreaksATieByTheLabelThatSortsFirst() {
        assertEquals(Map.of(9, "x"), Agreement.majorityMapping(List.of("y", "x"), List.of(9, 9)));
    }

    @Test
    void perLabelScoresAfterMappingAreHandComputed() {
        List<String> labels = List.of("a", "a", "a", "b", "b", "c");
        List<Integer> clusters = List.of(1, 1, 2, 2, 2, 3);
        // cluster 1 → a, cluster 2 (a, b, b) → b, cluster 3 → c
        List<String> predicted = Agreement.mappedLabels(labels, clusters);
        assertEquals(List.of("a", "a", "b", "b", "b", "c"), predicted);

        Map<String, Agreement.Score> scores = Agreement.perLabel(labels, predicted);

        assertEquals(List.of("a", "b", "c"), List.copyOf(scores.keySet()));
        assertEquals(new Agreement.Score(2, 2, 3), scores.get("a"));
        assertEquals(1.0, scores.get("a").precision(), EPS);
        assertEquals(2.0 / 3, scores.get("a").recall(), EPS);
        assertEquals(0.8, scores.get("a").f1(), EPS);
        assertEquals(2.0 / 3, scores.get("b").precision(), EPS);
        assertEquals(1.0, scores.get("b").recall(), EPS);
        assertEquals(1.0, scores.get("c").f1(), EPS);
    }

    @Test
    void itemsInNoClusterLoseRecallButNotPrecision() {
        List<String> labels = List.of("a", "a", "b");
        List<Integer> clusters = Arrays.asList(1, null, 2);

        List<String> predicted = Agreement.mappedLabels(labels, clusters);
        Map<String, Agreement.Score> scores = Agreement.perLabel(labels, predicted);

        assertEquals(Arrays.asList("a", null, "b"), predicted);
        assertEquals(new Agreement.Score(1, 1, 2), scores.get("a"));
    }

    @Test
    void pairwiseScoresOfGroupsAgainstPlantedCampaigns() {
        // groups: g1 = {0, 1, 3} (3 pairs), g2 = {4, 5} (1 pair); campaigns: c1 = {0, 1, 2} (3), c2 = {4, 5} (1);
        // together in both: (0, 1) and (4, 5)
        List<String> truth = Arrays.asList("c1", "c1", "c1", null, "c2", "c2", null);
        List<String> groups = Arrays.asList("g1", "g1", null, "g1", "g2", "g2", null);

        Agreement.Score score = Agreement.pairs(truth, groups);

        assertEquals(new Agreement.Score(2, 4, 4), score);
        assertEquals(0.5, score.precision(), EPS);
        assertEquals(0.5, score.recall(), EPS);
    }

    @Test
    void noGroupsAtAllScoresZeroNotNaN() {
        Agreement.Score score = Agreement.pairs(List.of("c1", "c1"), Arrays.asList(null, null));

        assertEquals(0.0, score.precision(), EPS);
        assertEquals(0.0, score.recall(), EPS);
        assertEquals(0.0, score.f1(), EPS);
    }

    @Test
    void listsOfDifferentLengthsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Agreement.adjustedRandIndex(List.of(1, 2), List.of(1)));
    }
}
