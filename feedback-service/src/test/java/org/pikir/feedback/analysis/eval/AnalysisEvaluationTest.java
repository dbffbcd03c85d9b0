package org.pikir.feedback.analysis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.analysis.campaign.NearDuplicates;
import org.pikir.feedback.analysis.job.TextItem;
import org.pikir.feedback.analysis.suggest.DraftTheme;
import org.pikir.feedback.analysis.suggest.ThemeSuggester;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs the theme suggester and the campaign detector on the labelled evaluation set
 * ({@code analysis/eval/texts.jsonl}, see its README) and writes the figures to {@code target/analysis-evaluation.md}
 * (and each text's outcome to {@code target/analysis-evaluation-assignments.tsv}).
 * It measures; it asserts only that the outputs are well formed, never a quality threshold.
 */
class AnalysisEvaluationTest {

    private static final Logger LOG = Logger.getLogger(AnalysisEvaluationTest.class);
    private static final String SET = "/analysis/eval/texts.jsonl";
    private static final Path REPORT = Path.of("target", "analysis-evaluation.md");
    private static final Path ASSIGNMENTS = Path.of("target", "analysis-evaluation-assignments.tsv");
    private static final long SEED = 14;
    private static final int CAMPAIGN_MIN_SIZE = 10;
    private static final List<String> LANGUAGES = List.of("ru", "kk", "en");

    /** One line of the set. */
    record Labelled(long id, String language, String theme, String campaign, String text) {
        TextItem item() {
            return new TextItem("COMMENT", id, language, text);
        }
    }

    /** The suggester's themes over the set: each item's theme index, or null when it belongs to no theme. */
    record ThemeRun(String name, List<DraftTheme> themes, List<Integer> clusters, long millis) {
    }

    @Test
    void measuresSuggestedThemesAndCampaignsAgainstTheLabels() throws IOException {
        List<Labelled> set = load();
        List<TextItem> items = set.stream().map(Labelled::item).toList();
        int labelled = (int) set.stream().map(Labelled::theme).distinct().count();

        ThemeRun fixed = suggest("k = " + labelled + " (the number of labels)",
                new ThemeSuggester(labelled, labelled, SEED), set, items);
        ThemeRun automatic = suggest("automatic k", new ThemeSuggester(), set, items);

        long start = System.nanoTime();
        List<List<Long>> groups = new NearDuplicates().groups(items, CAMPAIGN_MIN_SIZE);
        long campaignMillis = (System.nanoTime() - start) / 1_000_000;
        List<Integer> groupOf = groupIndex(set, groups);

        StringBuilder report = new StringBuilder();
        report.append("# Analysis evaluation\n\n")
                .append(describeSet(set)).append('\n')
                .append(themeSection(set, fixed)).append('\n')
                .append(themeSection(set, automatic)).append('\n')
                .append(campaignSection(set, groups, groupOf, campaignMillis));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report, StandardCharsets.UTF_8);
        Files.writeString(ASSIGNMENTS, assignments(set, fixed, automatic, groupOf), StandardCharsets.UTF_8);
        LOG.info("\n" + report);

        for (ThemeRun run : List.of(fixed, automatic)) {
            List<String> labels = set.stream().map(Labelled::theme).toList();
            List<Integer> all = noThemeAsCluster(run.clusters());
            assertInRange(-1, 1, Agreement.adjustedRandIndex(labels, all));
            assertInRange(0, 1, Agreement.normalisedMutualInformation(labels, all));
            Agreement.perLabel(labels, Agreement.mappedLabels(labels, run.clusters())).values().forEach(score -> {
                assertInRange(0, 1, score.precision());
                assertInRange(0, 1, score.recall());
            });
        }
        assertTrue(fixed.themes().size() <= labelled, "at most k themes");
        Agreement.Score pairs = Agreement.pairs(set.stream().map(Labelled::campaign).toList(), groupOf);
        assertInRange(0, 1, pairs.precision());
        assertInRange(0, 1, pairs.recall());
        groups.forEach(group -> assertTrue(group.size() >= CAMPAIGN_MIN_SIZE, "groups have at least minSize members"));
    }

    private static List<Labelled> load() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Labelled> set = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(AnalysisEvaluationTest.class.getResourceAsStream(SET), SET);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    set.add(json.readValue(line, Labelled.class));
                }
            }
        }
        assertTrue(set.size() >= 400, "the set has at least 400 texts");
        return set;
    }

    /** Runs the suggester and checks that every item is in exactly one theme or in none, and nothing else is. */
    private static ThemeRun suggest(String name, ThemeSuggester suggester, List<Labelled> set, List<TextItem> items) {
        long start = System.nanoTime();
        List<DraftTheme> themes = suggester.suggest(items, progress -> assertInRange(0, 100, progress), () -> false);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertNotNull(themes);
        Map<Long, Integer> themeOf = new HashMap<>();
        for (int t = 0; t < themes.size(); t++) {
            for (TextItem member : themes.get(t).members()) {
                Integer previous = themeOf.put(member.id(), t);
                assertEquals(null, previous, "item " + member.id() + " is in one theme only");
            }
        }
        assertTrue(set.stream().map(Labelled::id).collect(Collectors.toSet()).containsAll(themeOf.keySet()),
                "themes hold only items of the set");
        List<Integer> clusters = set.stream().map(row -> themeOf.get(row.id())).toList();
        return new ThemeRun(name, themes, clusters, millis);
    }

    /** For ARI and NMI every item counts: the items in no theme form one more cluster. */
    private static List<Integer> noThemeAsCluster(List<Integer> clusters) {
        return clusters.stream().map(c -> c == null ? -1 : c).toList();
    }

    private static List<Integer> groupIndex(List<Labelled> set, List<List<Long>> groups) {
        Map<Long, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (long id : groups.get(g)) {
                assertEquals(null, groupOf.put(id, g), "item " + id + " is in one group only");
            }
        }
        return set.stream().map(row -> groupOf.get(row.id())).toList();
    }

    private static String describeSet(List<Labelled> set) {
        Map<String, Long> byLanguage = count(set, Labelled::language);
        Map<String, Long> byTheme = count(set, Labelled::theme);
        Map<String, Long> byCampaign = count(set.stream().filter(r -> r.campaign() != null).toList(),
                Labelled::campaign);
        return "## The set\n\n" + set.size() + " texts (`" + SET + "`): "
                + LANGUAGES.stream().map(l -> l + " " + byLanguage.getOrDefault(l, 0L)).collect(Collectors.joining(", "))
                + "; themes: " + byTheme.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", "))
                + "; planted campaigns: " + byCampaign.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", "))
                + ".\n";
    }

    private static String themeSection(List<Labelled> set, ThemeRun run) {
        StringBuilder out = new StringBuilder("## Suggested themes, " + run.name() + "\n\n");
        long noTheme = run.clusters().stream().filter(Objects::isNull).count();
        out.append(run.themes().size()).append(" themes in ").append(run.millis()).append(" ms; ")
                .append(noTheme).append(" texts in no theme (no word of the vocabulary).\n\n");

        out.append("| subset | texts | ARI | NMI | accuracy after mapping | macro F1 |\n|---|---|---|---|---|---|\n");
        out.append(agreementRow("all", set, run, r -> true));
        out.append(agreementRow("hand-written only (no campaigns)", set, run, r -> r.campaign() == null));
        for (String language : LANGUAGES) {
            out.append(agreementRow(language, set, run, r -> r.language().equals(language)));
        }

        List<String> labels = set.stream().map(Labelled::theme).toList();
        List<String> predicted = Agreement.mappedLabels(labels, run.clusters());
        out.append("\nPer theme, each theme mapped to the label most of its texts carry (several may map to one):\n\n")
                .append("| label | texts | precision | recall | F1 |\n|---|---|---|---|---|\n");
        Agreement.perLabel(labels, predicted).forEach((label, s) -> out.append("| ").append(label).append(" | ")
                .append(s.actual()).append(" | ").append(f(s.precision())).append(" | ").append(f(s.recall()))
                .append(" | ").append(f(s.f1())).append(" |\n"));

        out.append("\nThe themes:\n\n| # | texts | terms | mapped to | purity | ru/kk/en |\n|---|---|---|---|---|---|\n");
        Map<Integer, String> mapping = Agreement.majorityMapping(labels, run.clusters());
        for (int t = 0; t < run.themes().size(); t++) {
            int theme = t;
            List<Labelled> members = members(set, run, theme);
            long pure = members.stream().filter(r -> r.theme().equals(mapping.get(theme))).count();
            Map<String, Long> languages = count(members, Labelled::language);
            out.append("| ").append(t + 1).append(" | ").append(members.size()).append(" | ")
                    .append(String.join(", ", run.themes().get(t).terms().stream().limit(6).toList())).append(" | ")
                    .append(mapping.get(theme)).append(" | ").append(f((double) pure / members.size())).append(" | ")
                    .append(LANGUAGES.stream().map(l -> String.valueOf(languages.getOrDefault(l, 0L)))
                            .collect(Collectors.joining("/")))
                    .append(" |\n");
        }

        Map<String, Long> confusions = new TreeMap<>();
        for (int i = 0; i < set.size(); i++) {
            if (predicted.get(i) != null && !predicted.get(i).equals(labels.get(i))) {
                confusions.merge(labels.get(i) + " → " + predicted.get(i), 1L, Long::sum);
            }
        }
        out.append("\nMost frequent confusions (label → the label its theme maps to): ")
                .append(confusions.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .limit(8).map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; ")))
                .append(".\n\nExamples of errors (per label, the first wrongly themed hand-written text, languages in"
                        + " turn):\n\n");
        Map<String, Integer> firstError = new TreeMap<>();
        List<String> labelOrder = labels.stream().distinct().sorted().toList();
        for (int i = 0; i < set.size(); i++) {
            String label = labels.get(i);
            String turn = LANGUAGES.get(labelOrder.indexOf(label) % LANGUAGES.size());
            if (!label.equals(predicted.get(i)) && set.get(i).campaign() == null
                    && set.get(i).language().equals(turn)) {
                firstError.putIfAbsent(label, i);
            }
        }
        firstError.values().forEach(i -> {
            Labelled row = set.get(i);
            Integer theme = run.clusters().get(i);
            out.append("- #").append(row.id()).append(" (").append(row.language()).append(", ").append(row.theme())
                    .append(") → ").append(theme == null ? "no theme" : "theme " + (theme + 1) + " ("
                            + predicted.get(i) + ": " + String.join(", ", run.themes().get(theme).terms().stream()
                            .limit(3).toList()) + ")")
                    .append(": «").append(excerpt(row.text())).append("»\n");
        });
        return out.toString();
    }

    private static String agreementRow(String name, List<Labelled> set, ThemeRun run, Predicate<Labelled> subset) {
        List<String> labels = new ArrayList<>();
        List<Integer> clusters = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            if (subset.test(set.get(i))) {
                labels.add(set.get(i).theme());
                clusters.add(run.clusters().get(i));
            }
        }
        // the mapping is the one of the whole run, as staff see one codebook
        Map<Integer, String> mapping = Agreement.majorityMapping(set.stream().map(Labelled::theme).toList(),
                run.clusters());
        List<String> predicted = clusters.stream().map(c -> c == null ? null : mapping.get(c)).toList();
        long right = 0;
        for (int i = 0; i < labels.size(); i++) {
            right += labels.get(i).equals(predicted.get(i)) ? 1 : 0;
        }
        double macroF1 = Agreement.perLabel(labels, predicted).entrySet().stream()
                .filter(e -> e.getValue().actual() > 0).mapToDouble(e -> e.getValue().f1()).average().orElse(0);
        List<Integer> all = noThemeAsCluster(clusters);
        return "| " + name + " | " + labels.size() + " | " + f(Agreement.adjustedRandIndex(labels, all)) + " | "
                + f(Agreement.normalisedMutualInformation(labels, all)) + " | " + f((double) right / labels.size())
                + " | " + f(macroF1) + " |\n";
    }

    private static String campaignSection(List<Labelled> set, List<List<Long>> groups, List<Integer> groupOf,
                                          long millis) {
        List<String> truth = set.stream().map(Labelled::campaign).toList();
        Agreement.Score pairs = Agreement.pairs(truth, groupOf);
        long inGroups = groupOf.stream().filter(Objects::nonNull).count();
        long planted = truth.stream().filter(Objects::nonNull).count();
        long both = 0;
        for (int i = 0; i < set.size(); i++) {
            both += truth.get(i) != null && groupOf.get(i) != null ? 1 : 0;
        }
        Agreement.Score members = new Agreement.Score(both, inGroups, planted);
        StringBuilder out = new StringBuilder("## Campaigns (`NearDuplicates`, minSize " + CAMPAIGN_MIN_SIZE + ")\n\n");
        out.append(groups.size()).append(" groups in ").append(millis).append(" ms.\n\n")
                .append("| measure | precision | recall | F1 |\n|---|---|---|---|\n")
                .append("| pairs of texts put in one group | ").append(f(pairs.precision())).append(" | ")
                .append(f(pairs.recall())).append(" | ").append(f(pairs.f1())).append(" |\n")
                .append("| texts put in any group | ").append(f(members.precision())).append(" | ")
                .append(f(members.recall())).append(" | ").append(f(members.f1())).append(" |\n\n")
                .append("| planted | size | groups holding it | largest share in one group | missed |\n")
                .append("|---|---|---|---|---|\n");
        Map<String, List<Integer>> byCampaign = new TreeMap<>();
        for (int i = 0; i < set.size(); i++) {
            if (truth.get(i) != null) {
                byCampaign.computeIfAbsent(truth.get(i), c -> new ArrayList<>()).add(i);
            }
        }
        List<String> missed = new ArrayList<>();
        byCampaign.forEach((campaign, rows) -> {
            Map<Integer, Long> inGroup = rows.stream().filter(i -> groupOf.get(i) != null)
                    .collect(Collectors.groupingBy(groupOf::get, Collectors.counting()));
            long largest = inGroup.values().stream().mapToLong(Long::longValue).max().orElse(0);
            List<Integer> lost = rows.stream().filter(i -> groupOf.get(i) == null).toList();
            lost.stream().limit(2).forEach(i -> missed.add("- missed #" + set.get(i).id() + " (" + campaign + "): «"
                    + excerpt(set.get(i).text()) + "»"));
            out.append("| ").append(campaign).append(" | ").append(rows.size()).append(" | ").append(inGroup.size())
                    .append(" | ").append(largest).append(" | ").append(lost.size()).append(" |\n");
        });
        List<String> intruders = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            int group = g;
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < set.size(); i++) {
                if (Objects.equals(groupOf.get(i), group)) {
                    rows.add(i);
                }
            }
            String main = rows.stream().map(truth::get).filter(Objects::nonNull)
                    .collect(Collectors.groupingBy(c -> c, Collectors.counting())).entrySet().stream()
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            rows.stream().filter(i -> !Objects.equals(truth.get(i), main)).forEach(i -> intruders.add(
                    "- group " + (group + 1) + " (mostly " + main + ") also holds #" + set.get(i).id() + " ("
                            + set.get(i).theme() + "): «" + excerpt(set.get(i).text()) + "»"));
        }
        out.append("\nTexts in a group of another campaign or of none (hard negatives caught): ")
                .append(intruders.isEmpty() ? "none.\n" : "\n\n" + String.join("\n", intruders) + "\n")
                .append("\nPlanted variants missed: ")
                .append(missed.isEmpty() ? "none.\n" : "\n\n" + String.join("\n", missed) + "\n");
        return out.toString();
    }

    /** Every text with its label and what each run made of it, for reading the errors one by one. */
    private static String assignments(List<Labelled> set, ThemeRun fixed, ThemeRun automatic, List<Integer> groupOf) {
        List<String> labels = set.stream().map(Labelled::theme).toList();
        List<String> fixedLabels = Agreement.mappedLabels(labels, fixed.clusters());
        List<String> automaticLabels = Agreement.mappedLabels(labels, automatic.clusters());
        StringBuilder out = new StringBuilder("id\tlanguage\tlabel\tcampaign\tfixed_k_theme\tfixed_k_mapped"
                + "\tautomatic_theme\tautomatic_mapped\tgroup\ttext\n");
        for (int i = 0; i < set.size(); i++) {
            Labelled row = set.get(i);
            out.append(row.id()).append('\t').append(row.language()).append('\t').append(row.theme()).append('\t')
                    .append(Objects.requireNonNullElse(row.campaign(), "")).append('\t')
                    .append(oneBased(fixed.clusters().get(i))).append('\t').append(fixedLabels.get(i)).append('\t')
                    .append(oneBased(automatic.clusters().get(i))).append('\t').append(automaticLabels.get(i))
                    .append('\t').append(oneBased(groupOf.get(i))).append('\t')
                    .append(row.text().replace('\n', ' ').replace('\t', ' ')).append('\n');
        }
        return out.toString();
    }

    private static String oneBased(Integer index) {
        return index == null ? "" : String.valueOf(index + 1);
    }

    private static List<Labelled> members(List<Labelled> set, ThemeRun run, int theme) {
        List<Labelled> members = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            if (Objects.equals(run.clusters().get(i), theme)) {
                members.add(set.get(i));
            }
        }
        return members;
    }

    private static <K> Map<K, Long> count(List<Labelled> rows, java.util.function.Function<Labelled, K> key) {
        return rows.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static String excerpt(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= 140 ? flat : flat.substring(0, 140) + "…";
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static void assertInRange(double low, double high, double value) {
        assertTrue(value >= low && value <= high, value + " in [" + low + ", " + high + "]");
    }
}
