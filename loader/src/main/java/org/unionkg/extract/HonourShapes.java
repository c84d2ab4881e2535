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
    private final WordIndex places;
    private final List<String> heads;
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
        this.heads = table.rows().stream().filter(r -> "head".equals(r.get(part))).map(r -> r.get(0))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        int awardee = table.index("awardee");
        this.collectiveHeads = table.rows().stream().filter(r -> "head".equals(r.get(part)) && "collective".equals(r.get(awardee)))
                .map(r -> r.get(0)).collect(java.util.stream.Collectors.toUnmodifiableSet());
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
            // before (it was a tenth of the pipeline's time run at every offset)
            List<String> placesHere = places.at(s, i);
            if (placesHere.isEmpty()) {
                continue;
            }
            boolean quoted = i > 0 && s.charAt(i - 1) == '“';
            // only a title in quotes is an honour by its shape (朝阳区劳模工匠进校园 names none), or one written right
            // after a verb of winning (获评昌平区劳动模范, 荣获2025年度门头沟区先进工作者)
            if (!quoted && !WON.matcher(s.substring(Math.max(0, i - 12), i)).find()) {
                continue;
            }
            for (String place : placesHere) {
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
        }
        return out;
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
