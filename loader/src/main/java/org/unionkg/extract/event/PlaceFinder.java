package org.unionkg.extract.event;

import org.unionkg.extract.Mention;
import org.unionkg.extract.MentionType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where an event took place: names right after a place marker ({@code place-markers.tsv}); else a place named in the
 * lead sentence. {@link #districtOf} gives the district an organiser's name starts with ({@code districts.tsv}).
 * Immutable and thread-safe.
 */
final class PlaceFinder {
    /** 到 as the second half of a verb (得到, 受到 …) is no place marker. */
    /** What joins the names of a list: 参观了甲公司、乙公司和丙职工之家. */
    private static final java.util.Set<String> LIST_JOINERS = java.util.Set.of("、", "和", "及", "以及", "与");
    /** The note that gives a body's short name: （以下简称“美团”）. */
    private static final java.util.regex.Pattern SHORT_NAME_NOTE = java.util.regex.Pattern.compile("（以下简称“[^”]{1,12}”）");
    static final String VERB_BEFORE_DAO = "得受感达看听学提遇收想做送";

    /** @param scope lead, motion or headline (a marker read in headlines only: 来房山区交流) */
    private record Marker(String word, String scope) {
        boolean motion() {
            return scope.equals("motion");
        }

        boolean inBody() {
            return !scope.startsWith("headline");
        }
    }

    private final List<Marker> markers;
    /**
     * Words that open a modifier written between a place marker and the name (走进位于某某镇的某某园, 在辖区内的某某公园):
     * the name still takes the marker, and a place in the modifier is the name's address, not a place of the event.
     */
    private final List<String> modifiers;
    /** Every form a canonical name may start with → the district's canonical name, longest forms first. */
    private final List<Map.Entry<String, String>> districtForms;
    private final HeadlinePlaces headlinePlaces;
    /** The verbs of holding that close a 在 frame (举行, 举办 …: {@code venue-frames.tsv}, role verb). */
    private final org.unionkg.extract.WordIndex heldVerbs;
    /** Rooms a village or community keeps (在村委会会议室) → how the owning body's name ends ({@code own-rooms.tsv}). */
    private final List<Map.Entry<String, String>> ownRooms;

    private PlaceFinder(List<Marker> markers, List<Map.Entry<String, String>> districtForms) {
        this.markers = markers.stream().filter(m -> !m.scope().equals("modifier")).toList();
        this.modifiers = markers.stream().filter(m -> m.scope().equals("modifier")).map(Marker::word)
                .sorted((a, b) -> b.length() - a.length()).toList();
        this.districtForms = districtForms.stream()
                .sorted((a, b) -> b.getKey().length() - a.getKey().length()).toList();
        org.unionkg.extract.LexiconTable frames = org.unionkg.extract.LexiconTable.resource("venue-frames.tsv");
        int role = frames.index("role");
        this.heldVerbs = new org.unionkg.extract.WordIndex(frames.rows().stream().filter(r -> r.get(role).equals("verb"))
                .map(r -> r.get(frames.index("word"))).toList());
        this.ownRooms = Lexicon.rows("own-rooms.tsv", 2).stream().map(r -> Map.entry(r[0], r[1]))
                .sorted((a, b) -> b.getKey().length() - a.getKey().length()).toList();
        this.headlinePlaces = new HeadlinePlaces(this.markers.stream().map(Marker::word).toList(),
                org.unionkg.extract.Lexicon.standard());
    }

    static PlaceFinder load() {
        List<Marker> markers = Lexicon.rows("place-markers.tsv", 2).stream()
                .map(r -> new Marker(r[0], r[1])).toList();
        List<Map.Entry<String, String>> forms = new ArrayList<>();
        for (String[] r : Lexicon.rows("districts.tsv", 1)) {
            forms.add(Map.entry(r[0], r[0]));
            if (r.length > 1 && !r[1].isEmpty()) {
                Arrays.stream(r[1].split(",")).map(String::strip).forEach(f -> forms.add(Map.entry(f, r[0])));
            }
        }
        return new PlaceFinder(markers, forms);
    }

    /**
     * @param lead      the lead sentence
     * @param sentences the main event's sentences (the lead among them)
     */
    List<Mention> find(String headline, String body, TextSpan lead, List<TextSpan> sentences, List<Mention> sorted,
                       List<Mention> organisers) {
        List<Mention> places = new ArrayList<>(headlinePlaces.find(headline));
        List<Mention> visited = new ArrayList<>();
        for (TextSpan s : sentences) {
            boolean isLead = s.equals(lead);
            Mention lastFit = null;
            List<Mention> named = Mentions.within(sorted, s, Mentions.PLACE_LIKE);
            for (int i = 0; i < named.size(); i++) {
                Mention first = named.get(i);
                // 走进位于某某镇的某某园: the name after the modifier takes the marker before it
                int modifier = modifierStart(body, first.start(), s.start(), named);
                int from = modifier >= 0 ? modifier : first.start();
                Optional<Marker> marker = markerBefore(body, from, s.start());
                // 参观了北京市沐林教育矫治所、北京市未成年犯管教所 (or …和…): a list takes the marker of its first name
                boolean listed = lastFit != null && lastFit.end() <= from
                        && LIST_JOINERS.contains(body.substring(lastFit.end(), from));
                // 来到海淀区学院路街道“暖蜂驿站”: names written together are one place, the last; the others its address
                int last = chainEnd(body, named, i);
                Mention written = named.get(last);
                // 来到某某公司（以下简称“某某”）位于某某软件园的办公区: the body's site there is the place, not the body
                Mention located = siteOf(body, written, named);
                Mention m = located != null ? located : written;
                // 走进某某街道的某某物流基地: a place written with 的 before the next name is that name's address
                if (located == null && last + 1 < named.size() && m.type() == MentionType.PLACE && m.end() < body.length()
                        && body.charAt(m.end()) == '的' && named.get(last + 1).start() == m.end() + 1) {
                    i = last;
                    continue;
                }
                // 在门头沟区大峪街道，…: a scene set by a place and its district opens the sentence's clause; so does
                // any name right after the 在 that opens a sentence (在某某物业公司，调研组与职工座谈): a stop of the event
                boolean comma = m.end() < body.length() && body.charAt(m.end()) == '，';
                boolean opens = marker.isPresent() && first.start() - marker.get().word.length() == s.start()
                        && marker.get().word.equals("在");
                boolean scene = comma && (last > i || opens);
                // 比赛在某某中学举行 in a later sentence: 在, the name, then the verb of holding says where the event was
                boolean held = marker.isPresent() && marker.get().word.endsWith("在") && heldVerbs.longestAt(body, m.end()) != null;
                boolean fits = marker.isPresent() && (isLead || marker.get().motion() || m.type() == MentionType.VENUE || scene || held)
                        || listed;
                if (fits && places.stream().noneMatch(p -> p.canonical().equals(m.canonical()))) {
                    places.add(m);
                    // later on, a union gone to is a host too (走访了某某镇总工会和…); a company gone to is a site
                    boolean host = isLead ? Mentions.BODIES.contains(m.type())
                            : m.type() == MentionType.UNION && marker.isPresent() && marker.get().motion();
                    if (host) {
                        visited.add(m);
                    }
                }
                lastFit = fits ? m : lastFit != null && lastFit.end() > m.start() ? lastFit : null;
                i = located != null ? named.indexOf(located) : last;
            }
            if (isLead) {
                roomOwner(body, s, sorted).filter(o -> places.stream().noneMatch(p -> p.canonical().equals(o.canonical())))
                        .ifPresent(places::add);
            }
        }
        // 劳模讲堂开进某某医院, 宣讲走进某某公司: a body or venue the headline goes to, named in the body too, is the host
        for (Mention h : headlineHosts(headline, sorted)) {
            if (places.stream().noneMatch(p -> Mentions.sameEntity(p, h) || p.canonical().equals(h.canonical()))) {
                places.add(h);
                if (Mentions.BODIES.contains(h.type())) {
                    visited.add(h);
                }
            }
        }
        // a body visited or hosting in the lead (X一行来到Y总工会), or a union visited later, is the place only when the event names no more
        // specific one: a venue named for it wins (…来到Y总工会，实地参观Y职工之家), GUIDELINES, events, places
        if (places.stream().anyMatch(p -> p.type() == MentionType.VENUE)) {
            places.removeAll(visited);
        }
        // no fallback to the organiser's district nor to a district the lead names without a place word
        // (通州区…报告会召开, 朝阳区医疗卫生机构…竞赛: the scope, not the site): where an event happened is a fact
        // only when the text says it; the organiser's seat is in the graph already (its ukg:locatedIn)
        return places;
    }

    /**
     * The district an organisation's canonical name starts with (朝阳区东湖街道总工会 → 朝阳区), as a PLACE mention
     * spanning the district's part of the organiser's mention (or the whole of it, when the text uses a short form
     * such as 东湖街道总工会), since that is where the text says it. {@link #find} prefers the article's own mention
     * of the district when there is one.
     */
    Optional<Mention> districtOf(Mention organiser) {
        for (Map.Entry<String, String> f : districtForms) {
            if (organiser.canonical().startsWith(f.getKey()) && organiser.canonical().length() > f.getKey().length()) {
                String district = f.getValue();
                String written = districtForms.stream() // 经开区总工会 says the district as 经开区
                        .filter(g -> g.getValue().equals(district) && organiser.text().startsWith(g.getKey()))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
                String text = written != null ? written : organiser.text();
                int end = written != null ? organiser.start() + written.length() : organiser.end();
                return Optional.of(new Mention(MentionType.PLACE, text, district, organiser.start(), end));
            }
        }
        return Optional.empty();
    }

    /** The index of the last name of the chain written together from index i (海淀区学院路街道“暖蜂驿站”). */
    private static int chainEnd(String body, List<Mention> named, int i) {
        int j = i;
        while (j + 1 < named.size()) {
            Mention a = named.get(j);
            Mention b = named.get(j + 1);
            boolean together = b.start() == a.end() || b.start() == a.end() + 1 && body.charAt(a.end()) == '“';
            if (!together || a.type() == MentionType.VENUE) {
                break;
            }
            j++;
        }
        return j;
    }

    /** The bodies and venues of the body written in the headline right after a motion marker (走进, 开进). */
    private List<Mention> headlineHosts(String headline, List<Mention> sorted) {
        List<Mention> out = new ArrayList<>();
        if (headline == null) {
            return out;
        }
        for (Marker mk : markers) {
            if (!mk.motion() && !mk.scope().equals("headline-motion")) {
                continue;
            }
            for (int i = headline.indexOf(mk.word); i >= 0; i = headline.indexOf(mk.word, i + 1)) {
                int at = i + mk.word.length();
                sorted.stream().filter(m -> Mentions.BODIES.contains(m.type()) || m.type() == MentionType.VENUE)
                        .filter(m -> headline.startsWith(m.text(), at) || headline.startsWith(m.canonical(), at))
                        .max(java.util.Comparator.comparingInt(m -> m.text().length()))
                        .filter(m -> out.stream().noneMatch(o -> o.canonical().equals(m.canonical())))
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * 某某镇总工会联合某某村在村委会会议室开展…: a room written by the common noun a village or community keeps, after 在,
     * with the owning body named before it in the sentence; that body (the last so named) is the place.
     */
    private Optional<Mention> roomOwner(String body, TextSpan s, List<Mention> sorted) {
        for (int at = body.indexOf('在', s.start()); at >= 0 && at < s.end(); at = body.indexOf('在', at + 1)) {
            for (Map.Entry<String, String> room : ownRooms) {
                if (body.startsWith(room.getKey(), at + 1)) {
                    int before = at;
                    // the village may be read as a body (its officials named) or as a place: either owns the room
                    return Mentions.within(sorted, s.start(), before, EnumSet.of(MentionType.UNION,
                                    MentionType.ORGANIZATION, MentionType.PLACE, MentionType.VENUE)).stream()
                            .filter(b -> b.canonical().endsWith(room.getValue())).reduce((a, b) -> b);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The venue a body is said to be at right after its name (某某公司（以下简称“某某”）位于某某软件园的办公区 → 某某软件园),
     * or null.
     */
    private static Mention siteOf(String body, Mention m, List<Mention> named) {
        if (!Mentions.BODIES.contains(m.type())) {
            return null;
        }
        int at = m.end();
        java.util.regex.Matcher note = SHORT_NAME_NOTE.matcher(body).region(at, body.length());
        if (note.lookingAt()) {
            at = note.end();
        }
        if (!body.startsWith("位于", at)) {
            return null;
        }
        int venueAt = at + 2;
        return named.stream().filter(v -> v.start() == venueAt && v.type() == MentionType.VENUE
                && v.end() < body.length() && body.charAt(v.end()) == '的').findFirst().orElse(null);
    }

    /**
     * Where a modifier between a place marker and the name at {@code at} begins, or -1: 位于 (or another modifier
     * word) and places ending in 的 (走进位于某某镇的…), places alone ending in 的 (走进某某街道的…), or a modifier
     * word alone (在辖区内的…).
     */
    private int modifierStart(String body, int at, int sentenceStart, List<Mention> named) {
        if (at - 1 <= sentenceStart || body.charAt(at - 1) != '的') {
            return -1;
        }
        int k = at - 1;
        boolean placed = false;
        for (boolean moved = true; moved; ) {
            moved = false;
            for (Mention p : named) {
                if (p.type() == MentionType.PLACE && p.end() == k && p.start() >= sentenceStart && p.start() < k) {
                    k = p.start();
                    placed = true;
                    moved = true;
                }
            }
        }
        for (String w : modifiers) {
            if (k - w.length() >= sentenceStart && body.startsWith(w, k - w.length())) {
                return k - w.length();
            }
        }
        return placed ? k : -1;
    }

    private Optional<Marker> markerBefore(String body, int at, int sentenceStart) {
        Marker best = null;
        for (Marker mk : markers) {
            if (!mk.inBody()) {
                continue;
            }
            int from = at - mk.word.length();
            if (from >= sentenceStart && body.startsWith(mk.word, from)
                    && (best == null || mk.word.length() > best.word.length())) {
                if (mk.word.equals("到") && from > sentenceStart && VERB_BEFORE_DAO.indexOf(body.charAt(from - 1)) >= 0) {
                    continue;
                }
                best = mk;
            }
        }
        return Optional.ofNullable(best);
    }
}
