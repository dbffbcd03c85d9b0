package org.pikir.feedback.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IOUtils;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Turns a citizen text into content words: each a stem (what texts are compared by) and the surface word it came
 * from (what staff are shown). Lucene's standard tokenizer and lower-casing; Russian and English words get Lucene's
 * Snowball stemmers (as in {@link RussianAnalyzer}, {@link EnglishAnalyzer}) and stop words, Kazakh words Pikir's
 * {@link KazakhStemmer} and stop list. The language is chosen per word, not per text, since citizens mix languages: a
 * Latin word is English; a Cyrillic word is Kazakh if it has a Kazakh-only letter or the text is marked Kazakh,
 * Russian otherwise. Stop words of all three languages are dropped everywhere. Not thread-safe: one per thread.
 */
public final class TextAnalyzer {

    /** A content word of a text. */
    public record Word(String stem, String surface) {
    }

    private static final String KAZAKH_LETTERS = "әғқңөұүһі";
    private static final int MIN_LENGTH = 2;
    private static final int STEM_CACHE_LIMIT = 200_000;

    private static final CharArraySet STOP_WORDS = stopWords();
    /** Per language ("ru", "kk", "en"): a stem of the civic glossary and the Russian stem that stands for it. */
    private static final Map<String, Map<String, String>> GLOSSARY = glossary();

    private final Analyzer tokenizer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream lowerCase = new LowerCaseFilter(source);
            return new TokenStreamComponents(source, lowerCase);
        }
    };
    private final SnowballStemmer russian = new RussianStemmer();
    private final SnowballStemmer english = new EnglishStemmer();
    private final KazakhStemmer kazakh = new KazakhStemmer();
    // the same few thousand words come back in every text: stemming each once is most of the speed
    private final Map<String, String> stems = new HashMap<>();

    /** The content words of {@code text}, in order; {@code language} is kk, ru or en (others are treated as ru). */
    public List<Word> words(String text, String language) {
        List<Word> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        boolean kazakhText = "kk".equals(language);
        try (TokenStream stream = tokenizer.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String surface = term.toString().replace('ё', 'е');
                if (surface.length() < MIN_LENGTH || !isWord(surface) || STOP_WORDS.contains(surface)) {
                    continue;
                }
                String stem = stem(surface, kazakhText);
                // a Kazakh inflected form of a stop word ("болуы") is caught by its stem
                if (stem.length() >= MIN_LENGTH && !STOP_WORDS.contains(stem)) {
                    words.add(new Word(stem, surface));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private String stem(String surface, boolean kazakhText) {
        String key = kazakhText ? "kk:" + surface : surface;
        String cached = stems.get(key);
        if (cached != null) {
            return cached;
        }
        String language = surface.charAt(0) < 0x0400 ? "en"
                : kazakhText || hasKazakhLetter(surface) ? "kk" : "ru";
        String stem = stem(surface, language);
        stem = GLOSSARY.get(language).getOrDefault(stem, stem);
        if (stems.size() >= STEM_CACHE_LIMIT) {
            stems.clear();
        }
        stems.put(key, stem);
        return stem;
    }

    private String stem(String word, String language) {
        return switch (language) {
            case "en" -> snowball(english, word);
            case "kk" -> kazakh.stem(word);
            default -> snowball(russian, word);
        };
    }

    /** Reads civic_glossary.txt: every word's stem in its language points to the line's first Russian stem. */
    private static Map<String, Map<String, String>> glossary() {
        TextAnalyzer stemmer = new TextAnalyzer();
        Map<String, Map<String, String>> glossary = Map.of("ru", new HashMap<>(), "kk", new HashMap<>(),
                "en", new HashMap<>());
        String[] languages = {"ru", "kk", "en"};
        try {
            for (String line : ownList("civic_glossary.txt")) {
                String[] columns = line.split("\\|");
                String concept = null;
                for (int c = 0; c < columns.length && c < languages.length; c++) {
                    for (String word : columns[c].strip().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                        String stem = stemmer.stem(word.replace('ё', 'е'), languages[c]);
                        if (concept == null) {
                            concept = stem;
                        }
                        glossary.get(languages[c]).putIfAbsent(stem, concept);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glossary;
    }

    private static String snowball(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static boolean isWord(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isLetter(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasKazakhLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (KAZAKH_LETTERS.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} (lower case) is a stop word of Kazakh, Russian or English. */
    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    private static List<String> ownList(String resource) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                TextAnalyzer.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }

    private static CharArraySet stopWords() {
        Set<Object> all = new HashSet<>();
        try {
            all.addAll(RussianAnalyzer.getDefaultStopSet());
            all.addAll(WordlistLoader.getSnowballWordSet(
                    IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)));
            all.addAll(EnglishAnalyzer.getDefaultStopSet());
            all.addAll(ownList("kazakh_stop.txt"));
            all.addAll(ownList("common_stop.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CharArraySet set = new CharArraySet(all.size(), false);
        for (Object word : all) {
            // a CharArraySet iterates over char[] keys
            String text = word instanceof char[] chars ? new String(chars) : word.toString();
            set.add(text.replace('ё', 'е'));
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
