package org.unionkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds honours by their shape, a place then an honour word in quotes (“大兴工匠”, “门头沟区劳动模范”), so that each
 * district's craftsman title is recognised without being listed first; unquoted, such words are often no title
 * (朝阳区劳模工匠进校园). Listed honours (honours.tsv) are found by the gazetteer,
 * which wins a tie. The words are in {@code honour-shapes.tsv}. Thread-safe.
 */
final class HonourShapes implements MentionFinder {
    /** A verb of winning (and a year) right before an unquoted honour. */
    private static final java.util.regex.Pattern WON = java.util.regex.Pattern.compile(
            "(?:获评|荣获|获得|被评为|被授予|授予)(?:(?:19|20)\\d\\d年度?)?$");
    /** A verb of winning anywhere before a coined honour in its clause (此次获评的“…”). */
    private static final java.util.regex.Pattern WON_IN_CLAUSE = java.util.regex.Pattern.compile("获评|荣获|被评为|授予|获得");
    /** The edition of a title right before its quote (第二届“…”): a title conferred in rounds. */
    private static final java.util.regex.Pattern EDITION = java.util.regex.Pattern.compile("第[\\d一二三四五六七八九十]+届$");
    /** The length of a local name before a coined head (运河, 长城). */
    private static final int LOCAL_NAME = 2;
    private final WordIndex places;
    private final List<String> heads;
    /** Heads that may follow a local name that is no place (“运河工匠”): see {@link #coinedAt}. */
    private final List<String> coinedHeads;
    /** Heads of honours that go to a body or a team (工人先锋号, 模范集体). */
    private final Set<String> collectiveHeads;

    HonourShapes(Lexicon lexicon) {
        LexiconTable table = LexiconTable.resource("honour-shapes.tsv");
        int part = table.index("part");
        Set<String> stems = new LinkedHashSet<>(lexicon.districtForms());
        stems.addAll(lexicon.subdistricts());
        lexicon.outsidePlaceForms().stream()
                .filter(f -> !"country".equals(lexicon.outsidePlace(f).orElseThrow().kind())).forEach(stems::add);
        table.rows().stream().filter(r -> "scope".equals(r.get(part))).forEach(r -> stems.add(r.get(0)));
        this.places = new WordIndex(stems);
        this.heads = table.rows().stream().filter(r -> parts(r.get(part)).contains("head")).map(r -> r.get(0))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.coinedHeads = table.rows().stream().filter(r -> parts(r.get(part)).contains("coined")).map(r -> r.get(0))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        int awardee = table.index("awardee");
        this.collectiveHeads = table.rows().stream().filter(r -> parts(r.get(part)).contains("head") && "collective".equals(r.get(awardee)))
                .map(r -> r.get(0)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static List<String> parts(String cell) {
        return List.of(cell.split("\\|"));
    }

    /** The heads of honours that go to a person (工匠, 劳动模范, 劳动奖章 …, not 工人先锋号), longest first. */
    private static final List<String> PERSON_HEADS = personHeads();

    private static List<String> personHeads() {
        LexiconTable table = LexiconTable.resource("honour-shapes.tsv");
        int part = table.index("part");
        int awardee = table.index("awardee");
        return table.rows().stream().filter(r -> parts(r.get(part)).contains("head") && !"collective".equals(r.get(awardee)))
                .map(r -> r.get(0)).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Whether a quoted title ends in the head of an honour that goes to a person (“平谷工匠”, “门头沟区劳动模范”). */
    static boolean personHeaded(String title) {
        return PERSON_HEADS.stream().anyMatch(h -> title.endsWith(h) && title.length() > h.length());
    }

    /** Whether an honour known only by its shape goes to a body (“北京市工人先锋号”): its head says so. */
    boolean collective(String honour) {
        return collectiveHeads.stream().anyMatch(honour::endsWith);
    }

    @Override
    public List<Mention> find(ArticleText t) {
        String s = t.text();
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            // the place first: it starts at few offsets, and the verb test below is a regex over the 12 characters
            // before (it was a tenth of the pipeline's time run at every offset); a quote may still open a coined title
            List<String> placesHere = places.at(s, i);
            boolean quoted = i > 0 && s.charAt(i - 1) == '“';
            if (placesHere.isEmpty() && !quoted) {
                continue;
            }
            // only a title in quotes is an honour by its shape (朝阳区劳模工匠进校园 names none), or one written right
            // after a verb of winning (获评昌平区劳动模范, 荣获2025年度门头沟区先进工作者)
            boolean placeTitle = !placesHere.isEmpty()
                    && (quoted || WON.matcher(s.substring(Math.max(0, i - 12), i)).find());
            for (String place : placeTitle ? placesHere : List.<String>of()) {
                String head = headAt(s, i + place.length());
                int end = head == null ? -1 : i + place.length() + head.length();
                boolean closed = head != null && (quoted ? s.startsWith("”", end)
                        : end == s.length() || ArticleText.isClauseMark(s.charAt(end)) || s.startsWith("称号", end)
                        || s.startsWith("荣誉", end) || s.charAt(end) == '和' || s.charAt(end) == '等');
                if (closed) {
                    String name = place + head;
                    out.add(new Mention(MentionType.HONOUR, name, name, i, i + name.length()));
                    break;
                }
            }
            if (quoted && (out.isEmpty() || out.get(out.size() - 1).start() != i)) {
                String coined = coinedAt(t, i);
                if (coined != null) {
                    out.add(new Mention(MentionType.HONOUR, coined, coined, i, i + coined.length()));
                }
            }
        }
        return out;
    }

    /**
     * A quoted title of a local name that is no place and a coined head (“运河工匠”), at i right after the opening
     * quote: two Han characters then the head and the closing quote, taken only where the text says it is won or held:
     * a verb of winning earlier in the clause or 第N届 right before the quote, or 称号 or 获得者 right after it.
     */
    private String coinedAt(ArticleText t, int i) {
        String s = t.text();
        for (String head : coinedHeads) {
            int end = i + LOCAL_NAME + head.length();
            if (end >= s.length() || !s.startsWith(head, i + LOCAL_NAME) || s.charAt(end) != '”'
                    || !s.substring(i, i + LOCAL_NAME).codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue;
            }
            String before = s.substring(t.clauseStart(i - 1), i - 1);
            String after = s.substring(end + 1, Math.min(s.length(), end + 5));
            if (WON_IN_CLAUSE.matcher(before).find() || EDITION.matcher(before).find()
                    || after.startsWith("称号") || after.startsWith("荣誉称号") || after.startsWith("获得者")) {
                return s.substring(i, end);
            }
        }
        return null;
    }

    private String headAt(String s, int at) {
        for (String h : heads) {
            if (s.startsWith(h, at)) {
                return h;
            }
        }
        return null;
    }
}
