package org.pikir.e2e;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What a browser does for a server-rendered site, at HTTP level: keeps cookies, follows redirects
 * across the gateway and Keycloak, submits forms. Records every cookie the gateway sets.
 */
final class BrowserSession {

    private static final int MAX_REDIRECTS = 10;

    private final URI gateway;
    private final CookieManager cookies = new LocalhostCookies();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final List<String> cookiesSetByGateway = new ArrayList<>();
    private final Map<String, HttpCookie> latestGatewayCookies = new LinkedHashMap<>();

    private UnaryOperator<URI> balancer = UnaryOperator.identity();

    BrowserSession(String gatewayUrl) {
        this.gateway = URI.create(gatewayUrl);
    }

    /**
     * Which replica a redirect really reaches, as a load balancer in front of several replicas decides: the request
     * keeps the Host the browser asked for, only the connection goes elsewhere.
     */
    void balanceRedirects(UnaryOperator<URI> balancer) {
        this.balancer = balancer;
    }

    Page open(String pathOrUrl) {
        return follow(HttpRequest.newBuilder(gateway.resolve(pathOrUrl)).GET());
    }

    /** Submits a form as a browser would, with {@code values} typed into the named fields. */
    Page submit(FormElement form, Map<String, String> values) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.formData().forEach(field -> fields.putIfAbsent(field.key(), field.value()));
        fields.putAll(values);
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        URI action = URI.create(form.absUrl("action"));
        return follow(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Every Set-Cookie header value the gateway sent, in order. */
    List<String> cookiesSetByGateway() {
        return List.copyOf(cookiesSetByGateway);
    }

    /** The cookies from the gateway that the browser still keeps (set, and not since cleared or expired). */
    List<HttpCookie> liveGatewayCookies() {
        return latestGatewayCookies.values().stream()
                .filter(cookie -> !cookie.hasExpired() && !cookie.getValue().isEmpty())
                .toList();
    }

    private Page follow(HttpRequest.Builder request) {
        HttpResponse<String> response = send(request.build());
        for (int hop = 0; isRedirect(response.statusCode()); hop++) {
            if (hop == MAX_REDIRECTS) {
                throw new AssertionError("More than " + MAX_REDIRECTS + " redirects, last at " + response.uri());
            }
            String location = response.headers().firstValue("Location").orElse(null);
            if (location == null) {
                throw new AssertionError("Redirect without Location from " + response.uri());
            }
            URI asked = response.uri().resolve(location);
            URI reached = balancer.apply(asked);
            HttpRequest.Builder next = HttpRequest.newBuilder(reached).GET();
            if (!reached.equals(asked)) {
                next.header("Host", asked.getRawAuthority());
            }
            response = send(next.build());
        }
        return new Page(response.uri(), response.statusCode(), response.body(),
                Jsoup.parse(response.body(), response.uri().toString()));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.uri().getPort() == gateway.getPort()) {
                for (String header : response.headers().allValues("Set-Cookie")) {
                    cookiesSetByGateway.add(header);
                    HttpCookie.parse(header).forEach(cookie -> latestGatewayCookies.put(cookie.getName(), cookie));
                }
            }
            return response;
        } catch (IOException e) {
            throw new AssertionError("Request to " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    /**
     * Browsers count http://localhost as a secure context and send it Secure cookies (Keycloak marks
     * its login-session cookies Secure); Java's CookieManager would withhold them over plain HTTP.
     */
    private static final class LocalhostCookies extends CookieManager {

        LocalhostCookies() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            if (!"localhost".equals(uri.getHost()) || !"http".equals(uri.getScheme())) {
                return super.get(uri, requestHeaders);
            }
            return super.get(URI.create("https" + uri.toString().substring("http".length())), requestHeaders);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A page after all redirects: where it ended up, its status and its parsed HTML. */
    record Page(URI uri, int status, String body, Document document) {

        FormElement form(String cssQuery) {
            return document.select(cssQuery).forms().stream().findFirst()
                    .orElseThrow(() -> new AssertionError("No form '" + cssQuery + "' on " + uri + ":\n" + body));
        }
    }
}
