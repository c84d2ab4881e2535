package org.unionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places outside Beijing written as an address chain after a province or city the list knows:
 * 河北省保定市涞水县三坡镇 → 保定市 (a city), 涞水县 (a county, within 保定市), 三坡镇 (a town, within 涞水县). The list
 * cannot hold every city, county and town of China, so the links are read by their shape (a short name and 市, 县
 * or 区; then a name and 镇 or 乡), and only right after a known place, the way one writes an address. The province
 * itself stays an address, not a place of the article (as in {@link UnionNames}); a town outside Beijing is a plain
 * place (kind town), not one of Beijing's subdistricts. Thread-safe.
 */
final class OutsidePlaceChains {
    /** A city, county or district: up to four characters and its ending (乌兰察布市, the shortest reading first). */
    private static final Pattern CITY_OR_COUNTY = Pattern.compile("^(\\p{IsHan}{1,4}?)(市|县|区)");
    private static final Pattern TOWN = Pattern.compile("^(\\p{IsHan}{1,4}?)(镇|乡)");
    /** Endings of a link; one written right after a link's own ending belongs to it (沙县 + 区 is 沙县区). */
    private static final String ENDINGS = "市县区";

    private final Lexicon lexicon;

    OutsidePlaceChains(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The place mentions of the chains that follow known outside places, their facts added to the draft. */
    List<Mention> read(ArticleText t, List<Mention> mentions, FactDraft draft) {
        List<Mention> out = new ArrayList<>();
        String s = t.text();
        for (String form : lexicon.outsidePlaceForms()) {
            Lexicon.OutsidePlace known = lexicon.outsidePlace(form).orElseThrow();
            // a province may open the chain by its listed short name (新疆和田地区墨玉县); a city only in full
            boolean opens = form.equals(known.name()) || "province".equals(known.kind());
            if (!opens || !("province".equals(known.kind()) || "city".equals(known.kind()))
                    || known.name().equals("北京市")) {
                continue;
            }
            for (int i = s.indexOf(form); i >= 0; i = s.indexOf(form, i + form.length())) {
                if (!form.equals(known.name()) && s.startsWith(known.name(), i)) {
                    continue; // 河北省…: read from the full name
                }
                chain(t, mentions, draft, known, i, i + form.length(), out);
            }
        }
        return out;
    }

    /**
     * The links after the known place written at [from, end). The first link's mention opens with a province
     * (河北省保定市: the address is written with the name, so a place word before it, 赴, still stands right before it).
     */
    private void chain(ArticleText t, List<Mention> mentions, FactDraft draft, Lexicon.OutsidePlace known, int from,
            int end, List<Mention> out) {
        String s = t.text();
        String within = "province".equals(known.kind()) ? null : known.name();
        int at = end;
        boolean town = false;
        // inside a body's name (福建省某市某区总工会) the name vouches for the links; the segmenter's words do not
        Mention body = mentions.stream().filter(m -> m.start() == from && m.end() > end
                && (m.type() == MentionType.UNION || m.type() == MentionType.ORGANIZATION)).findFirst().orElse(null);
        while (at < s.length() && !town) {
            String rest = s.substring(at, Math.min(s.length(), at + 7));
            Matcher c = CITY_OR_COUNTY.matcher(rest);
            Matcher w = TOWN.matcher(rest);
            int cityEnd = c.find() ? c.end() + (c.end() < rest.length() && ENDINGS.indexOf(rest.charAt(c.end())) >= 0 ? 1 : 0) : -1;
            boolean inBody = body != null && at < body.end();
            Matcher link = cityEnd > 0 && (inBody || plain(t, at, at + cityEnd)) ? c
                    : w.find() && (inBody || plain(t, at, at + w.end())) ? w : null;
            int linkEnd = link == c ? cityEnd : link == null ? -1 : w.end();
            if (link == null || overlapsName(mentions, from, at, at + linkEnd)) {
                break;
            }
            String name = rest.substring(0, linkEnd);
            town = link == w;
            String kind = town ? "town" : link.group(2).equals("市") ? "city" : "district";
            draft.place(new PlaceFact(name, kind, within));
            int open = within == null ? from : at;
            out.add(new Mention(MentionType.PLACE, s.substring(open, at + name.length()), name, open, at + name.length()));
            within = name;
            at += name.length();
        }
        // the body's seat is the last link, not the province its reading stopped at (its ukg:locatedIn)
        OrgFact f = body == null || within == null ? null : draft.orgs.get(body.canonical());
        if (f != null && "province".equals(known.kind()) && known.name().equals(f.place())) {
            draft.orgs.put(f.name(), new OrgFact(f.type(), f.name(), f.altLabels(), f.parent(), f.employer(), f.level(),
                    f.kind(), within));
        }
    }

    /** No verb or function word inside the link (天津市举办区… is no place). */
    private static boolean plain(ArticleText t, int start, int end) {
        Token last = t.tokenAt(end - 1);
        return t.tokensIn(start, end).stream().noneMatch(tok -> tok.isVerb() || tok.isFunctionWord())
                && (last == null || last.end() == end);
    }

    /**
     * The link would cut into a name found already. A body's name that opens with the chain's known place is no
     * obstacle: its leading part is its seat's address (福建省某市某区总工会 names the city and the district, GUIDELINES,
     * places), so links are read inside it up to its own ending.
     */
    private static boolean overlapsName(List<Mention> mentions, int chainStart, int start, int end) {
        return mentions.stream().anyMatch(m -> m.start() < end && m.end() > start
                && !(m.start() == chainStart && end < m.end()
                        && (m.type() == MentionType.UNION || m.type() == MentionType.ORGANIZATION)));
    }
}
