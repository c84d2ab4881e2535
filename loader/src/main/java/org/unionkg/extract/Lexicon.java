package org.unionkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The extractor's domain knowledge, read once from the TSV files in {@code org/unionkg/lexicon/}: gazetteers
 * (districts, subdistricts, places outside Beijing, honours, union bodies whose names do not show their place)
 * and cue words (post titles, name suffixes, stop words, name boundaries, surnames). Immutable; thread-safe.
 */
public final class Lexicon {

    /** How an organisation name ends: 总工会, 有限公司, 展览馆 … */
    /**
     * @param strong the suffix makes a name on its own (有限公司)
     * @param placeOrQuotes the suffix is a common word (驿站, 敬老院) that makes a name only after a place or in quotes
     */
    public record Suffix(String suffix, MentionType type, String kind, boolean strong, boolean placeOrQuotes) {}

    /** A post title; {@code seat} names where the post sits when not in the body named before it. */
    /** @param post false for words of belonging (教职工, 成员): a cue for the name, but no post in the body before it */
    public record Title(String title, String seat, boolean beforeName, boolean post) {}

    /** A union body the name's shape does not place (北京市总工会, 中华全国总工会). */
    public record KnownUnion(String name, List<String> altForms, String level, String parent, String place) {}

    /** An honour; collective honours are conferred on bodies (北京市模范集体). */
    public record Honour(String name, List<String> altForms, boolean collective, String conferredBy) {}

    /** A place outside Beijing's districts (廊坊市, 东京) or Beijing itself; kind is city, district, province, country or foreign. */
    public record OutsidePlace(String name, String kind, String within, List<String> shortForms) {}

    private final Map<String, String> districtByForm = new LinkedHashMap<>();
    private final Map<String, String> subdistrictDistrict = new LinkedHashMap<>();
    private final Map<String, String> subdistrictByShortForm = new LinkedHashMap<>();
    private final Map<String, OutsidePlace> outsideByForm = new LinkedHashMap<>();
    private final List<Suffix> suffixes;
    /** The suffixes by their last character, longest first: the finders ask at every offset of every article. */
    private final Map<Character, List<Suffix>> suffixesByLast = new java.util.HashMap<>();
    /** One bit per character that ends a suffix, to answer most offsets without boxing a key. */
    private final long[] suffixLasts = new long[1 << 10];
    private final Map<String, Title> titles = new LinkedHashMap<>();
    private final Map<String, KnownUnion> unionByForm = new LinkedHashMap<>();
    private final Map<String, Honour> honourByForm = new LinkedHashMap<>();
    private final Set<String> subUnits;
    private final Set<String> departments;
    private final Set<String> stopWords;
    private final Set<String> genericNames;
    private final Set<String> leftBoundaries = new LinkedHashSet<>();
    private final Set<String> rightBoundaries = new LinkedHashSet<>();
    private final Set<String> surnames;
    private final List<String> districtForms;
    private final WordIndex anchorIndex;
    private final TitleShapes titleShapes = TitleShapes.standard();

    private Lexicon() {
        for (List<String> r : LexiconTable.resource("districts.tsv").rows()) {
            districtByForm.put(r.get(0), r.get(0));
            alternatives(r.get(1)).forEach(s -> districtByForm.put(s, r.get(0)));
        }
        for (List<String> r : LexiconTable.resource("subdistricts.tsv").rows()) {
            subdistrictDistrict.put(r.get(0), r.get(1));
            String stem = r.get(0).replaceAll("(街道|地区|镇|乡)$", "");
            if (stem.length() >= 2) {
                subdistrictByShortForm.putIfAbsent(stem, r.get(0));
            }
        }
        for (List<String> r : LexiconTable.resource("outside-places.tsv").rows()) {
            OutsidePlace p = new OutsidePlace(r.get(0), r.get(1), r.get(2), alternatives(r.get(3)));
            outsideByForm.put(p.name(), p);
            p.shortForms().forEach(s -> outsideByForm.put(s, p));
        }
        suffixes = LexiconTable.resource("org-suffixes.tsv").rows().stream()
                .map(r -> new Suffix(r.get(0), MentionType.valueOf(r.get(1)), r.get(2), "strong".equals(r.get(3)),
                        "place-or-quotes".equals(r.get(3))))
                .sorted(Comparator.comparingInt((Suffix s) -> s.suffix().length()).reversed())
                .toList();
        for (Suffix x : suffixes) {
            char last = x.suffix().charAt(x.suffix().length() - 1);
            suffixesByLast.computeIfAbsent(last, k -> new ArrayList<>()).add(x);
            suffixLasts[last >>> 6] |= 1L << last;
        }
        for (List<String> r : LexiconTable.resource("titles.tsv").rows()) {
            titles.put(r.get(0), new Title(r.get(0), r.get(1), !"after".equals(r.get(2)), !"member".equals(r.get(2))));
        }
        for (List<String> r : LexiconTable.resource("unions.tsv").rows()) {
            KnownUnion u = new KnownUnion(r.get(0), alternatives(r.get(1)), r.get(2), r.get(3), r.get(4));
            unionByForm.put(u.name(), u);
            u.altForms().forEach(a -> unionByForm.put(a, u));
        }
        for (List<String> r : LexiconTable.resource("honours.tsv").rows()) {
            Honour h = new Honour(r.get(0), alternatives(r.get(1)), "collective".equals(r.get(2)), r.get(3));
            honourByForm.put(h.name(), h);
            h.altForms().forEach(a -> honourByForm.put(a, h));
        }
        LexiconTable units = LexiconTable.resource("sub-units.tsv");
        subUnits = Set.copyOf(units.column("suffix"));
        departments = units.rows().stream().filter(r -> "department".equals(r.get(units.index("part"))))
                .map(r -> r.get(0)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        stopWords = Set.copyOf(LexiconTable.resource("stop-words.tsv").column("word"));
        genericNames = Set.copyOf(LexiconTable.resource("generic-names.tsv").column("word"));
        for (List<String> r : LexiconTable.resource("name-boundaries.tsv").rows()) {
            if (!"right".equals(r.get(1))) {
                leftBoundaries.add(r.get(0));
            }
            if (!"left".equals(r.get(1))) {
                rightBoundaries.add(r.get(0));
            }
        }
        surnames = new LinkedHashSet<>(LexiconTable.resource("surnames.tsv").column("surname"));
        Set<String> a = new LinkedHashSet<>();
        a.addAll(districtByForm.keySet());
        a.addAll(subdistrictDistrict.keySet());
        a.addAll(subdistrictByShortForm.keySet());
        a.addAll(outsideByForm.keySet());
        // besides places, words that open national and capital-wide names (中华全国总工会, 首都职工…)
        a.addAll(List.of("中华", "首都"));
        anchorIndex = new WordIndex(a);
        districtForms = districtByForm.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    /** The lexicon from the class path (read once; the files are part of the build). */
    public static Lexicon standard() {
        return Holder.INSTANCE;
    }

    private static List<String> alternatives(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The district a full or short form names (朝阳 → 朝阳区, 经开区 → 北京经济技术开发区). */
    public Optional<String> district(String form) {
        return Optional.ofNullable(districtByForm.get(form));
    }

    /** Every district form, longest first. */
    public List<String> districtForms() {
        return districtForms;
    }

    /** The district of a subdistrict, town or area named in full (东湖街道 → 朝阳区). */
    public Optional<String> districtOfSubdistrict(String subdistrict) {
        return Optional.ofNullable(subdistrictDistrict.get(subdistrict));
    }

    /** Every subdistrict named in full. */
    public Set<String> subdistricts() {
        return subdistrictDistrict.keySet();
    }

    /** The full subdistrict name of a short form (常营 → 常营地区), if the short form is unambiguous. */
    public Optional<String> subdistrictByShortForm(String stem) {
        return Optional.ofNullable(subdistrictByShortForm.get(stem));
    }

    public Optional<OutsidePlace> outsidePlace(String form) {
        return Optional.ofNullable(outsideByForm.get(form));
    }

    public Set<String> outsidePlaceForms() {
        return outsideByForm.keySet();
    }

    /** Name suffixes, longest first. */
    public List<Suffix> suffixes() {
        return suffixes;
    }

    /** The longest suffix this name ends with. */
    public Optional<Suffix> suffixOf(String name) {
        return Optional.ofNullable(suffixEndingAt(name, name.length()));
    }

    /** The longest suffix that ends at offset {@code end} of the text, or null. */
    public Suffix suffixEndingAt(String text, int end) {
        return suffixEndingAt(text, end, x -> true);
    }

    /** The longest suffix that ends at offset {@code end} of the text and that {@code accept} takes, or null. */
    public Suffix suffixEndingAt(String text, int end, java.util.function.Predicate<Suffix> accept) {
        if (end <= 0 || end > text.length()) {
            return null;
        }
        char last = text.charAt(end - 1);
        List<Suffix> candidates = (suffixLasts[last >>> 6] & 1L << last) != 0 ? suffixesByLast.get(last) : null;
        if (candidates != null) {
            for (Suffix x : candidates) {
                int len = x.suffix().length();
                if (end >= len && text.startsWith(x.suffix(), end - len) && accept.test(x)) {
                    return x;
                }
            }
        }
        return null;
    }

    public Optional<Title> title(String word) {
        return Optional.ofNullable(titles.get(word));
    }

    TitleShapes titleShapes() {
        return titleShapes;
    }

    public Set<String> titleWords() {
        return titles.keySet();
    }

    public Optional<KnownUnion> knownUnion(String form) {
        return Optional.ofNullable(unionByForm.get(form));
    }

    public Set<String> knownUnionForms() {
        return unionByForm.keySet();
    }

    public Optional<Honour> honour(String form) {
        return Optional.ofNullable(honourByForm.get(form));
    }

    public Set<String> honourForms() {
        return honourByForm.keySet();
    }

    public Set<String> subUnits() {
        return subUnits;
    }

    /** The endings of parts that are not organisations of their own (事务部, 检察部), a subset of {@link #subUnits()}. */
    public Set<String> departments() {
        return departments;
    }

    public boolean isStopWord(String word) {
        return stopWords.contains(word);
    }

    public boolean isGenericName(String word) {
        return genericNames.contains(word);
    }

    public Set<String> leftBoundaries() {
        return leftBoundaries;
    }

    public Set<String> rightBoundaries() {
        return rightBoundaries;
    }

    /** Length of the surname opening this text (2 for 欧阳, 野口), or 0. */
    public int surnameLength(String text) {
        if (text.length() >= 2 && surnames.contains(text.substring(0, 2))) {
            return 2;
        }
        return !text.isEmpty() && surnames.contains(text.substring(0, 1)) ? 1 : 0;
    }

    /** The places that start at offset i of the text, longest first. */
    public List<String> anchorsAt(String text, int i) {
        return anchorIndex.at(text, i);
    }

    /** Every word worth giving the segmenter, with a HanLP nature. */
    public Map<String, String> dictionaryEntries() {
        Map<String, String> words = new LinkedHashMap<>();
        districtByForm.keySet().forEach(w -> words.put(w, "ns"));
        subdistrictDistrict.keySet().forEach(w -> words.put(w, "ns"));
        outsideByForm.keySet().forEach(w -> words.put(w, "ns"));
        unionByForm.keySet().forEach(w -> words.put(w, "nt"));
        honourByForm.keySet().forEach(w -> words.put(w, "nz"));
        titles.keySet().forEach(w -> words.put(w, "nnt"));
        return words;
    }

    /** All lexicon file names, for checks. */
    public static List<String> files() {
        return new ArrayList<>(List.of("districts.tsv", "subdistricts.tsv", "outside-places.tsv", "org-suffixes.tsv",
                "titles.tsv", "title-shapes.tsv", "unions.tsv", "honours.tsv", "sub-units.tsv", "stop-words.tsv", "generic-names.tsv",
                "name-boundaries.tsv", "surnames.tsv", "role-nouns.tsv", "county-endings.tsv", "union-as-object.tsv"));
    }
}
