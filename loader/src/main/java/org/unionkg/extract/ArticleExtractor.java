package org.unionkg.extract;

import org.unionkg.article.Article;
import org.unionkg.extract.hanlp.HanlpSegmenter;
import org.unionkg.page.PageMeta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts the entities of one article and the relations between them: union bodies with their parents, employers,
 * levels and places; other organisations; places; people with their posts; honours and who holds them. Short forms
 * are resolved inside the article (市总工会 → 北京市总工会, 区总工会 → the article's district's, 该集团工会 → the
 * union of the group named before, 镇总工会 → the town union named before). Resolution across articles is
 * {@link org.unionkg.resolve.Resolver}'s job.
 *
 * <p>Thread-safe if its segmenter is ({@link HanlpSegmenter} is): all state lives in the call.
 */
public final class ArticleExtractor {
    private static final Pattern ALIAS = Pattern.compile("^（以下简称“([^”]{2,12})”）");

    private final Lexicon lexicon;
    private final Segmenter segmenter;
    private final MentionFinder finder;
    private final UnionNames unions;
    private final PostReader posts;
    private final AwardReader awards;
    private final PlaceNames places;
    private final Departments departments;
    private final HostVenues hostVenues = new HostVenues();
    private final FramedVenues framedVenues;
    private final OutsidePlaceChains outsideChains;

    /** The standard finders (gazetteer, names by suffix, people by cue, honours by shape) over this segmenter. */
    public ArticleExtractor(Lexicon lexicon, Segmenter segmenter) {
        this(lexicon, segmenter, new CompositeFinder(List.of(
                new GazetteerFinder(lexicon), new OrgPatternFinder(lexicon), new PersonFinder(lexicon),
                new HonourShapes(lexicon), new VillageNames(lexicon))));
    }

    public ArticleExtractor(Lexicon lexicon, Segmenter segmenter, MentionFinder finder) {
        this.lexicon = lexicon;
        this.segmenter = segmenter;
        this.finder = finder;
        this.unions = new UnionNames(lexicon);
        this.posts = new PostReader(lexicon);
        this.awards = new AwardReader(lexicon);
        this.places = new PlaceNames(lexicon);
        this.departments = new Departments(lexicon);
        this.outsideChains = new OutsidePlaceChains(lexicon);
        this.framedVenues = new FramedVenues(lexicon);
    }

    /** The standard extractor over a new HanLP segmenter (loads HanLP's dictionaries: about a second). */
    public static ArticleExtractor standard() {
        Lexicon lexicon = Lexicon.standard();
        return new ArticleExtractor(lexicon, new HanlpSegmenter(lexicon));
    }

    /** The facts of one article; {@code meta} gives the page year for dating awards conferred in it. */
    public ArticleFacts extract(Article article, PageMeta meta) {
        return factsOf(article, text(article, meta));
    }

    /**
     * The article's text as extraction reads it, segmented: the costly half of {@link #extract(Article, PageMeta)}.
     * A caller with many articles may segment them all first, then read each: HanLP's dictionaries then stay in the
     * processor's caches while it segments (run in turn with the rules, the segmenter ran markedly slower).
     */
    public ArticleText text(Article article, PageMeta meta) {
        Integer year = meta == null ? null : meta.effectiveYear();
        return ArticleText.of(article.body(), article.headline(), article.decks(), year, segmenter);
    }

    /** The facts of one article from its {@link #text(Article, PageMeta) text}. */
    public ArticleFacts factsOf(Article article, ArticleText t) {
        FactDraft draft = new FactDraft();
        List<Mention> found = framedVenues.add(t, departments.bodiesOf(withShortForms(t, withAliases(t, finder.find(t))), draft));
        String district = districtOf(found);
        List<Mention> mentions = canonicalise(t, found, district, draft);
        mergeBeijingForms(mentions, draft);
        mergeDistrictForms(mentions, draft);
        List<Mention> chained = outsideChains.read(t, mentions, draft);
        if (!chained.isEmpty()) {
            mentions.addAll(chained);
            mentions.sort(Comparator.comparingInt(Mention::start));
        }
        subordinates(t, mentions, draft);
        posts.read(t, mentions, draft, awards);
        awards.read(t, mentions, draft);
        hostVenues.apply(t, mentions, draft, places::venueWithin);
        draft.awards.stream().map(AwardFact::conferredBy).filter(java.util.Objects::nonNull).distinct().toList()
                .forEach(body -> unions.read(body, noContext()).ifPresent(draft::reading));
        List<Mention> all = new ArrayList<>(mentions);
        all.addAll(nested(t, mentions, draft));
        all.addAll(outsidePlacesAgain(t, all, draft));
        List<Mention> inBody = all.stream().filter(m -> m.end() <= t.bodyLength())
                .sorted(Comparator.comparingInt(Mention::start).thenComparing(m -> -(m.end() - m.start())))
                .toList();
        return new ArticleFacts(article.id(), inBody, draft.orgs, draft.places, List.copyOf(draft.persons),
                List.copyOf(draft.honours), draft.posts, draft.awards);
    }

    /** Adds the short names an article defines (（以下简称“北方导航集团”）) wherever they recur. */
    private List<Mention> withAliases(ArticleText t, List<Mention> found) {
        String s = t.text();
        Map<String, Mention> aliases = new LinkedHashMap<>();
        for (Mention m : found) {
            if (m.type() == MentionType.ORGANIZATION) {
                Matcher a = ALIAS.matcher(s.substring(m.end()));
                if (a.find()) {
                    aliases.put(a.group(1), m);
                }
            }
        }
        if (aliases.isEmpty()) {
            return found;
        }
        List<Mention> more = new ArrayList<>(found);
        aliases.forEach((alias, full) -> {
            for (int i = s.indexOf(alias); i >= 0; i = s.indexOf(alias, i + 1)) {
                boolean union = s.startsWith("工会", i + alias.length());
                int end = i + alias.length() + (union ? 2 : 0);
                String text = s.substring(i, end);
                more.add(new Mention(union ? MentionType.UNION : MentionType.ORGANIZATION, text, text, i, end));
            }
            // …有限公司（以下简称“北方导航集团”）工会: the union of the body just named
            int close = s.indexOf('）', full.end()) + 1;
            if (s.startsWith("工会", close)) {
                more.add(new Mention(MentionType.UNION, "工会", alias + "工会", close, close + 2));
            }
        });
        List<Mention> merged = CompositeFinder.longestFirst(more);
        return merged;
    }

    /**
     * Adds the forms without 北京/北京市 of the bodies found (北京北亚中医医院工会 → 北亚中医医院工会, 北亚中医医院)
     * wherever they recur: papers drop the city on second mention, and the segmenter does not always find them alone.
     */
    private List<Mention> withShortForms(ArticleText t, List<Mention> found) {
        String s = t.text();
        List<Mention> more = new ArrayList<>(found);
        for (Mention m : found) {
            if (m.type() != MentionType.ORGANIZATION && m.type() != MentionType.UNION) {
                continue;
            }
            String rest = m.text().startsWith("北京市") ? m.text().substring(3) : m.text().startsWith("北京") ? m.text().substring(2) : null;
            if (rest == null || rest.length() < 4 || lexicon.district(rest.substring(0, Math.min(3, rest.length()))).isPresent()) {
                continue;
            }
            List<String> forms = new ArrayList<>(List.of(rest));
            if (rest.endsWith("工会")) {
                forms.add(rest.substring(0, rest.length() - 2));
            }
            for (String form : forms) {
                if (lexicon.suffixOf(form).isEmpty()) {
                    continue;
                }
                MentionType type = form.endsWith("工会") ? MentionType.UNION : MentionType.ORGANIZATION;
                for (int i = s.indexOf(form); i >= 0; i = s.indexOf(form, i + 1)) {
                    more.add(new Mention(type, form, form, i, i + form.length()));
                }
            }
        }
        // 房山区良乡医院 … 良乡医院工会主席: a body named again without its district, after the full name (the
        // segmenter does not always find the short form alone); mergeDistrictForms makes the two one body
        for (Mention m : found) {
            // the employer's name inside its union's (北京某某集团股份有限公司工会) counts as its first mention
            String body = m.type() == MentionType.ORGANIZATION ? m.text()
                    : m.type() == MentionType.UNION && m.text().endsWith("工会") && !m.text().endsWith("总工会")
                    ? m.text().substring(0, m.text().length() - 2) : null;
            if (body == null) {
                continue;
            }
            for (String form : shortForms(body)) {
                for (int i = s.indexOf(form, m.end()); i >= 0; i = s.indexOf(form, i + 1)) {
                    boolean union = s.startsWith("工会", i + form.length());
                    int end = i + form.length() + (union ? 2 : 0);
                    more.add(new Mention(union ? MentionType.UNION : MentionType.ORGANIZATION, s.substring(i, end),
                            s.substring(i, end), i, end));
                }
            }
        }
        return more.size() == found.size() ? found : CompositeFinder.longestFirst(more);
    }

    /** The district the article is about: the one its names mention most (earliest on a tie). */
    private String districtOf(List<Mention> found) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : found) {
            String text = m.text().startsWith("北京市") ? m.text().substring(3) : m.text();
            for (String form : lexicon.districtForms()) {
                if (text.startsWith(form) && (form.endsWith("区") || form.length() >= 2 && text.length() > form.length())) {
                    if (m.type() == MentionType.PERSON || m.type() == MentionType.HONOUR) {
                        break;
                    }
                    counts.merge(lexicon.district(form).orElseThrow(), 1, Integer::sum);
                    break;
                }
            }
        }
        return counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue))
                .map(Map.Entry::getKey).orElse(null);
    }

    private List<Mention> canonicalise(ArticleText t, List<Mention> found, String district, FactDraft draft) {
        Map<String, String> aliases = new HashMap<>();
        List<Mention> done = new ArrayList<>();
        UnionNames.Context ctx = new UnionNames.Context() {
            @Override
            public String district() {
                return district;
            }

            @Override
            public Optional<String> recentUnion(String ending) {
                for (int i = done.size() - 1; i >= 0; i--) {
                    Mention m = done.get(i);
                    if (m.type() == MentionType.UNION && m.canonical().endsWith(ending)) {
                        return Optional.of(m.canonical());
                    }
                }
                return Optional.empty();
            }

            @Override
            public Optional<String> recentOrg(List<String> endings) {
                for (int i = done.size() - 1; i >= 0; i--) {
                    OrgFact f = draft.orgs.get(done.get(i).canonical());
                    if (f != null && f.employer() != null && endings.stream().anyMatch(f.employer()::endsWith)) {
                        return Optional.of(f.employer());
                    }
                }
                for (int i = done.size() - 1; i >= 0; i--) {
                    Mention m = done.get(i);
                    if (m.type() == MentionType.ORGANIZATION && endings.stream().anyMatch(m.canonical()::endsWith)) {
                        return Optional.of(m.canonical());
                    }
                }
                return Optional.empty();
            }

            @Override
            public Optional<String> alias(String shortName) {
                return Optional.ofNullable(aliases.get(shortName));
            }
        };
        String s = t.text();
        for (Mention m : found) {
            switch (m.type()) {
                case PERSON -> {
                    draft.persons.add(m.text());
                    done.add(m);
                }
                case HONOUR -> {
                    draft.honours.add(m.canonical());
                    done.add(m);
                }
                case PLACE -> {
                    place(m.canonical(), draft);
                    done.add(m);
                }
                case VENUE -> {
                    String name = OrgNames.canonical(m.text());
                    draft.place(new PlaceFact(name, "venue", places.venueWithin(name)));
                    done.add(new Mention(MentionType.VENUE, m.text(), name, m.start(), m.end()));
                }
                case UNION -> {
                    Optional<String> longer = shortFormOfOutsideUnion(m.text(), done, draft);
                    if (longer.isPresent()) {
                        draft.org(new OrgFact(MentionType.UNION, longer.get(), Set.of(m.text()), null, null, null, null, null));
                        done.add(new Mention(MentionType.UNION, m.text(), longer.get(), m.start(), m.end()));
                        continue;
                    }
                    // the bare 工会 after （以下简称“…”） carries its reading in canonical
                    Optional<UnionNames.Reading> r = unions.read(m.text().equals("工会") ? m.canonical() : m.text(), ctx);
                    if (r.isPresent()) {
                        OrgFact u = r.get().union();
                        if (m.text().equals("工会")) {
                            u = new OrgFact(u.type(), u.name(), Set.of(), u.parent(), u.employer(), u.level(), u.kind(), u.place());
                        }
                        draft.reading(new UnionNames.Reading(u, r.get().implied(), r.get().places()));
                        done.add(new Mention(MentionType.UNION, m.text(), u.name(), m.start(), m.end()));
                    }
                }
                case ORGANIZATION -> {
                    Optional<String> longer = shortFormOfOutsideUnion(m.text(), done, draft);
                    if (longer.isPresent()) { // the finder may type an unknown place's 某某区总工会 as a body
                        draft.org(new OrgFact(MentionType.UNION, longer.get(), Set.of(m.text()), null, null, null, null, null));
                        done.add(new Mention(MentionType.UNION, m.text(), longer.get(), m.start(), m.end()));
                        continue;
                    }
                    String name = aliases.getOrDefault(m.text(), OrgNames.canonical(m.text()));
                    Matcher a = ALIAS.matcher(s.substring(m.end()));
                    if (a.find()) {
                        aliases.put(a.group(1), name);
                    }
                    organisation(name, m.text(), draft, ctx);
                    done.add(new Mention(MentionType.ORGANIZATION, m.text(), name, m.start(), m.end()));
                }
            }
        }
        return done;
    }

    /**
     * 沙县区总工会 after 福建省三明市沙县区总工会: a union of another province named again without its city is the one
     * named before (a second mention drops the address), not a new body.
     */
    private static Optional<String> shortFormOfOutsideUnion(String written, List<Mention> done, FactDraft draft) {
        for (int i = done.size() - 1; i >= 0; i--) {
            Mention d = done.get(i);
            OrgFact f = draft.orgs.get(d.canonical());
            if (d.type() == MentionType.UNION && f != null && "outside-beijing".equals(f.level())
                    && d.canonical().length() > written.length() && d.canonical().endsWith(written) && written.endsWith("工会") && written.length() >= 5) {
                return Optional.of(d.canonical());
            }
        }
        return Optional.empty();
    }

    private void place(String name, FactDraft draft) {
        places.factsOf(name).forEach(draft::place);
    }

    /** An organisation that is not a union; a department (…第七检察部) is part of the body named first. */
    private void organisation(String name, String written, FactDraft draft, UnionNames.Context ctx) {
        String kind = lexicon.suffixOf(name).filter(x -> x.type() == MentionType.ORGANIZATION).map(Lexicon.Suffix::kind).orElse(null);
        String parent = null;
        for (String unit : lexicon.subUnits()) {
            if (!name.endsWith(unit)) {
                continue;
            }
            for (int cut = name.length() - unit.length(); cut >= 3; cut--) {
                String base = name.substring(0, cut);
                Optional<Lexicon.Suffix> bs = lexicon.suffixOf(base).filter(x -> x.type() == MentionType.ORGANIZATION);
                if (bs.isPresent() && base.length() > bs.get().suffix().length()) {
                    parent = base;
                    kind = kind == null ? bs.get().kind() : kind;
                    break;
                }
            }
        }
        int union = name.indexOf("工会");
        if (parent == null && union > 0 && union + 2 < name.length()) {
            // 北京市交通运输工会第四届委员会: a committee of the union
            Optional<UnionNames.Reading> r = unions.read(written.substring(0, written.indexOf("工会") + 2), ctx);
            if (r.isPresent()) {
                draft.reading(r.get());
                parent = r.get().union().name();
                kind = "other";
            }
        }
        String district = places.districtAtStart(name.startsWith("北京市") ? name.substring(3) : name);
        String place = places.seatAtStart(name);
        if (place != null) {
            place(place, draft);
        }
        if (parent != null && !parent.endsWith("工会")) {
            String pk = lexicon.suffixOf(parent).map(Lexicon.Suffix::kind).orElse("other");
            draft.org(new OrgFact(MentionType.ORGANIZATION, parent, Set.of(), null, null, null, pk, district));
        }
        Set<String> alts = written.equals(name) ? Set.of() : Set.of(written);
        draft.org(new OrgFact(MentionType.ORGANIZATION, name, alts, parent, null, null, kind == null ? "other" : kind, place));
    }

    /**
     * 北京陈经纶中学 and 北京市陈经纶中学 in one article are one school, as are 北亚中医医院 and 北京北亚中医医院:
     * keep the longer, more official form.
     */
    private static void mergeBeijingForms(List<Mention> mentions, FactDraft draft) {
        for (String name : List.copyOf(draft.orgs.keySet())) {
            String rest = name.startsWith("北京市") ? null : name.startsWith("北京") ? name.substring(2) : name;
            if (rest == null) {
                continue;
            }
            for (String full : List.of("北京市" + rest, "北京" + rest)) {
                if (!full.equals(name) && draft.orgs.containsKey(full) && draft.orgs.containsKey(name)) {
                    draft.rename(name, full);
                    mentions.replaceAll(m -> m.canonical().equals(name) ? new Mention(m.type(), m.text(), full, m.start(), m.end()) : m);
                    break;
                }
            }
        }
    }

    /**
     * 房山区良乡医院 and, later in the article, 良乡医院 (or 梨园社区卫生服务中心 after 通州区梨园镇梨园社区卫生服务中心) are
     * one body: a second mention drops the district (and town) the first one printed. The longer form stays canonical;
     * the body's union follows it (良乡医院工会 → 房山区良乡医院工会). Only when the short form comes after the long one:
     * a short form printed first may name another body of the same name elsewhere.
     */
    private void mergeDistrictForms(List<Mention> mentions, FactDraft draft) {
        Map<String, Integer> first = new HashMap<>();
        for (Mention m : mentions) {
            first.merge(m.canonical(), m.start(), Math::min);
            OrgFact u = draft.orgs.get(m.canonical());
            if (u != null && u.employer() != null) { // an employer named inside its union's name
                first.merge(u.employer(), m.start(), Math::min);
            }
        }
        for (String full : List.copyOf(draft.orgs.keySet())) {
            OrgFact f = draft.orgs.get(full);
            if (f == null || f.type() != MentionType.ORGANIZATION || !first.containsKey(full)) {
                continue;
            }
            for (String shorter : shortForms(full)) {
                OrgFact s = draft.orgs.get(shorter);
                Integer at = first.get(shorter); // also where it is written only inside its union's name (良乡医院工会)
                if (s == null || s.type() != MentionType.ORGANIZATION || at == null || at < first.get(full)) {
                    continue;
                }
                draft.rename(shorter, full);
                mentions.replaceAll(m -> m.canonical().equals(shorter) ? new Mention(m.type(), m.text(), full, m.start(), m.end()) : m);
                String union = shorter + "工会";
                if (draft.orgs.containsKey(union) && full.equals(draft.orgs.get(union).employer())) {
                    draft.rename(union, full + "工会");
                    mentions.replaceAll(m -> m.canonical().equals(union) ? new Mention(m.type(), m.text(), full + "工会", m.start(), m.end()) : m);
                }
            }
        }
    }

    private static final Pattern GROUP_COMPANY = Pattern.compile("(?:北京市?)?(.{2,}集团)(?:股份有限公司|有限责任公司|有限公司)");

    /**
     * The forms a later mention of a body may take: without its district (and town), and a group company without
     * 北京 and its legal form (北京某某集团股份有限公司 → 某某集团, 某某集团工会).
     */
    private List<String> shortForms(String name) {
        List<String> out = new ArrayList<>(withoutDistrict(name));
        Matcher g = GROUP_COMPANY.matcher(name);
        if (g.matches() && lexicon.district(g.group(1).substring(0, Math.min(3, g.group(1).length()))).isEmpty()
                && !lexicon.isGenericName(g.group(1))) {
            out.add(g.group(1));
        }
        return out;
    }

    /** The forms of a body's name without its district, and without its district and town (at least a suffix and two characters). */
    private List<String> withoutDistrict(String name) {
        String rest = name.startsWith("北京市") ? name.substring(3) : name;
        List<String> out = new ArrayList<>();
        int beijing = name.indexOf("北京市");
        if (name.startsWith("国家") && beijing > 0) {
            rest = name.substring(beijing + 3); // 国家税务总局北京市某区税务局, later 某区税务局 (nationalAgency)
            addIfName(out, rest);
        }
        for (String form : lexicon.districtForms()) {
            if (!form.endsWith("区") || !rest.startsWith(form)) {
                continue;
            }
            String bare = rest.substring(form.length());
            addIfName(out, bare);
            for (String town : lexicon.subdistricts()) {
                if (bare.startsWith(town)) {
                    addIfName(out, bare.substring(town.length()));
                }
            }
            break;
        }
        return out;
    }

    private void addIfName(List<String> out, String form) {
        lexicon.suffixOf(form).filter(x -> x.type() == MentionType.ORGANIZATION && form.length() >= x.suffix().length() + 2)
                .ifPresent(x -> out.add(form));
    }

    /**
     * 某某大学雁栖湖校区: a campus is a venue, and the school it belongs to, named as the leading part of its name, is a
     * body of its own (GUIDELINES: a body named only as the leading part of another name is named).
     */
    private Optional<Mention> campusSchool(Mention venue, FactDraft draft) {
        String name = venue.text();
        if (!name.endsWith("校区")) {
            return Optional.empty();
        }
        for (int cut = name.length() - 3; cut >= 4; cut--) {
            String school = name.substring(0, cut);
            Optional<Lexicon.Suffix> x = lexicon.suffixOf(school);
            if (x.isPresent() && x.get().type() == MentionType.ORGANIZATION && "school".equals(x.get().kind())
                    && school.length() > x.get().suffix().length() + 1) {
                String canonical = OrgNames.canonical(school);
                draft.org(new OrgFact(MentionType.ORGANIZATION, canonical, Set.of(), null, null, null, "school",
                        places.seatAtStart(canonical)));
                return Optional.of(new Mention(MentionType.ORGANIZATION, school, canonical, venue.start(), venue.start() + cut));
            }
        }
        return Optional.empty();
    }

    /**
     * 赴丰宁满族自治县 after (or before) 丰宁满族自治县总工会: a place outside Beijing that a body's name made known is
     * the same place wherever the article writes it alone; no list holds such counties for the gazetteer to find.
     */
    private List<Mention> outsidePlacesAgain(ArticleText t, List<Mention> all, FactDraft draft) {
        String s = t.text();
        List<Mention> out = new ArrayList<>();
        for (PlaceFact p : List.copyOf(draft.places.values())) {
            boolean outside = ("city".equals(p.kind()) || "district".equals(p.kind()) || "town".equals(p.kind()))
                    && p.name().length() >= 3 && !p.name().equals("北京市") && lexicon.district(p.name()).isEmpty()
                    && lexicon.districtOfSubdistrict(p.name()).isEmpty();
            if (!outside) {
                continue;
            }
            for (int i = s.indexOf(p.name()); i >= 0; i = s.indexOf(p.name(), i + 1)) {
                final int at = i;
                final int end = i + p.name().length();
                if (all.stream().noneMatch(m -> m.start() < end && at < m.end()) && out.stream().noneMatch(m -> m.start() < end && at < m.end())) {
                    out.add(new Mention(MentionType.PLACE, p.name(), p.name(), at, end));
                }
            }
        }
        return out;
    }

    /** …工会下属…工会: the second union is part of the first. */
    private static void subordinates(ArticleText t, List<Mention> mentions, FactDraft draft) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention a = mentions.get(i);
            Mention b = mentions.get(i + 1);
            if (a.type() == MentionType.UNION && b.type() == MentionType.UNION
                    && t.text().substring(a.end(), b.start()).equals("下属")) {
                OrgFact child = draft.orgs.get(b.canonical());
                draft.orgs.put(child.name(), new OrgFact(child.type(), child.name(), child.altLabels(), a.canonical(),
                        child.employer(), child.level(), child.kind(), child.place()));
            }
        }
    }

    /** Names inside names: the employer in an enterprise union's name, places in organisations' names. */
    private List<Mention> nested(ArticleText t, List<Mention> mentions, FactDraft draft) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() != MentionType.UNION && m.type() != MentionType.ORGANIZATION && m.type() != MentionType.VENUE) {
                continue;
            }
            OrgFact f = draft.orgs.get(m.canonical());
            int u = m.text().indexOf("工会");
            if (f != null && m.type() == MentionType.ORGANIZATION && u > 0 && f.parent() != null && draft.orgs.containsKey(f.parent())) {
                out.add(new Mention(MentionType.UNION, m.text().substring(0, u + 2), f.parent(), m.start(), m.start() + u + 2));
            }
            if (f != null && f.employer() != null && m.text().endsWith("工会")) {
                String written = m.text().substring(0, m.text().length() - 2);
                if (OrgNames.canonical(written).equals(f.employer()) || written.equals(f.employer())) {
                    out.add(new Mention(MentionType.ORGANIZATION, written, f.employer(), m.start(), m.start() + written.length()));
                }
            }
            if (m.type() == MentionType.VENUE) {
                campusSchool(m, draft).ifPresent(out::add);
            }
            List<Mention> inside = places.inside(t.text(), m);
            inside.forEach(p -> place(p.canonical(), draft));
            // a union's own place that no list holds (平谷区金海湖镇总工会, 天津市蓟州区总工会): its reading named it
            // (a province is only the address: 河北省某县某镇总工会 names no place 河北省, GUIDELINES, places)
            boolean townOrOutside = f != null && ("subdistrict".equals(f.level()) || "outside-beijing".equals(f.level()))
                    && f.place() != null && !"province".equals(draft.places.containsKey(f.place()) ? draft.places.get(f.place()).kind() : null);
            int own = townOrOutside && f.place() != null && m.type() == MentionType.UNION ? m.text().indexOf(f.place()) : -1;
            if (own >= 0 && draft.places.containsKey(f.place())
                    && inside.stream().noneMatch(p -> p.canonical().equals(f.place()))) {
                int at = m.start() + own;
                inside.add(new Mention(MentionType.PLACE, f.place(), f.place(), at, at + f.place().length()));
                // 张家口市崇礼区总工会: the city its reading put the district in is written there too
                String city = draft.places.get(f.place()).within();
                int c = city == null || "province".equals(draft.places.containsKey(city) ? draft.places.get(city).kind() : null)
                        ? -1 : m.text().lastIndexOf(city, own);
                if (c >= 0 && c + city.length() <= own && inside.stream().noneMatch(p -> p.canonical().equals(city))) {
                    inside.add(new Mention(MentionType.PLACE, city, city, m.start() + c, m.start() + c + city.length()));
                }
            }
            out.addAll(inside);
        }
        List<Mention> national = new ArrayList<>();
        for (Mention m : out.isEmpty() ? mentions : concat(mentions, out)) {
            if (m.type() == MentionType.ORGANIZATION) {
                nationalAgency(m, draft).ifPresent(national::add);
            }
        }
        out.addAll(national);
        return out;
    }

    private static List<Mention> concat(List<Mention> a, List<Mention> b) {
        List<Mention> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * 国家税务总局北京市某区税务局: a national agency's office in Beijing is named by the agency and its place; the
     * agency opens the name as a body of its own (GUIDELINES: a body named only as the leading part of another name
     * is named), the way a company opens its store's name. Only a national agency (国家…局, 国家…委员会) followed
     * by Beijing: a company's branch (某某公司朝阳分公司) names its parent only where the text names it alone.
     */
    private Optional<Mention> nationalAgency(Mention m, FactDraft draft) {
        String name = m.text();
        if (!name.startsWith("国家")) {
            return Optional.empty();
        }
        int at = name.indexOf("北京", 4);
        if (at < 0) {
            return Optional.empty();
        }
        String agency = name.substring(0, at);
        Optional<Lexicon.Suffix> x = lexicon.suffixOf(agency);
        if (x.isEmpty() || x.get().type() != MentionType.ORGANIZATION || !"government".equals(x.get().kind())
                || draft.orgs.containsKey(agency) && draft.orgs.get(agency).type() != MentionType.ORGANIZATION) {
            return Optional.empty();
        }
        draft.org(new OrgFact(MentionType.ORGANIZATION, agency, Set.of(), null, null, null, "government", null));
        return Optional.of(new Mention(MentionType.ORGANIZATION, agency, agency, m.start(), m.start() + at));
    }

    private static UnionNames.Context noContext() {
        return new UnionNames.Context() {
            @Override
            public String district() {
                return null;
            }

            @Override
            public Optional<String> recentUnion(String ending) {
                return Optional.empty();
            }

            @Override
            public Optional<String> recentOrg(List<String> endings) {
                return Optional.empty();
            }

            @Override
            public Optional<String> alias(String shortName) {
                return Optional.empty();
            }
        };
    }
}
