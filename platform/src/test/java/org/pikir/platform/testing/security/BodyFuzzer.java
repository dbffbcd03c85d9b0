package org.pikir.platform.testing.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Bends a valid JSON request body into malformed and odd ones: fields dropped, nulled, given other
 * types, huge or strange text, unknown fields, deep nesting, broken syntax and invalid UTF-8.
 * Seeded, so a failure names a body that can be produced again.
 */
public final class BodyFuzzer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] ODD_TEXT = {
        "", " ", "\u0000", "\u202Eevil", "\uFEFF", "\u200B\u200B", "😀👍🏽", "қазақша әліпби ғ ң ө ұ ү һ і",
        "<script>alert(1)</script>", "' OR 1=1 --", "${jndi:ldap://x}", "../../etc/passwd", "%00", "\\", "\"",
        "\r\n\r\n", "ru", "kk", "en", "xx", "KK", "almaty-2026-02-25-constitutional-reform", "-1", "0",
        "9223372036854775808", "1e400", "NaN", "true", "null", "2026-02-30T25:61:00Z", "2026-02-25", "P1D",
    };
    private static final String[] RAW = {
        "", "null", "[]", "\"text\"", "123", "{", "}", "{\"a\":", "{]", "[{}]", "{\"a\":1,}", "{'single':'quotes'}",
        "{\"a\":01}", "{\"a\":NaN}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u0000\"}", "\uFEFF{}", "{}{}", "{\"a\":1}garbage",
    };

    private static final String DEEP_MARK = "@@nested-arrays@@";
    private static final String DEEP = "\"" + DEEP_MARK + "\"";

    private final Random random;
    private final ObjectNode template;

    public BodyFuzzer(String validBody, long seed) {
        this.random = new Random(seed);
        try {
            this.template = (ObjectNode) JSON.readTree(validBody);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("the template must be a JSON object: " + validBody, e);
        }
    }

    /** The next odd body, as the bytes to send. */
    public byte[] next() {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return RAW[random.nextInt(RAW.length)].getBytes(StandardCharsets.UTF_8);
        }
        if (kind == 1) {
            return brokenSyntax();
        }
        if (kind == 2) {
            return invalidUtf8();
        }
        ObjectNode body = template.deepCopy();
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            mutate(body);
        }
        // nesting deeper than Jackson will write is spliced in as text
        String json = body.toString();
        while (json.contains(DEEP)) {
            int depth = 50 + random.nextInt(3_000);
            json = json.replaceFirst(DEEP, "[".repeat(depth) + "]".repeat(depth));
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private void mutate(ObjectNode body) {
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        String field = fields.isEmpty() || random.nextInt(8) == 0
                ? "unknown" + random.nextInt(5)
                : fields.get(random.nextInt(fields.size()));
        switch (random.nextInt(6)) {
            case 0 -> body.remove(field);
            case 1 -> body.putNull(field);
            default -> body.set(field, oddValue(0));
        }
    }

    private JsonNode oddValue(int depth) {
        return switch (random.nextInt(depth > 2 ? 9 : 12)) {
            case 0 -> NODES.numberNode(random.nextInt());
            case 1 -> NODES.numberNode(new BigInteger(90, random));
            case 2 -> NODES.numberNode(random.nextBoolean() ? -1L : Long.MIN_VALUE);
            case 3 -> NODES.numberNode(random.nextDouble() * 1e300);
            case 4 -> NODES.booleanNode(random.nextBoolean());
            case 5 -> NODES.textNode(ODD_TEXT[random.nextInt(ODD_TEXT.length)]);
            case 6 -> NODES.textNode(longText());
            case 7 -> NODES.textNode(randomText(1 + random.nextInt(40)));
            case 8 -> NODES.textNode(DEEP_MARK);
            case 9 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(oddValue(depth + 1));
                }
                yield array;
            }
            case 10 -> {
                ObjectNode object = NODES.objectNode();
                object.set(random.nextBoolean() ? "kk" : "x", oddValue(depth + 1));
                yield object;
            }
            default -> NODES.textNode(new String(Character.toChars(0x1F000 + random.nextInt(0x1000))));
        };
    }

    private String longText() {
        int length = random.nextInt(4) > 0 ? 300 + random.nextInt(3_000) : 20_000 + random.nextInt(60_000);
        return "ә".repeat(length);
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int codePoint;
            do {
                codePoint = random.nextInt(0x3000);
            } while (Character.isSurrogate((char) codePoint));
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private byte[] brokenSyntax() {
        String valid = template.toString();
        int at = random.nextInt(valid.length());
        return switch (random.nextInt(4)) {
            case 0 -> valid.substring(0, at).getBytes(StandardCharsets.UTF_8);
            case 1 -> (valid.substring(0, at) + "\"" + valid.substring(at)).getBytes(StandardCharsets.UTF_8);
            case 2 -> (valid.substring(0, at) + valid.substring(Math.min(valid.length(), at + 1 + random.nextInt(5))))
                    .getBytes(StandardCharsets.UTF_8);
            default -> valid.replaceFirst("\\{", "{\"" + "dup" + "\":1,\"dup\":2,").getBytes(StandardCharsets.UTF_8);
        };
    }

    private byte[] invalidUtf8() {
        byte[] valid = template.toString().getBytes(StandardCharsets.UTF_8);
        byte[] broken = valid.clone();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            broken[random.nextInt(broken.length)] = (byte) (0x80 + random.nextInt(0x80));
        }
        return broken;
    }
}
