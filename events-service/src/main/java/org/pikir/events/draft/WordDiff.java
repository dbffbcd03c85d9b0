package org.pikir.events.draft;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level difference of two wordings (java-diff-utils over tokens: words, and the spaces and punctuation
 * between them), so the EQUAL and DELETE parts spell the old wording and the EQUAL and INSERT parts the new one.
 */
final class WordDiff {

    enum Op { EQUAL, INSERT, DELETE }

    record Part(Op op, String text) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+|\\s+|[^\\p{L}\\p{N}\\p{M}\\s]");

    private WordDiff() {
    }

    static List<Part> between(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        Patch<String> patch = DiffUtils.diff(from, to);
        List<Part> parts = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(parts, Op.EQUAL, from.subList(position, start));
            add(parts, Op.DELETE, delta.getSource().getLines());
            add(parts, Op.INSERT, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(parts, Op.EQUAL, from.subList(position, from.size()));
        return parts;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Appends tokens as one part, merged with the last part when it has the same operation. */
    private static void add(List<Part> parts, Op op, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!parts.isEmpty() && parts.get(parts.size() - 1).op() == op) {
            Part last = parts.remove(parts.size() - 1);
            parts.add(new Part(op, last.text() + text));
        } else {
            parts.add(new Part(op, text));
        }
    }
}
