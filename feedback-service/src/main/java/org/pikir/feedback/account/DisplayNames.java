package org.pikir.feedback.account;

import com.ibm.icu.text.SpoofChecker;
import org.pikir.platform.problem.ProblemException;
import org.pikir.platform.text.PlainText;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules for public pseudonyms: what a chosen one may look like, when two are the same, and the generated first
 * one. Two names are the same when they differ only in case ({@link #key}) or look alike ({@link #skeleton}, the
 * confusable skeleton of Unicode TR39, through ICU4J's SpoofChecker).
 */
public final class DisplayNames {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 40;
    static final String FIELD = "displayName";

    /** Letters, marks and digits, with single spaces, dots, hyphens, underscores or apostrophes between them. */
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*([ ._'’-][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]");
    /** Names that would pass for the platform or its staff. */
    private static final Set<String> RESERVED = Set.of("admin", "administrator", "moderator", "editor", "pikir",
            "support", "system", "deleted", "erased", "anonymous", "модератор", "администратор", "админ", "редактор",
            "әкімшілік", "пікір");
    private static final String GENERATED_PREFIX = "citizen-";
    private static final int GENERATED_DIGITS = 5;
    /**
     * One script, or Latin with one other that is not Cyrillic or Greek (TR39 "moderately restrictive"): Kazakh in
     * Cyrillic or in Latin passes, a Cyrillic "о" in a Latin name does not. Digits of one system; no stacked marks.
     */
    private static final SpoofChecker SPOOF_CHECKER = new SpoofChecker.Builder()
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.MODERATELY_RESTRICTIVE)
            .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.MIXED_NUMBERS | SpoofChecker.INVISIBLE)
            .build();
    private static final Set<String> RESERVED_SKELETONS = RESERVED.stream().map(DisplayNames::letterSkeleton)
            .collect(Collectors.toUnmodifiableSet());
    /** "citizen-" and five hexadecimal digits, or anything that looks like it. */
    private static final Pattern GENERATED_LOOKALIKE = Pattern.compile(Pattern.quote(letterSkeleton(GENERATED_PREFIX))
            + "(?:" + "0123456789abcdef".chars().mapToObj(digit -> Pattern.quote(letterSkeleton(Character.toString(digit))))
            .distinct().collect(Collectors.joining("|")) + "){" + GENERATED_DIGITS + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private DisplayNames() {
    }

    /** NFC, no control characters, runs of white space as one space, trimmed. */
    static String clean(String raw) {
        return WHITESPACE.matcher(PlainText.normalise(raw)).replaceAll(" ");
    }

    /** Answers 400 naming displayName when a cleaned name is not a possible name at all. */
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
    }

    /**
     * Answers 400 naming displayName when a person may not choose this name: it passes for staff or the platform, looks
     * like a generated name, or mixes alphabets (the usual way to copy another name letter for letter).
     */
    static void checkChosen(String name) {
        check(name);
        if (isReserved(name)) {
            throw ProblemException.invalidField(FIELD, "is reserved for the platform");
        }
        if (GENERATED_LOOKALIKE.matcher(letterSkeleton(name)).matches()) {
            throw ProblemException.invalidField(FIELD,
                    "looks like the names Pikir gives new accounts (" + GENERATED_PREFIX + "…); choose another");
        }
        SpoofChecker.CheckResult result = new SpoofChecker.CheckResult();
        if (SPOOF_CHECKER.failsChecks(name, result)) {
            throw ProblemException.invalidField(FIELD, (result.checks & SpoofChecker.RESTRICTION_LEVEL) != 0
                    ? "mixes alphabets (for example Latin and Cyrillic letters); write it in one alphabet"
                    : "mixes kinds of digits or repeats an accent; write it plainly");
        }
    }

    /** Whether the name, whatever its case, separators or look-alike letters, is one of the reserved ones. */
    public static boolean isReserved(String name) {
        return RESERVED_SKELETONS.contains(letterSkeleton(name));
    }

    /** The form two names are compared in: compatibility-normalised and case-folded, so "Ерлан" and "ЕРЛАН" are one name. */
    public static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /**
     * What the name looks like (TR39 skeleton, as written): "admin Әлия" and "аdmin Әлия" with a Cyrillic "а", or
     * Latin "Hoc" and Cyrillic "Нос", have one skeleton. Case differences are {@link #key}'s part.
     */
    public static String skeleton(String name) {
        return SPOOF_CHECKER.getSkeleton(Normalizer.normalize(name, Normalizer.Form.NFKC));
    }

    /** A first pseudonym that says nothing about the person: random, not derived from the account. */
    public static String generated() {
        byte[] bytes = new byte[3];
        RANDOM.nextBytes(bytes);
        return GENERATED_PREFIX + HexFormat.of().formatHex(bytes).substring(1);
    }

    /**
     * The skeleton of the case-folded letters and digits alone, folded again (a zero's skeleton is a capital O), for
     * comparing with reserved words and patterns.
     */
    private static String letterSkeleton(String text) {
        return key(SPOOF_CHECKER.getSkeleton(NOT_A_LETTER.matcher(key(text)).replaceAll("")));
    }
}
