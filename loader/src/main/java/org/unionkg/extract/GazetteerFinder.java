package org.unionkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds names the lexicon lists: union bodies with fixed names (市总工会), honours, districts, subdistricts and
 * places outside Beijing. Longest match first, left to right. Short district forms (朝阳) are not matched: they
 * occur inside too many other words (朝阳工匠, 匠心朝阳). Thread-safe.
 */
public final class GazetteerFinder implements MentionFinder {
    private record Entry(MentionType type, String canonical) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final WordIndex forms;

    public GazetteerFinder(Lexicon lexicon) {
        for (String d : lexicon.districtForms()) {
            String full = lexicon.district(d).orElseThrow();
            if (d.equals(full) || d.endsWith("区")) {
                entries.put(d, new Entry(MentionType.PLACE, full));
            }
        }
        lexicon.subdistricts().forEach(s -> entries.put(s, new Entry(MentionType.PLACE, s)));
        for (String form : lexicon.outsidePlaceForms()) {
            Lexicon.OutsidePlace p = lexicon.outsidePlace(form).orElseThrow();
            // Beijing and China are everywhere in the paper; naming them is no fact worth a mention. A province
            // (河北省涿州市) is the address of the place it opens, not a place the article is about.
            if (form.equals(p.name()) && !p.name().equals("北京市") && !p.kind().equals("country")
                    && !p.kind().equals("province")) {
                entries.put(form, new Entry(MentionType.PLACE, p.name()));
            }
        }
        lexicon.knownUnionForms().forEach(f -> entries.put(f, new Entry(MentionType.UNION, lexicon.knownUnion(f).orElseThrow().name())));
        lexicon.honourForms().forEach(f -> entries.put(f, new Entry(MentionType.HONOUR, lexicon.honour(f).orElseThrow().name())));
        forms = new WordIndex(entries.keySet());
    }

    @Override
    public List<Mention> find(ArticleText text) {
        List<Mention> out = new ArrayList<>();
        String s = text.text();
        int i = 0;
        while (i < s.length()) {
            String hit = forms.longestAt(s, i);
            if (hit == null) {
                i++;
                continue;
            }
            Entry e = entries.get(hit);
            out.add(new Mention(e.type(), hit, e.canonical(), i, i + hit.length()));
            i += hit.length();
        }
        return out;
    }
}
