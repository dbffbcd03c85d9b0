package org.pikir.bench.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of the pages staff and citizens open most, on the loaded data, through the gateway: each
 * probe is requested a few times to warm up, then {@code requests} times one after another; its
 * p50, p99 and max are reported with the SQL statements each request cost when the service
 * exposes Hibernate statistics (see docs/benchmarks.md for how to turn them on).
 */
final class Probes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PREPARED = Pattern.compile(
            "^hibernate_statements_total\\{[^}]*status=\"prepared\"[^}]*} ([0-9.eE+]+)", Pattern.MULTILINE);

    record Probe(String name, String url, boolean staff, String metricsUrl) {
    }

    record Result(String name, String outcome, int requests, double p50, double p99, double max, String statements) {
        String line() {
            return String.format(Locale.ROOT, "%-44s %-9s %6d %9.1f %9.1f %9.1f %12s", name, outcome, requests, p50, p99, max,
                    statements);
        }
    }

    private final Api api;
    private final String gateway;
    private final Supplier<String> staffToken;
    private final int warmup;
    private final int requests;

    Probes(Api api, String gateway, Supplier<String> staffToken, int warmup, int requests) {
        this.api = api;
        this.gateway = gateway;
        this.staffToken = staffToken;
        this.warmup = warmup;
        this.requests = requests;
    }

    static String header() {
        return String.format(Locale.ROOT, "%-44s %-9s %6s %9s %9s %9s %12s", "probe", "outcome", "n", "p50 ms", "p99 ms",
                "max ms", "SQL/request");
    }

    static List<Probe> standard(String gateway, String feedbackMetrics, String eventsMetrics, Forums forums) {
        String hot = forums.slug(0);
        String typical = forums.slug(Math.min(forums.count() - 1, 49));
        String feedback = gateway + "/api/feedback";
        List<Probe> probes = new ArrayList<>(List.of(
                new Probe("review queue, first page", feedback + "/review/queue?size=20", true, feedbackMetrics),
                new Probe("review queue, busiest forum", feedback + "/review/queue?size=20&event=" + hot, true, feedbackMetrics),
                new Probe("review queue, overdue", feedback + "/review/queue?size=20&overdue=true", true, feedbackMetrics),
                new Probe("moderation queue, pending", feedback + "/moderation/queue?state=pending&size=20", true, feedbackMetrics),
                new Probe("moderation queue, flagged", feedback + "/moderation/queue?state=flagged&size=20", true, feedbackMetrics),
                new Probe("comments, busiest forum, page 1", feedback + "/comments?size=20&event=" + hot, false, feedbackMetrics),
                new Probe("comments, busiest forum, page 100", feedback + "/comments?size=20&page=99&event=" + hot, false,
                        feedbackMetrics),
                new Probe("comments, typical forum, page 1", feedback + "/comments?size=20&event=" + typical, false,
                        feedbackMetrics),
                new Probe("recommendations, busiest forum, top", feedback + "/recommendations?sort=top&size=20&event=" + hot,
                        false, feedbackMetrics),
                new Probe("similar recommendations, busiest forum", feedback + "/recommendations/similar?event=" + hot
                        + "&text=" + encode("Провести слушания по поправкам в каждой области"), false, feedbackMetrics),
                new Probe("what-we-heard report, busiest forum", feedback + "/reports/" + hot, false, feedbackMetrics),
                new Probe("events search, ru", gateway + "/api/events?q=" + encode("конституционный суд"), false, eventsMetrics),
                new Probe("events search, kk", gateway + "/api/events?q=" + encode("сайлау әкімдер"), false, eventsMetrics),
                new Probe("events search, en", gateway + "/api/events?q=" + encode("consultation"), false, eventsMetrics)));
        return probes;
    }

    List<Result> run(List<Probe> probes) {
        List<Result> results = new ArrayList<>();
        for (Probe probe : probes) {
            Result result = run(probe);
            System.out.println(result.line());
            results.add(result);
        }
        return results;
    }

    /** The review queue's 50th page, reached by following nextCursor: keyset pages should cost what the first does. */
    Probe deepReviewPage(String metricsUrl, int pages) {
        String url = gateway + "/api/feedback/review/queue?size=20";
        String cursor = null;
        for (int page = 1; page < pages; page++) {
            Api.Answer answer = api.get(url + (cursor == null ? "" : "&after=" + encode(cursor)), staffToken.get());
            if (answer.status() != 200) {
                return null;
            }
            JsonNode next = read(answer.body()).path("nextCursor");
            if (next.isNull() || next.isMissingNode()) {
                return null;
            }
            cursor = next.asText();
        }
        return new Probe("review queue, page " + pages + " (cursor)", url + "&after=" + encode(cursor), true, metricsUrl);
    }

    private Result run(Probe probe) {
        Api.Answer first = call(probe);
        if (first.status() == 404 && probe.name().startsWith("what-we-heard")) {
            return new Result(probe.name(), "skipped", 0, 0, 0, 0, "404: not built yet");
        }
        if (first.status() != 200) {
            return new Result(probe.name(), "HTTP " + first.status(), 0, 0, 0, 0, "-");
        }
        for (int i = 1; i < warmup; i++) {
            call(probe);
        }
        Double before = statements(probe.metricsUrl());
        double[] millis = new double[requests];
        int failed = 0;
        for (int i = 0; i < requests; i++) {
            Api.Answer answer = call(probe);
            millis[i] = answer.nanos() / 1e6;
            if (answer.status() != 200) {
                failed++;
            }
        }
        Double after = statements(probe.metricsUrl());
        Arrays.sort(millis);
        String sql = before == null || after == null ? "n/a"
                : String.format(Locale.ROOT, "%.1f", (after - before) / requests);
        return new Result(probe.name(), failed == 0 ? "ok" : failed + " failed", requests, percentile(millis, 0.50),
                percentile(millis, 0.99), millis[millis.length - 1], sql);
    }

    private Api.Answer call(Probe probe) {
        return api.get(probe.url(), probe.staff() ? staffToken.get() : null);
    }

    /** Statements Hibernate prepared so far, or null when the service does not expose the statistics. */
    private Double statements(String metricsUrl) {
        Api.Answer metrics = api.get(metricsUrl, null, "text/plain");
        if (metrics.status() != 200) {
            return null;
        }
        Matcher m = PREPARED.matcher(metrics.body());
        return m.find() ? Double.parseDouble(m.group(1)) : null;
    }

    private static double percentile(double[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable JSON: " + body, e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
