package org.pikir.feedback.account;

import org.pikir.platform.problem.ProblemException;
import org.pikir.platform.text.PlainText;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules for public pseudonyms: what a chosen one may look like, when two are the same, and the generated first one. */
final class DisplayNames {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 40;
    static final String FIELD = "displayName";

    /** Letters, marks and digits, with single spaces, dots, hyphens, underscores or apostrophes between them. */
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*([ ._'’-][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]");
    /** Names that would pass for the platform or its staff. */
    private static final Set<String> RESERVED = Set.of("admin", "administrator", "moderator", "editor", "pikir",
            "support", "system", "deleted", "erased", "anonymous", "модератор", "администратор", "әкімшілік");
    private static final SecureRandom RANDOM = new SecureRandom();

    private DisplayNames() {
    }

    /** NFC, no control characters, runs of white space as one space, trimmed. */
    static String clean(String raw) {
        return WHITESPACE.matcher(PlainText.normalise(raw)).replaceAll(" ");
    }

    /** Answers 400 naming displayName when a cleaned name may not be used. */
    static void check(String name) {
        int length = name.codePointCount(0, name.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw ProblemException.invalidField(FIELD, "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        if (name.contains("@")) {
            throw ProblemException.invalidField(FIELD, "must not look like an e-mail address");
        }
        if (!ALLOWED.matcher(name).matches()) {
            throw ProblemException.invalidField(FIELD,
                    "use letters and digits, with single spaces, dots, hyphens, underscores or apostrophes between them");
        }
        if (RESERVED.contains(NOT_A_LETTER.matcher(key(name)).replaceAll(""))) {
            throw ProblemException.invalidField(FIELD, "is reserved for the platform");
        }
    }

    /** The form two names are compared in: compatibility-normalised and case-folded, so "Ерлан" and "ЕРЛАН" are one name. */
    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** A first pseudonym that says nothing about the person: random, not derived from the account. */
    static String generated() {
        byte[] bytes = new byte[3];
        RANDOM.nextBytes(bytes);
        return "citizen-" + HexFormat.of().formatHex(bytes).substring(1);
    }
}
