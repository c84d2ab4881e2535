package org.unionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Villages (…村) and residential communities (…社区) by name: 不老屯镇燕落村, 走进前进村, 在新街口街道西四北社区. Both are
 * bodies with officials of their own (村党支部书记, 社区党委书记), so, as GUIDELINES says of villages whose officials are
 * named (唐大庄村), they are organisations of kind other; the town or district written before them is a place of its own
 * and not part of the name (the gold names 燕落村, not 不老屯镇燕落村). A village is also where an event went when the text
 * says so (走进不老屯镇燕落村): the event finder takes it like any body after a place word.
 *
 * <p>村 and 社区 end too many common words (乡村, 农村, 社区卫生服务中心, 社区居民) to be a suffix of the usual kind, so a
 * name is taken only where its start is clear: right after a district or town (the usual address), or after a word
 * that says where someone went (走进, 来到, 在) when every word of the name is a noun. Thread-safe.
 */
final class VillageNames implements MentionFinder {
    private static final List<String> ENDINGS = List.of("社区", "村");
    /** What may follow 村/社区 in a longer word that is not the village's name (村民, 社区卫生服务中心, 村庄). */
    private static final List<String> NOT_AFTER = List.of("民", "庄", "镇", "落", "级", "道", "路", "口", "里", "寨",
            "卫生", "服务中心", "服务站", "医院", "医疗", "居民", "工作", "养老", "食堂", "书屋", "文化", "党群", "干部", "两委", "振兴");
    /** Words after which a name says where someone went or where something happened. */
    private static final List<String> MARKERS = List.of("走进", "来到", "前往", "深入", "走访", "赴", "到", "在", "进");
    /** The first characters of common words that end in 村 or 社区 (乡村, 农村, 山村, 各社区, 全村). */
    private static final Set<Character> NOT_LAST = Set.of('乡', '农', '山', '全', '各', '本', '该', '此', '城', '新', '驻',
            '进', '入', '个', '些', '的');
    private static final int MAX_STEM = 4;

    private final Lexicon lexicon;

    VillageNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<Mention> find(ArticleText t) {
        String s = t.text();
        List<Mention> out = new ArrayList<>();
        for (String ending : ENDINGS) {
            for (int ss = s.indexOf(ending); ss >= 0; ss = s.indexOf(ending, ss + 1)) {
                int e = ss + ending.length();
                final int end = e;
                if (ending.equals("村") && s.startsWith("社区", ss - 2)) {
                    continue;
                }
                if (NOT_AFTER.stream().anyMatch(w -> s.startsWith(w, end))) {
                    continue;
                }
                Mention m = nameEndingAt(t, ss, e);
                if (m != null) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private Mention nameEndingAt(ArticleText t, int ss, int e) {
        String s = t.text();
        for (int len = MAX_STEM; len >= 2; len--) {
            int b = ss - len;
            if (b < 0) {
                continue;
            }
            String stem = s.substring(b, ss);
            if (!stem.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    || NOT_LAST.contains(stem.charAt(stem.length() - 1)) || lexicon.isGenericName(stem)
                    || lexicon.isStopWord(stem)) {
                continue;
            }
            boolean afterPlace = placeEndsAt(s, b);
            // a numeral opens some villages' names (某某镇六渡河村: 六|渡河|村); right after its town, with no measure
            // word and no digit, it is part of the name, not a count (某镇3个村)
            boolean namedNumeral = afterPlace && stem.chars().noneMatch(Character::isDigit);
            if (t.tokensIn(b, ss).stream().anyMatch(tok -> lexicon.isStopWord(tok.word()) || tok.isFunctionWord()
                    || tok.nature().startsWith("m") && !namedNumeral || tok.nature().startsWith("q"))) {
                continue;
            }
            boolean afterMarker = !afterPlace && MARKERS.stream().anyMatch(w -> s.startsWith(w, b - w.length()))
                    && t.tokensIn(b, ss).stream().allMatch(tok -> tok.start() >= b && (tok.nature().startsWith("n") || tok.isProper())
                    && !tok.nature().equals("nnt"));
            if (afterPlace || afterMarker) {
                String name = s.substring(b, e);
                return new Mention(MentionType.ORGANIZATION, name, name, b, e);
            }
        }
        return null;
    }

    /** Whether a district or town ends right at b (不老屯镇|燕落村, 西城区|…社区). */
    private boolean placeEndsAt(String s, int b) {
        for (String town : lexicon.subdistricts()) {
            if (b >= town.length() && s.startsWith(town, b - town.length())) {
                return true;
            }
        }
        for (String form : lexicon.districtForms()) {
            if (form.endsWith("区") && b >= form.length() && s.startsWith(form, b - form.length())) {
                return true;
            }
        }
        return false;
    }
}
