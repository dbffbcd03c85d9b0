package org.pikir.bench.scale;

import org.pikir.bench.TokenPool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scale benchmark (run it through bench/scale):
 * <pre>
 *   load     --db-url URL [--comments 5000000] [--recommendations 500000] [--forums 200] [--citizens 200000] [--seed 1]
 *   measure  [--requests 200] [--warmup 20] [--forums 200] [--out FILE]
 *            [--feedback-management URL] [--events-management URL]  (where /q/metrics is; defaults: ports 9082, 9081)
 * </pre>
 * Both take --gateway and --keycloak (base URLs; defaults: the local ports).
 */
public final class Scale {

    private Scale() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Scale load|measure [--option value ...]");
            System.exit(2);
        }
        Map<String, String> options = options(args);
        String gateway = options.getOrDefault("gateway", "http://127.0.0.1:8080");
        String keycloak = options.getOrDefault("keycloak", "http://127.0.0.1:8280");
        Forums forums = new Forums(Integer.parseInt(options.getOrDefault("forums", "200")));
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        Api api = new Api();
        switch (args[0]) {
            case "load" -> {
                long comments = Long.parseLong(options.getOrDefault("comments", "5000000"));
                long recommendations = Long.parseLong(options.getOrDefault("recommendations", "500000"));
                String dbUrl = required(options, "db-url");
                try (TokenPool editor = TokenPool.signIn(keycloak, List.of("editor"), Duration.ofSeconds(240))) {
                    ForumSetup.publish(api, gateway, editor.next(), forums, seed);
                }
                System.out.printf("loading %,d comments and %,d recommendations over %d forums (busiest: %s, %.1f %%)%n",
                        comments, recommendations, forums.count(), forums.slug(0), forums.share(0) * 100);
                new FeedbackLoader(dbUrl, forums, seed, Integer.parseInt(options.getOrDefault("citizens", "200000")))
                        .load(comments, recommendations);
            }
            case "measure" -> measure(options, api, gateway, keycloak, forums);
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    private static void measure(Map<String, String> options, Api api, String gateway, String keycloak, Forums forums)
            throws IOException {
        // metrics are on the services' management interfaces, not their public ports
        String feedbackMetrics = options.getOrDefault("feedback-management", "http://127.0.0.1:9082") + "/q/metrics";
        String eventsMetrics = options.getOrDefault("events-management", "http://127.0.0.1:9081") + "/q/metrics";
        int requests = Integer.parseInt(options.getOrDefault("requests", "200"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "20"));
        try (TokenPool moderator = TokenPool.signIn(keycloak, List.of("moderator"), Duration.ofSeconds(240))) {
            Probes probes = new Probes(api, gateway, moderator::next, warmup, requests);
            List<Probes.Probe> list = new ArrayList<>(Probes.standard(gateway, feedbackMetrics, eventsMetrics, forums));
            Probes.Probe deep = probes.deepReviewPage(feedbackMetrics, 50);
            if (deep != null) {
                list.add(3, deep);
            }
            System.out.println(Probes.header());
            List<Probes.Result> results = probes.run(list);
            String out = options.get("out");
            if (out != null) {
                StringBuilder text = new StringBuilder(Probes.header()).append('\n');
                results.forEach(r -> text.append(r.line()).append('\n'));
                Files.writeString(Path.of(out), text);
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
