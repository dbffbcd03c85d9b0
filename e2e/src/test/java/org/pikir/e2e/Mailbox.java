package org.pikir.e2e;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One address's mail as the local mail server keeps it, read through its API (GET /api/user/{address}/messages/),
 * as a person following the README would.
 */
public final class Mailbox {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final Pattern SOFT_BREAK = Pattern.compile("=\r?\n");
    private static final Pattern ESCAPED_BYTE = Pattern.compile("=([0-9A-F]{2})");

    /** One message: its decoded subject, and its whole MIME text with quoted-printable parts decoded. */
    public record Message(String subject, String text) {

        /** The first address in the text that matches {@code pattern}. */
        public Optional<String> link(Pattern pattern) {
            Matcher found = pattern.matcher(text);
            return found.find() ? Optional.of(found.group()) : Optional.empty();
        }
    }

    private final String api;
    private final String address;

    Mailbox(String api, String address) {
        this.api = api;
        this.address = address;
    }

    public static Mailbox of(Platform platform, String address) {
        return new Mailbox(platform.mailUrl(), address);
    }

    public List<Message> messages() {
        JsonPath answer = RestAssured.given().baseUri(api).when().get("/api/user/" + address + "/messages/")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> messages = answer.getList("$");
        return messages.stream()
                .map(m -> new Message(String.valueOf(m.get("subject")), decoded(String.valueOf(m.get("mimeMessage")))))
                .toList();
    }

    /** Waits until a message with this subject arrived (mail is sent after the request that caused it answered). */
    public Message await(String subject, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Optional<Message> arrived = messages().stream().filter(m -> m.subject().equals(subject)).findFirst();
            if (arrived.isPresent()) {
                return arrived.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No e-mail '" + subject + "' to " + address + " within " + limit.toSeconds()
                        + " s; it has: " + messages().stream().map(Message::subject).toList());
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Quoted-printable undone (soft line breaks joined, =XX bytes read as UTF-8); other text is left as it is. */
    private static String decoded(String mime) {
        String joined = SOFT_BREAK.matcher(mime).replaceAll("");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Matcher escaped = ESCAPED_BYTE.matcher(joined);
        int at = 0;
        while (escaped.find()) {
            bytes.writeBytes(joined.substring(at, escaped.start()).getBytes(StandardCharsets.UTF_8));
            bytes.write(Integer.parseInt(escaped.group(1), 16));
            at = escaped.end();
        }
        bytes.writeBytes(joined.substring(at).getBytes(StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
