package org.pikir.e2e;

import io.restassured.RestAssured;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The whole Pikir platform as real processes: the local mail server (GreenMail standalone, as ./pikir runs it),
 * Keycloak with the pikir realm and the three packaged services (each with its own embedded PostgreSQL), all on free
 * ports (each service's management interface, where its health is, on one of its own), started once per test run.
 */
public final class Platform implements AutoCloseable {

    private static final String REALM = "pikir";
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(180);
    // C1 only: these JVMs live for a minute, and on two cores JIT work competes with start-up (measured ~30% faster)
    private static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";

    private final Path workDir;
    private final Path feedbackJar;
    private final int gatewayPort;
    private final int gatewayManagementPort;
    private final int eventsPort;
    private final int eventsManagementPort;
    private final int feedbackPort;
    private final int feedbackManagementPort;
    private final int keycloakPort;
    private final int mailSmtpPort;
    private final int mailApiPort;
    private final ServiceProcess mail;
    private final ServiceProcess keycloak;
    private final ServiceProcess events;
    private final Path feedbackData;
    private final ServiceProcess gateway;
    private final Path gatewayJar;
    private final int gatewayDatabasePort;
    private ServiceProcess secondGateway;
    private String secondGatewayUrl;
    private ServiceProcess feedback;
    private boolean closed;

    private Platform(Path root, Path keycloakHome, Path mailJar, Path workDir, Map<String, Path> jars) {
        this.workDir = workDir;
        this.feedbackJar = jars.get("feedback");
        int[] ports = freePorts(11);
        gatewayPort = ports[0];
        eventsPort = ports[1];
        feedbackPort = ports[2];
        keycloakPort = ports[3];
        int keycloakManagementPort = ports[4];
        eventsManagementPort = ports[6];
        feedbackManagementPort = ports[7];
        gatewayManagementPort = ports[8];
        mailSmtpPort = ports[9];
        mailApiPort = ports[10];

        resetState(keycloakHome);
        mail = new ServiceProcess("mail", List.of(javaBinary(), QUICK_JIT, "-Dgreenmail.smtp.hostname=127.0.0.1",
                "-Dgreenmail.smtp.port=" + mailSmtpPort, "-Dgreenmail.api.hostname=127.0.0.1",
                "-Dgreenmail.api.port=" + mailApiPort, "-Dgreenmail.auth.disabled", "-jar", mailJar.toString()),
                Map.of(), workDir, log("mail"), URI.create(mailUrl() + "/api/service/readiness"));
        importRealm(root, keycloakHome);
        keycloak = new ServiceProcess("keycloak",
                List.of(keycloakHome.resolve("bin/kc.sh").toString(), "start-dev",
                        "--http-port=" + keycloakPort,
                        "--http-management-port=" + keycloakManagementPort,
                        "--health-enabled=true",
                        "--import-realm"),
                Map.of("JAVA_HOME", System.getProperty("java.home"),
                        "JAVA_OPTS_APPEND", QUICK_JIT,
                        "KC_BOOTSTRAP_ADMIN_USERNAME", "e2e-admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", UUID.randomUUID().toString(),
                        // the realm's smtpServer reads these at import
                        "PIKIR_MAIL_HOST", "127.0.0.1",
                        "PIKIR_MAIL_PORT", String.valueOf(mailSmtpPort)),
                keycloakHome, log("keycloak"),
                URI.create("http://localhost:" + keycloakManagementPort + "/health/ready"));
        events = service("events-service", jars.get("events"), eventsPort, eventsManagementPort, Map.of());
        feedbackData = workDir.resolve("e2e-data").resolve("feedback-service");
        feedback = feedbackService();
        gatewayJar = jars.get("gateway");
        gatewayDatabasePort = ports[5];
        Map<String, String> gatewayEnvironment = new LinkedHashMap<>(backends());
        // a second replica (startSecondGateway) shares this sessions database
        gatewayEnvironment.put("PIKIR_DB_PORT", String.valueOf(gatewayDatabasePort));
        gateway = service("gateway", gatewayJar, gatewayPort, gatewayManagementPort, gatewayEnvironment);
    }

    /** Starts everything and waits until each process reports ready; stops what started if one fails. */
    static Platform start() {
        Path root = Path.of(setting("pikir.e2e.root", "..")).toAbsolutePath().normalize();
        Path workDir = Path.of(setting("pikir.e2e.work-dir", root.resolve("e2e/target").toString()));
        Path keycloakHome = Path.of(setting("pikir.e2e.keycloak-home", workDir.resolve("keycloak").toString()));
        Path mailJar = Path.of(setting("pikir.e2e.greenmail-jar", workDir.resolve("greenmail/greenmail-standalone.jar").toString()));
        if (!Files.isRegularFile(mailJar)) {
            throw new IllegalStateException("No GreenMail at " + mailJar + "; run the e2e tests through Maven (./mvnw verify), "
                    + "which copies it");
        }
        Map<String, Path> jars = new LinkedHashMap<>();
        jars.put("events", jar("events", root.resolve("events-service")));
        jars.put("feedback", jar("feedback", root.resolve("feedback-service")));
        jars.put("gateway", jar("gateway", root.resolve("gateway")));

        Platform platform = new Platform(root, keycloakHome, mailJar, workDir, jars);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "e2e-platform-stop"));
        Instant began = Instant.now();
        try {
            List<ServiceProcess> all = platform.processes();
            all.forEach(ServiceProcess::start);
            ServiceProcess.awaitReady(all, began.plus(STARTUP_LIMIT));
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        System.out.printf("e2e: platform ready in %.1f s (%s); logs in %s%n",
                seconds(Duration.between(began, Instant.now())), platform.startupSummary(), workDir.resolve("e2e-logs"));
        return platform;
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    /** The local mail server's API, where every e-mail Keycloak and feedback-service sent is read ({@link Mailbox}). */
    public String mailUrl() {
        return "http://127.0.0.1:" + mailApiPort;
    }

    /** An access token from the real Keycloak for a demo user (password = user name), via the public CLI client. */
    public String accessToken(String user) {
        return accessToken(user, user);
    }

    /** An access token from the real Keycloak for any user of the realm, via the public CLI client. */
    public String accessToken(String user, String password) {
        return RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "pikir-cli")
                .formParam("username", user)
                .formParam("password", password)
                .post(keycloakUrl() + "/realms/" + REALM + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** The public pseudonym feedback-service shows a user's items under (never the user name or e-mail). */
    public String pseudonym(String user, String password) {
        return RestAssured.given().baseUri(gatewayUrl()).auth().oauth2(accessToken(user, password))
                .get("/api/feedback/me").then().statusCode(200).extract().path("displayName");
    }

    /** Stops feedback-service and starts it again on the same port and database directory. */
    public synchronized void restartFeedbackService() {
        feedback.stop();
        feedback = feedbackService();
        feedback.start();
        ServiceProcess.awaitReady(List.of(feedback), Instant.now().plus(STARTUP_LIMIT));
        System.out.printf("e2e: feedback-service restarted, ready in %.1f s%n", seconds(feedback.startup()));
    }

    public String feedbackUrl() {
        return "http://localhost:" + feedbackPort;
    }

    /** feedback-service's management interface (health, metrics), apart from its public port. */
    public String feedbackManagementUrl() {
        return "http://localhost:" + feedbackManagementPort;
    }

    /** One running service: where the public reaches it, and its management interface. */
    public record ServiceAddresses(String name, String publicUrl, String managementUrl) {
    }

    public List<ServiceAddresses> serviceAddresses() {
        return List.of(
                new ServiceAddresses("events-service", "http://localhost:" + eventsPort,
                        "http://localhost:" + eventsManagementPort),
                new ServiceAddresses("feedback-service", feedbackUrl(), feedbackManagementUrl()),
                new ServiceAddresses("gateway", gatewayUrl(), "http://localhost:" + gatewayManagementPort));
    }

    /** Kills feedback-service with SIGKILL, as a crash: its embedded PostgreSQL is left running, as it would be. */
    public synchronized void killFeedbackService() {
        feedback.kill();
    }

    /** Starts feedback-service again after a kill, on the same port and data. */
    public synchronized void startFeedbackService() {
        feedback = feedbackService();
        feedback.start();
        ServiceProcess.awaitReady(List.of(feedback), Instant.now().plus(STARTUP_LIMIT));
    }

    /** Stops the gateway and starts it again on the same port and sessions database. */
    public synchronized void restartGateway() {
        gateway.stop();
        gateway.start();
        ServiceProcess.awaitReady(List.of(gateway), Instant.now().plus(STARTUP_LIMIT));
        System.out.printf("e2e: gateway restarted, ready in %.1f s%n", seconds(gateway.startup()));
    }

    /**
     * Starts another gateway replica on a free port, with no database of its own: it reads and writes the signed-in
     * sessions in the first gateway's PostgreSQL, as replicas behind a load balancer do. Stopped with the platform.
     */
    public synchronized String startSecondGateway() {
        if (secondGateway == null) {
            int[] ports = freePorts(2);
            int port = ports[0];
            Map<String, String> environment = new LinkedHashMap<>(backends());
            environment.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + gatewayDatabasePort + "/postgres");
            environment.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            environment.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
            secondGateway = service("gateway-2", gatewayJar, port, ports[1], environment);
            secondGateway.start();
            ServiceProcess.awaitReady(List.of(secondGateway), Instant.now().plus(STARTUP_LIMIT));
            secondGatewayUrl = "http://localhost:" + port;
        }
        return secondGatewayUrl;
    }

    public synchronized void stopEventsService() {
        events.stop();
    }

    public synchronized void startEventsService() {
        events.start();
        ServiceProcess.awaitReady(List.of(events), Instant.now().plus(STARTUP_LIMIT));
    }

    public synchronized void stopKeycloak() {
        keycloak.stop();
    }

    /** Starts Keycloak again on its own data: the realm, users and signing keys are the ones from before. */
    public synchronized void startKeycloak() {
        keycloak.start();
        ServiceProcess.awaitReady(List.of(keycloak), Instant.now().plus(STARTUP_LIMIT));
    }

    /** The PostgreSQL server under feedback-service, driven from outside the service as an operator would. */
    public FeedbackDatabase feedbackDatabase() {
        return new FeedbackDatabase(feedbackData, workDir.resolve("e2e-logs").resolve("feedback-postgres.log"));
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<ServiceProcess> all = new ArrayList<>(processes());
        if (secondGateway != null) {
            all.add(secondGateway);
        }
        all.forEach(ServiceProcess::requestStop);
        all.forEach(ServiceProcess::awaitStopped);
    }

    private List<ServiceProcess> processes() {
        return List.of(mail, keycloak, events, feedback, gateway);
    }

    private String startupSummary() {
        List<String> parts = new ArrayList<>();
        for (ServiceProcess process : processes()) {
            parts.add("%s %.1f s".formatted(process.name(), seconds(process.startup())));
        }
        return String.join(", ", parts);
    }

    /** Where a gateway finds the services: their API ports, and their management interfaces for its readiness. */
    private Map<String, String> backends() {
        return Map.of(
                "PIKIR_GATEWAY_EVENTS_URL", "http://localhost:" + eventsPort,
                "PIKIR_GATEWAY_FEEDBACK_URL", "http://localhost:" + feedbackPort,
                "PIKIR_GATEWAY_EVENTS_MANAGEMENT_URL", "http://localhost:" + eventsManagementPort,
                "PIKIR_GATEWAY_FEEDBACK_MANAGEMENT_URL", feedbackManagementUrl());
    }

    private ServiceProcess feedbackService() {
        // the tests submit far more as the one demo citizen than a person would; the limits have their own tests
        return service("feedback-service", feedbackJar, feedbackPort, feedbackManagementPort, Map.of(
                "QUARKUS_REST_CLIENT_EVENTS_URL", "http://localhost:" + eventsPort,
                "QUARKUS_MAILER_HOST", "127.0.0.1",
                "QUARKUS_MAILER_PORT", String.valueOf(mailSmtpPort),
                "PIKIR_FEEDBACK_LIMITS_PER_MINUTE", "100000",
                "PIKIR_FEEDBACK_LIMITS_PER_DAY", "1000000"));
    }

    private ServiceProcess service(String name, Path jar, int port, int managementPort,
                                   Map<String, String> extraEnvironment) {
        Map<String, String> environment = new LinkedHashMap<>(extraEnvironment);
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        environment.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloakUrl() + "/realms/" + REALM);
        environment.put("PIKIR_DB_DIR", workDir.resolve("e2e-data").resolve(name).toString());
        return new ServiceProcess(name, List.of(javaBinary(), QUICK_JIT, "-jar", jar.toString()), environment, workDir, log(name),
                URI.create("http://localhost:" + managementPort + "/q/health/ready"));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private Path log(String name) {
        return workDir.resolve("e2e-logs").resolve(name + ".log");
    }

    /** Each run starts from nothing: Keycloak's database, the services' databases and the logs. */
    private void resetState(Path keycloakHome) {
        if (!Files.isExecutable(keycloakHome.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + keycloakHome
                    + "; run the e2e tests through Maven (./mvnw verify), which unpacks it");
        }
        try {
            deleteRecursively(keycloakHome.resolve("data"));
            deleteRecursively(workDir.resolve("e2e-data"));
            deleteRecursively(workDir.resolve("e2e-logs"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear the state of the last run: " + e.getMessage(), e);
        }
    }

    /** Puts the realm export where --import-realm finds it, its redirect URIs pointed at this run's gateway. */
    private void importRealm(Path root, Path keycloakHome) {
        Path realm = root.resolve("keycloak/pikir-realm.json");
        try {
            String json = Files.readString(realm, StandardCharsets.UTF_8).replace("http://localhost:8080", gatewayUrl());
            Path importDir = Files.createDirectories(keycloakHome.resolve("data/import"));
            Files.writeString(importDir.resolve("pikir-realm.json"), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not import the realm " + realm + ": " + e.getMessage(), e);
        }
    }

    private static Path jar(String name, Path module) {
        Path configured = Path.of(setting("pikir.e2e." + name + "-jar",
                module.resolve("target/quarkus-app/quarkus-run.jar").toString()));
        if (!Files.isRegularFile(configured)) {
            throw new IllegalStateException("Missing " + configured + "; build the services first: "
                    + "./mvnw -B -DskipTests package -pl events-service,feedback-service,gateway -am");
        }
        return configured;
    }

    private static int[] freePorts(int count) {
        // hold every socket until all are chosen, so no port is handed out twice
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException("No free ports: " + e.getMessage(), e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // the port is released either way
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String setting(String property, String fallback) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static double seconds(Duration duration) {
        return duration == null ? Double.NaN : duration.toMillis() / 1000.0;
    }
}
