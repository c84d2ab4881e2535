package org.unionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Venues the name's ending does not give away, read from two frames. 在<name><verb> (在百草园开展, 在首钢园开赛): a
 * short stretch between 在 and an event verb that does not read as a phrase (在全区范围内开展). And 在<name>， opening
 * a sentence (在某某镇环卫中心，工会主席为环卫工人送上慰问品): the scene of what follows, taken only when the stretch opens
 * with a district or town, the way a site is written. A stretch that opens with a place the gazetteer found and goes
 * on with a plain noun (在某某街道职工书屋举办) is one venue, the place its address; a stretch written with a
 * quantifier (在某某科学城一处建筑工地开展) names only what comes before it, the rest being no name; so does one
 * written with a room or floor of the site (在某某科技园多功能厅举行 names 某某科技园). A framed name the
 * text also writes right before an organising word (某某管理处承办) acts: it is an organisation, not a venue. The
 * modifier ending in 的 may stand between 在 and the name (在位于某某街道的某某科创城举办, 在辖区内的某某公园举办). The
 * frame words are {@code venue-frames.tsv}, the organising words {@code host-markers.tsv}. A park's district branch
 * (某某科技园区海淀园) extends the park's name; a quoted name before a scheme's word (“某某驿站”联盟) or after a quantifier (一批“某某驿站”) is no venue.
 * Thread-safe.
 */
final class FramedVenues {
    private static final int MAX_NAME = 12;
    /** The longest place a modifier (位于某某街道的) holds between 在 and the name. */
    private static final int MAX_MODIFIER = 10;
    /** What a name cannot hold (punctuation, 在, 的, 了). */
    private static final String NOT_IN_NAME = "，。、；：“”《》（）在的了 \n";

    private final Pattern frame;
    private final WordIndex verbs;
    private final List<String> notStart;
    private final List<String> notEnd;
    private final List<String> cuts;
    private final List<String> brands;
    /** Quantifiers before a quoted name that make it a kind (一批“某某驿站”), not a venue. */
    private final List<String> kinds;
    private final List<String> organiseWords;
    /** Districts' short forms (房山, 海淀): what names the branches of a park (某某科技园区房山园). */
    private final WordIndex districtStems;
    /** Verbs the segmenter may join to a venue's name before the frame verb (某某公园组织开展). */
    private final List<String> trails;
    /** Verbs of going to a site (走进, 来到), longest first. */
    private final List<String> travels;
    private final Lexicon lexicon;
    private final CountyNames counties;

    FramedVenues(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.counties = new CountyNames(lexicon);
        this.districtStems = new WordIndex(lexicon.districtForms().stream().filter(f -> !f.endsWith("区")).toList());
        LexiconTable t = LexiconTable.resource("venue-frames.tsv");
        List<String> verbs = words(t, "verb");
        this.verbs = new WordIndex(verbs);
        this.notStart = words(t, "not-start");
        this.notEnd = words(t, "not-end");
        // a room of a venue (某某科技园多功能厅) ends the name as a quantifier does: the venue is the site before it
        this.cuts = java.util.stream.Stream.concat(words(t, "cut").stream(), words(t, "room").stream()).toList();
        this.brands = words(t, "brand");
        this.kinds = words(t, "kind");
        this.trails = words(t, "trail");
        this.travels = words(t, "travel").stream().sorted((a, b) -> b.length() - a.length()).toList();
        LexiconTable hosts = LexiconTable.resource("host-markers.tsv");
        int w = hosts.index("word");
        int r = hosts.index("role");
        this.organiseWords = hosts.rows().stream().filter(row -> row.get(r).equals("organises")).map(row -> row.get(w)).toList();
        // 在位于某某街道的某某园举办, 在辖区内的某某公园举办: a modifier ending in 的 may stand between 在 and the name
        String modifier = words(t, "modifier").stream().map(Pattern::quote)
                .collect(Collectors.joining("|", "((?:", ")[^，。、；：“”《》（）\\s在的了]{0," + MAX_MODIFIER + "}?的)?"));
        this.frame = Pattern.compile("在" + modifier + "([^，。、；：“”《》（）\\s在的了]{2," + MAX_NAME + "}?)(?:"
                + verbs.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")");
    }

    /** The next 在 at or after {@code from} with a frame verb where the frame can put one, or -1. */
    private int nextFrame(String s, int from) {
        for (int i = s.indexOf('在', from); i >= 0; i = s.indexOf('在', i + 1)) {
            for (int v = i + 3; v <= i + 1 + MAX_NAME + MAX_MODIFIER + 3 && v < s.length(); v++) {
                if (verbs.longestAt(s, v) != null) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static List<String> words(LexiconTable t, String role) {
        int w = t.index("word");
        int r = t.index("role");
        return t.rows().stream().filter(row -> role.equals(row.get(r))).map(row -> row.get(w)).toList();
    }

    /** {@code found} with a mention for each framed name that no finder named as a whole. */
    List<Mention> add(ArticleText t, List<Mention> found) {
        String s = t.text();
        // “某某驿站”联盟: a quoted name before a scheme's word names the scheme, not a venue
        // 再布局一批“某某驿站”: a quoted name after a quantifier is a kind of station, not one named station
        List<Mention> out = new ArrayList<>(found.stream().filter(v -> !(v.type() == MentionType.VENUE
                && v.start() > 0 && s.charAt(v.start() - 1) == '“' && v.end() < s.length() && s.charAt(v.end()) == '”'
                && (brands.stream().anyMatch(b -> s.startsWith(b, v.end() + 1))
                        || kinds.stream().anyMatch(k -> v.start() - 1 >= k.length() && s.startsWith(k, v.start() - 1 - k.length())))))
                .toList());
        Matcher m = frame.matcher(s);
        // a frame opens with 在: try the pattern only there (a regex scan of every article is costly)
        for (int i = nextFrame(s, 0); i >= 0 && m.find(i); i = nextFrame(s, m.end())) {
            int start = m.start(2);
            int end = m.end(2);
            // after a modifier (在辖区内的企业开展) a common noun is likely: only a proper name or a numbered site counts
            if (m.group(1) == null || t.tokensIn(start, end).stream().anyMatch(Token::isProper)
                    || s.substring(start, end).chars().anyMatch(Character::isDigit)) {
                framed(t, found, start, end, false).ifPresent(out::add);
            }
        }
        for (int i = s.indexOf('在'); i >= 0; i = s.indexOf('在', i + 1)) {
            if (i > 0 && s.charAt(i - 1) != '。' && s.charAt(i - 1) != '\n') {
                continue; // the scene frame opens a sentence
            }
            int comma = i + 1;
            while (comma < s.length() && comma <= i + 1 + MAX_NAME && NOT_IN_NAME.indexOf(s.charAt(comma)) < 0) {
                comma++;
            }
            if (comma < s.length() && s.charAt(comma) == '，' && comma - i - 1 >= 3) {
                framed(t, found, i + 1, comma, true).ifPresent(out::add);
            }
        }
        travelled(t, found, out);
        branches(s, out);
        return out.equals(found) ? found : CompositeFinder.longestFirst(out);
    }

    /**
     * 走进<name>， and 来到<name><frame verb>: the site a visit goes to, when no finder named it and the stretch
     * opens with a place the gazetteer found or holds a proper word that is not the whole stretch's place name
     * (来到某某园，; not 走进校园， nor 来到张家口， — a city is a place, not a venue; nor a county of another province).
     */
    private void travelled(ArticleText t, List<Mention> found, List<Mention> out) {
        String s = t.text();
        for (String verb : travels) {
            for (int i = s.indexOf(verb); i >= 0; i = s.indexOf(verb, i + verb.length())) {
                final int at = i;
                if (travels.stream().anyMatch(v -> v.length() > verb.length() && s.startsWith(v, at))) {
                    continue; // 参观了 is read as itself
                }
                int start = i + verb.length();
                int end = start;
                while (end < s.length() && end - start <= MAX_NAME && NOT_IN_NAME.indexOf(s.charAt(end)) < 0
                        && verbs.longestAt(s, end) == null) {
                    end++;
                }
                // a list after the verb (参观了职工乒乓球室、健身室) names rooms of the site visited, not sites
                boolean closed = end < s.length() && ("，。；".indexOf(s.charAt(end)) >= 0 || verbs.longestAt(s, end) != null);
                String stretch = s.substring(start, end);
                // 走进养老机构和社区: a visit to two kinds of place names neither
                if (!closed || end - start < 3 || end - start > MAX_NAME || counties.read(stretch).isPresent()
                        || stretch.contains("和") || stretch.contains("与") || stretch.contains("及")
                        || !namedOrAddressed(t, found, start, end)) {
                    continue;
                }
                framed(t, found, start, end, false).ifPresent(out::add);
            }
        }
    }

    /** Whether a place or a proper word opens at pos (北京|坊, 首钢): the start of a name of its own. */
    private boolean properAt(ArticleText t, int pos) {
        Token tok = t.tokenAt(pos);
        return !lexicon.anchorsAt(t.text(), pos).isEmpty()
                || tok != null && tok.start() == pos && (tok.nature().startsWith("ns") || tok.nature().startsWith("nz"));
    }

    private static boolean namedOrAddressed(ArticleText t, List<Mention> found, int start, int end) {
        boolean addressed = found.stream().anyMatch(f -> f.type() == MentionType.PLACE && f.start() == start && f.end() < end);
        Token first = t.tokenAt(start);
        return first != null && first.start() == start && (addressed || t.tokensIn(start, end).stream().anyMatch(tok ->
                tok.nature().startsWith("nt") || tok.nature().startsWith("nz") || tok.nature().startsWith("j")
                        || tok.nature().startsWith("ns") && (tok.start() > start || tok.end() < end)));
    }

    /**
     * A park's branch in a district is named by the park and the district's short form with 园 (中关村科技园区海淀园,
     * the parks' usual naming): a venue ending 园区 written right before 房山园 is that branch, one venue.
     */
    private void branches(String s, List<Mention> out) {
        for (int i = 0; i < out.size(); i++) {
            Mention v = out.get(i);
            if (v.type() != MentionType.VENUE || !v.text().endsWith("园区")) {
                continue;
            }
            String stem = districtStems.longestAt(s, v.end());
            int end = stem == null ? -1 : v.end() + stem.length();
            if (end > 0 && end < s.length() && s.charAt(end) == '园') {
                String name = s.substring(v.start(), end + 1);
                out.set(i, new Mention(MentionType.VENUE, name, name, v.start(), end + 1));
            }
        }
    }

    /** The name framed at [start, end), or empty when the stretch is a phrase or named already. */
    private java.util.Optional<Mention> framed(ArticleText t, List<Mention> found, int start, int end, boolean scene) {
        String s = t.text();
        for (String cut : cuts) {
            int k = s.indexOf(cut, start);
            if (k >= start + 2 && k < end) {
                end = k; // 某某科学城一处建筑工地: the name ends before the quantifier
            }
        }
        for (String trail : trails) {
            // 某某森林公园组织: the verb the segmenter joined to the name is no part of it
            Lexicon.Suffix v = end - trail.length() - start >= 3 && s.startsWith(trail, end - trail.length())
                    ? lexicon.suffixEndingAt(s, end - trail.length()) : null;
            if (v != null && v.type() == MentionType.VENUE) {
                end -= trail.length();
            }
        }
        int from = start;
        int to = end;
        String name = s.substring(start, end);
        if (phrase(name)) {
            return java.util.Optional.empty();
        }
        // places the gazetteer found at the stretch's start are its address (某某街道职工书屋)
        int rest = start;
        List<Mention> inside = found.stream().filter(f -> f.start() < to && from < f.end())
                .sorted(java.util.Comparator.comparingInt(Mention::start)).toList();
        for (Mention f : inside) {
            if (f.type() == MentionType.PLACE && f.start() == rest && f.end() < to) {
                rest = f.end();
            } else {
                return java.util.Optional.empty(); // named already, or cut by a name
            }
        }
        boolean addressed = rest > start;
        if (scene && !addressed) {
            return java.util.Optional.empty();
        }
        if (addressed && (to - rest < 2 || phrase(s.substring(rest, to)) || !plain(t, rest, to))) {
            return java.util.Optional.empty();
        }
        if (addressed && properAt(t, rest)) {
            // 某某街道北京坊某某港湾: a proper name after the address is the venue's own name, the address its place
            start = rest;
            name = s.substring(rest, end);
        }
        MentionType type = acts(s, name) ? MentionType.ORGANIZATION : MentionType.VENUE;
        return java.util.Optional.of(new Mention(type, name, name, start, end));
    }

    private boolean phrase(String name) {
        return notStart.stream().anyMatch(name::startsWith) || notEnd.stream().anyMatch(name::endsWith);
    }

    /** The text writes the name right before an organising word somewhere (某某管理处承办). */
    private boolean acts(String s, String name) {
        for (int i = s.indexOf(name); i >= 0; i = s.indexOf(name, i + 1)) {
            int e = i + name.length();
            if (organiseWords.stream().anyMatch(w -> s.startsWith(w, e))) {
                return true;
            }
        }
        return false;
    }

    /** No verb or function word in the stretch, and it ends where a word ends (在延庆区广泛开展 is no venue). */
    private static boolean plain(ArticleText t, int start, int end) {
        Token last = t.tokenAt(end - 1);
        return t.tokensIn(start, end).stream().noneMatch(tok -> tok.isVerb() || tok.isFunctionWord())
                && (last == null || last.end() == end);
    }
}
