package org.pikir.feedback.analysis.spam;

import org.pikir.feedback.analysis.campaign.NearDuplicates;

import java.util.ArrayList;
import java.util.List;

/** The words the spam model counts: the normalised text's words of 2 to 40 letters, the first 300 of them. */
final class SpamTokens {

    private static final int MAX_TOKENS = 300;
    private static final int MAX_LENGTH = 40;

    private SpamTokens() {
    }

    static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        for (String word : NearDuplicates.normalise(text).split(" ")) {
            if (word.length() >= 2 && word.length() <= MAX_LENGTH) {
                tokens.add(word);
                if (tokens.size() == MAX_TOKENS) {
                    break;
                }
            }
        }
        return tokens;
    }

    /** A recommendation's title and body, or a comment's body, as one text. */
    static String itemText(Object first, Object second) {
        return (first == null ? "" : first.toString()) + " " + (second == null ? "" : second.toString());
    }
}
