package org.unionkg.extract;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * People introduced by what they do, right before they speak: 快递员马春生说, 外卖配送员杨永刚说, 参训职工张宏伟表示. The
 * word of occupation or group ({@code role-nouns.tsv}) names no body, so it makes no post (GUIDELINES: a title without
 * an organisation is none): it only says that a name follows. The name must run exactly from the role word to the verb
 * of speech (or a word for the person's home: 慰问困难职工王某家中), and the segmenter must not read its characters as
 * other words (环卫工人高兴地说 names no one).
 * Thread-safe.
 */
final class SpeakersByRole {
    /** Verbs of speech that close the name (说 also opens 说道). */
    private static final List<String> SPEECH = List.of("告诉记者", "笑着说", "表示", "介绍", "坦言", "说道", "说", "讲述");
    /**
     * Words for a person's home right after the name, as visits to workers are told (慰问困难职工王某家中): like a verb
     * of speech, they close a name that a role word opens.
     */
    private static final List<String> HOME = List.of("家中", "家里");
    /** Characters that end an adverb before a verb (高兴地说, 说得), never a name. */
    private static final String PARTICLES = "地得的着了们";

    private final Lexicon lexicon;
    private final WordIndex roles;
    private final Predicate<String> isName;

    /** @param isName whether a candidate (surname and given name) may be a name: no title, stop word or generic word */
    SpeakersByRole(Lexicon lexicon, Predicate<String> isName) {
        this.lexicon = lexicon;
        this.roles = new WordIndex(LexiconTable.resource("role-nouns.tsv").rows().stream().map(r -> r.get(0)).toList());
        this.isName = isName;
    }

    /** Adds to {@code names} (start → name) each name found after a role word and before a verb of speech. */
    void find(ArticleText t, Map<Integer, String> names) {
        String s = t.text();
        for (int i = 0; i < s.length(); i++) {
            String role = roles.longestAt(s, i);
            if (role == null) {
                continue;
            }
            int j = i + role.length();
            String name = nameBefore(t, j, true);
            if (name != null) {
                names.putIfAbsent(j, name);
            }
            i = j - 1;
        }
    }

    /** The longest role word starting at i, or null (来自某公司的职工志愿者王某: the role between body and name). */
    String roleAt(String s, int i) {
        return roles.longestAt(s, i);
    }

    /** The name starting at j and ending right before a verb of speech: a surname and one or two characters. */
    String nameBeforeSpeech(ArticleText t, int j) {
        return nameBefore(t, j, false);
    }

    /** The name starting at j and ending right before a verb of speech, or (when {@code home}) before 家中/家里. */
    private String nameBefore(ArticleText t, int j, boolean home) {
        String s = t.text();
        int sl = lexicon.surnameLength(s.substring(j, Math.min(s.length(), j + 2)));
        if (sl == 0) {
            return null;
        }
        for (int len = sl + 1; len <= sl + 2 && j + len < s.length(); len++) {
            int end = j + len;
            String cand = s.substring(j, end);
            if ((speechAt(t, end) || home && homeAt(t, end)) && isName.test(cand) && PARTICLES.indexOf(cand.charAt(cand.length() - 1)) < 0
                    && noOtherWords(t, j, end)) {
                return cand;
            }
        }
        return null;
    }

    /** Whether a word for a home starts at i as a word of its own (家中, not 家中心). */
    private static boolean homeAt(ArticleText t, int i) {
        Token tok = t.tokenAt(i);
        return tok != null && tok.start() == i && HOME.contains(tok.word());
    }

    /** Whether a verb of speech starts at i as a word of its own (说, not 说起 or 说明). */
    private static boolean speechAt(ArticleText t, int i) {
        String s = t.text();
        Token tok = t.tokenAt(i);
        return tok != null && tok.start() == i
                && SPEECH.stream().anyMatch(v -> s.startsWith(v, i) && tok.end() <= i + v.length());
    }

    /**
     * Whether no word the segmenter reads wholly inside [from, to) is one a name cannot hold: a time (周末), a pronoun,
     * a numeral, an adjective, an adverb or a function word. Its person tags and word boundaries are not trusted here:
     * it tags 高兴地 as a name and cuts 快递员马春生 as 快递/员马/春/生.
     */
    private static boolean noOtherWords(ArticleText t, int from, int to) {
        return t.tokensIn(from, to).stream().noneMatch(tok -> tok.nature().equals("t") || tok.isFunctionWord()
                || tok.nature().startsWith("m") || tok.nature().startsWith("a") || tok.nature().startsWith("f")
                || tok.nature().startsWith("w"));
    }
}
