package org.pikir.e2e;

import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * axe-core (the npm package, from its WebJar on the test class path) injected into a page and run
 * with the WCAG 2.0 and 2.1 level A and AA rules; a page passes with no violation at all.
 */
final class Accessibility {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String RUN = """
            async (tags) => {
              const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
              return {
                version: axe.version,
                passes: results.passes.length,
                violations: results.violations.map(v => ({
                  id: v.id,
                  impact: String(v.impact),
                  help: v.help,
                  targets: v.nodes.map(n => n.target.join(' ') + ' -- ' + (n.failureSummary || '').replace(/\\s+/g, ' '))
                }))
              };
            }""";

    private final String script;

    private Accessibility(String script) {
        this.script = script;
    }

    /** axe.min.js from the class path, at the resource path the build names in {@code pikir.e2e.axe-script}. */
    static Accessibility fromClassPath() {
        String resource = System.getProperty("pikir.e2e.axe-script");
        if (resource == null || resource.isBlank()) {
            throw new IllegalStateException("pikir.e2e.axe-script is not set; run the e2e tests through Maven");
        }
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("axe-core not on the test class path at " + resource);
            }
            return new Accessibility(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    /**
     * Runs axe on the page as it is now. The page's CSP allows no inline scripts, so the browser
     * context must be made with {@code setBypassCSP(true)} for the injected script to run.
     */
    Report check(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(script));
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) page.evaluate(RUN, WCAG_21_AA);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
        List<Violation> found = violations.stream()
                .map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        ((List<?>) v.get("targets")).stream().map(String::valueOf).toList()))
                .toList();
        return new Report(page.url(), String.valueOf(result.get("version")), ((Number) result.get("passes")).intValue(),
                found);
    }

    record Violation(String id, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return "  " + id + " (" + impact + "): " + help + "\n"
                    + targets.stream().map(t -> "    at " + t).collect(Collectors.joining("\n"));
        }
    }

    /** What axe found on one page: how many rules passed, and every violation. */
    record Report(String url, String axeVersion, int passedRules, List<Violation> violations) {

        String describe() {
            return "axe-core " + axeVersion + " on " + url + ": " + violations.size() + " violation(s)\n"
                    + violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
        }
    }
}
