package org.unionkg.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cue words the splitter reads a page by (lead marker, byline roles, photo-credit endings, punctuation
 * that ends a paragraph, the running header), loaded from {@code org/unionkg/lexicon/article-cues.tsv} so they
 * can be extended without touching code. Immutable and thread-safe.
 */
public final class ArticleCues {
    public static final String RESOURCE = "/org/unionkg/lexicon/article-cues.tsv";

    private enum Type {
        RUNNING_HEADER, EDITORIAL_NOTE, LEAD_MARKER, BYLINE_OPEN, BYLINE_CLOSE, CREDIT_ROLE, PHOTO_SUFFIX,
        SENTENCE_FINAL, CLOSER, CONTINUES, OPENER, BODY_ONLY, CLAUSE_MARK, KICKER_END
    }

    private final Map<Type, Set<String>> cues;
    /** role words, longest first so 实习记者 wins over 记者 */
    private final List<Map.Entry<String, CreditRole>> roles;

    private ArticleCues(Map<Type, Set<String>> cues, Map<String, CreditRole> roles) {
        this.cues = cues;
        List<Map.Entry<String, CreditRole>> sorted = new ArrayList<>(roles.entrySet());
        sorted.sort(Comparator.comparingInt((Map.Entry<String, CreditRole> e) -> e.getKey().length()).reversed());
        this.roles = List.copyOf(sorted);
    }

    private static final class Holder {
        static final ArticleCues DEFAULT = load();
    }

    /** The bundled cues. */
    public static ArticleCues defaults() {
        return Holder.DEFAULT;
    }

    private static ArticleCues load() {
        InputStream in = ArticleCues.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the TSV rows (comment lines start with {@code #}; the first other line is the header row). */
    static ArticleCues parse(List<String> lines) {
        Map<Type, Set<String>> cues = new LinkedHashMap<>();
        for (Type t : Type.values()) {
            cues.put(t, new LinkedHashSet<>());
        }
        Map<String, CreditRole> roles = new LinkedHashMap<>();
        boolean header = true;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String where = RESOURCE + ":" + (n + 1);
            if (header) {
                if (!cols[0].equals("cue") || cols.length < 2 || !cols[1].equals("type")) {
                    throw new IllegalStateException(where + ": header row must be cue<TAB>type<TAB>value");
                }
                header = false;
                continue;
            }
            if (cols.length < 2 || cols[0].isEmpty()) {
                throw new IllegalStateException(where + ": need cue<TAB>type, got \"" + line + "\"");
            }
            Type type;
            try {
                type = Type.valueOf(cols[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": unknown type " + cols[1], e);
            }
            if (!cues.get(type).add(cols[0])) {
                throw new IllegalStateException(where + ": duplicate " + type + " " + cols[0]);
            }
            if (type == Type.CREDIT_ROLE) {
                if (cols.length < 3) {
                    throw new IllegalStateException(where + ": CREDIT_ROLE needs a role in the third column");
                }
                roles.put(cols[0], CreditRole.valueOf(cols[2]));
            }
        }
        cues.replaceAll((t, s) -> Set.copyOf(s));
        return new ArticleCues(Map.copyOf(cues), roles);
    }

    public Set<String> runningHeaders() {
        return cues.get(Type.RUNNING_HEADER);
    }

    /** Whether the line is only a bracketed editorial note: （完）, （下转第2版）. */
    public boolean isEditorialNote(String line) {
        if (line.length() < 3 || !isBylineOpen(line.codePointAt(0))
                || !isBylineClose(line.codePointBefore(line.length()))) {
            return false;
        }
        String inside = line.substring(1, line.length() - 1).strip();
        return longestPrefix(inside, 0, cues.get(Type.EDITORIAL_NOTE)) != null
                && inside.codePoints().noneMatch(c -> isBylineOpen(c) || isBylineClose(c));
    }

    /** The lead marker the line starts with (本报讯), or null. */
    public String leadMarkerAt(String line) {
        return longestPrefix(line, 0, cues.get(Type.LEAD_MARKER));
    }

    public boolean isBylineOpen(int cp) {
        return cues.get(Type.BYLINE_OPEN).contains(Character.toString(cp));
    }

    public boolean isBylineClose(int cp) {
        return cues.get(Type.BYLINE_CLOSE).contains(Character.toString(cp));
    }

    /** The role word starting at {@code from}, longest first, or null. */
    public Map.Entry<String, CreditRole> roleAt(String s, int from) {
        for (Map.Entry<String, CreditRole> e : roles) {
            if (s.startsWith(e.getKey(), from)) {
                return e;
            }
        }
        return null;
    }

    public boolean isPhotoSuffix(String token) {
        return cues.get(Type.PHOTO_SUFFIX).contains(token);
    }

    /** Whether a paragraph that ends with {@code s} is complete: 。 or ！ …, or a closer right after one (。”). */
    public boolean endsSentence(String s) {
        int i = s.length();
        while (i > 0 && isOneOf(s.codePointBefore(i), Type.CLOSER)) {
            i -= Character.charCount(s.codePointBefore(i));
        }
        // a bare closer (“项目制”) is mid-sentence; only after a final mark (。”) does it end the paragraph
        return i > 0 && isOneOf(s.codePointBefore(i), Type.SENTENCE_FINAL);
    }

    /** Index just after the last sentence end in {@code s} (a final mark and any closers after it), or -1. */
    public int lastSentenceEnd(String s) {
        for (int i = s.length(); i > 0; i -= Character.charCount(s.codePointBefore(i))) {
            if (endsSentence(s.substring(0, i))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a line starting with this character goes on from the line before it (a closer, a comma). */
    public boolean startsAsContinuation(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        return isOneOf(first, Type.CLOSER) || isOneOf(first, Type.CONTINUES) || isOneOf(first, Type.SENTENCE_FINAL);
    }

    /** Whether a line ending like this must go on (，、 or an opening mark). */
    public boolean endsWithContinuation(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int last = s.codePointBefore(s.length());
        return isOneOf(last, Type.CONTINUES) || isOneOf(last, Type.OPENER);
    }

    /** Whether the line contains a mark that only body text has (。 ；). */
    public boolean hasBodyOnlyMark(String s) {
        for (String c : cues.get(Type.BODY_ONLY)) {
            if (s.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line has a clause mark (，) outside quotation marks and brackets, as body text does. */
    public boolean hasClauseMarkOutsideQuotes(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isOneOf(cp, Type.OPENER)) {
                depth++;
            } else if (isOneOf(cp, Type.CLOSER)) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && isOneOf(cp, Type.CLAUSE_MARK)) {
                return true;
            }
        }
        return false;
    }

    /** The lead markers (本报讯), for messages. */
    public Set<String> leadMarkers() {
        return cues.get(Type.LEAD_MARKER);
    }

    public boolean endsWithKicker(String s) {
        for (String c : cues.get(Type.KICKER_END)) {
            if (s.endsWith(c)) {
                return true;
            }
        }
        return false;
    }

    private boolean isOneOf(int cp, Type type) {
        return cues.get(type).contains(Character.toString(cp));
    }

    private static String longestPrefix(String s, int from, Set<String> words) {
        String best = null;
        for (String w : words) {
            if (s.startsWith(w, from) && (best == null || w.length() > best.length())) {
                best = w;
            }
        }
        return best;
    }
}
