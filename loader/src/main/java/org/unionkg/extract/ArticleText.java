package org.unionkg.extract;

import java.util.List;
import java.util.Objects;

/**
 * The text extraction reads, segmented once: the article body followed by its headline and decks (after a line
 * break), so that names printed only in the headline still yield facts. Offsets below {@link #bodyLength()} are
 * offsets in the body; mentions beyond it are not reported as mentions.
 *
 * @param text       body, then {@code \n} headline and decks
 * @param bodyLength length of the body part
 * @param tokens     the segmenter's words for the whole text
 * @param year       the page year, for dating awards conferred in the article, or null
 */
public record ArticleText(String text, int bodyLength, List<Token> tokens, Integer year) {
    private static final String CLAUSE_MARKS = "，。、；：！？“”‘’（）()《》〈〉「」【】\n\t 　";
    private static final String SENTENCE_MARKS = "。！？\n";

    public ArticleText {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
    }

    /** Builds the text for an article body with its headline and decks. */
    public static ArticleText of(String body, String headline, List<String> decks, Integer year, Segmenter segmenter) {
        StringBuilder sb = new StringBuilder(body);
        sb.append('\n').append(headline);
        decks.forEach(d -> sb.append('\n').append(d));
        String text = sb.toString();
        return new ArticleText(text, body.length(), segmenter.segment(text), year);
    }

    public char charAt(int i) {
        return text.charAt(i);
    }

    public int length() {
        return text.length();
    }

    /** Whether this character ends a clause: punctuation, brackets, quotes, spaces, line breaks. */
    public static boolean isClauseMark(char c) {
        return CLAUSE_MARKS.indexOf(c) >= 0;
    }

    /** Start of the clause that holds offset i (just after the previous clause mark). */
    public int clauseStart(int i) {
        int j = i;
        while (j > 0 && !isClauseMark(text.charAt(j - 1))) {
            j--;
        }
        return j;
    }

    /** The sentence around [start, end), trimmed: the evidence for a fact. */
    public String sentence(int start, int end) {
        int s = start;
        while (s > 0 && SENTENCE_MARKS.indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        int e = Math.max(end, start);
        while (e < text.length() && SENTENCE_MARKS.indexOf(text.charAt(e)) < 0) {
            e++;
        }
        if (e < text.length() && text.charAt(e) != '\n') {
            e++;
        }
        return text.substring(s, e).strip();
    }

    /** Start offset of the sentence holding offset i. */
    public int sentenceStart(int i) {
        int s = i;
        while (s > 0 && SENTENCE_MARKS.indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        return s;
    }

    /** End offset (exclusive) of the sentence holding offset i. */
    public int sentenceEnd(int i) {
        int e = i;
        while (e < text.length() && SENTENCE_MARKS.indexOf(text.charAt(e)) < 0) {
            e++;
        }
        return e;
    }

    /** The token covering offset i, or null. */
    public Token tokenAt(int i) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (t.end() <= i) {
                lo = mid + 1;
            } else if (t.start() > i) {
                hi = mid - 1;
            } else {
                return t;
            }
        }
        return null;
    }

    /** The tokens lying wholly inside [start, end). */
    public List<Token> tokensIn(int start, int end) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) { // first token starting at or after start
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int to = lo;
        while (to < tokens.size() && tokens.get(to).end() <= end) {
            to++;
        }
        return tokens.subList(lo, to);
    }
}
