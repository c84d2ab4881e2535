package org.unionkg.bench;

import org.unionkg.evaluate.Gold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes newspaper pages in the seeds' style, with the facts each page states, for measuring the extraction
 * at any scale: a running header, news articles (headline, sometimes a deck, a {@code 本报讯（记者 …）} byline,
 * paragraphs broken mid-sentence where a PDF column ends) and photo items ({@code 本报记者 X 摄影报道}), naming
 * unions of every level, employers, districts, subdistricts, venues, officials with their posts, holders of
 * honours, and dated events.
 *
 * <p>Page {@code i} depends only on the seed and {@code i} (each page draws from its own random stream), so
 * pages can be generated in any order or in parallel and a seed always gives the same corpus. The gold facts
 * follow {@code gold/GUIDELINES.md}: canonical names, alternative names as written, parents given by the names
 * when the parent is on the page, {@code offPageParent} when not.
 */
public final class PageGenerator {
    /** Pages per paper day: page {@code i} is dated {@code firstDay + i / PAGES_PER_DAY}. */
    public static final int PAGES_PER_DAY = 8;
    public static final String NEWSPAPER = "劳动午报";
    static final String MUNICIPAL = "北京市总工会";
    static final String NATIONAL = "中华全国总工会";

    private final Gazetteer gz;
    private final long seed;
    private final LocalDate firstDay;
    /** The paper's staff: a fixed set of reporters and photographers for the whole corpus, as in a real paper. */
    private final List<String> reporters;

    public PageGenerator(long seed) {
        this(seed, LocalDate.of(2025, 1, 1));
    }

    public PageGenerator(long seed, LocalDate firstDay) {
        this.gz = Gazetteer.load();
        this.seed = seed;
        this.firstDay = firstDay;
        SplittableRandom staff = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Set<String> names = new HashSet<>();
        while (names.size() < 40) {
            names.add(personName(staff));
        }
        this.reporters = names.stream().sorted().toList();
    }

    /** The id of page {@code index}, e.g. {@code 000042_9f1c03a2b4d5e6f7}: sorts in index order, like the seeds'. */
    public String pageId(int index) {
        return String.format("%06d_%016x", index, mix(seed, index));
    }

    public LocalDate dateOf(int index) {
        return firstDay.plusDays(index / PAGES_PER_DAY);
    }

    /** Generates page {@code index}: its text and its gold facts. */
    public GeneratedPage page(int index) {
        return new Builder(index, new SplittableRandom(mix(seed, index))).build();
    }

    private static long mix(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private String personName(SplittableRandom r) {
        StringBuilder b = new StringBuilder(pick(r, gz.surnames()));
        int given = r.nextInt(10) < 7 ? 2 : 1;
        String last = "";
        for (int i = 0; i < given; i++) {
            String c;
            do {
                c = pick(r, gz.givenChars());
            } while (c.equals(last));
            b.append(c);
            last = c;
        }
        return b.toString();
    }

    private static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    /** One page being written: its text, and the facts in the order they are first named. */
    private final class Builder {
        private final int index;
        private final SplittableRandom r;
        private final LocalDate date;
        private final StringBuilder text = new StringBuilder();
        private final Set<String> usedPeople = new HashSet<>();
        private final Set<String> usedHeadlines = new HashSet<>();
        private final Map<String, UnionFact> unions = new LinkedHashMap<>();
        private final Map<String, Gold.Organization> orgs = new LinkedHashMap<>();
        private final Map<String, Gold.Person> people = new LinkedHashMap<>();
        private final Map<String, Gold.Place> places = new LinkedHashMap<>();
        private final List<Gold.Award> awards = new ArrayList<>();
        private final List<Gold.Event> events = new ArrayList<>();
        private int articleCount;

        Builder(int index, SplittableRandom r) {
            this.index = index;
            this.r = r;
            this.date = dateOf(index);
        }

        GeneratedPage build() {
            String header = pick(r, gz.headers());
            text.append("\n\n").append(header).append("\n\n");
            int news = 4 + r.nextInt(3);
            for (int i = 0; i < news; i++) {
                newsArticle();
            }
            if (r.nextInt(10) < 6) {
                photoItem();
            }
            List<Gold.Union> goldUnions = unions.values().stream().map(this::resolveParent).toList();
            Gold gold = new Gold(pageId(index), goldUnions, List.copyOf(orgs.values()), List.copyOf(people.values()),
                    List.copyOf(places.values()), awards, events);
            return new GeneratedPage(pageId(index), date, header, text.toString(), articleCount, gold);
        }

        /** A parent union named on the page is the parent; otherwise it is the off-page parent (GUIDELINES). */
        private Gold.Union resolveParent(UnionFact u) {
            boolean onPage = u.parent != null && unions.containsKey(u.parent);
            return new Gold.Union(u.name, u.altNames, onPage ? u.parent : null, onPage ? null : u.parent, u.level,
                    u.unionOf, u.place);
        }

        // ── articles ──

        private void newsArticle() {
            Gazetteer.EventKind kind = pick(r, gz.events());
            Organiser o = organiser();
            String headline = uniqueHeadline(o.headlineName + (r.nextBoolean() ? "举办" : "开展") + kind.name());
            DateText when = dateText();
            List<String> eventPlaces = new ArrayList<>();
            String where = "";
            if (o.place != null && r.nextInt(3) > 0) {
                where = "在" + o.place + (o.placeIsVenue ? "" : "辖区");
                eventPlaces.add(o.place);
                if (o.venueWithin != null) {
                    place(o.place, List.of(), "venue", o.venueWithin);
                }
            }
            StringBuilder body = new StringBuilder();
            body.append(when.text).append("，").append(o.name).append(where).append("举办").append(kind.name())
                .append("。");
            if (r.nextInt(3) > 0) {
                String official = newPerson();
                String post = pick(r, gz.posts());
                union(MUNICIPAL, List.of("市总工会"), NATIONAL, "municipal", null, null);
                person(official, new Gold.Post(MUNICIPAL, post), null);
                body.append(MUNICIPAL).append(post).append(official).append("出席活动并讲话。");
            }
            if (r.nextBoolean()) {
                String local = newPerson();
                String post = pick(r, gz.posts());
                person(local, new Gold.Post(o.name, post), null);
                body.append(o.name).append(post).append(local).append("介绍了有关工作情况。");
            }
            appendFillers(body, 2 + r.nextInt(4));
            if (r.nextInt(10) < 4) {
                String holder = newPerson();
                String honour = pick(r, gz.honours());
                if (r.nextBoolean()) {
                    body.append("活动中，荣获“").append(honour).append("”称号的").append(holder).append("作了经验分享。");
                    award(holder, honour, null);
                } else {
                    int year = date.getYear() - 1 - r.nextInt(5);
                    body.append("活动中，").append(year).append("年“").append(honour).append("”获得者").append(holder)
                        .append("为职工作了示范讲解。");
                    award(holder, honour, year);
                }
            }
            appendFillers(body, 1 + r.nextInt(3));

            String reporter = pick(r, reporters);
            journalist(reporter);
            String byline = "记者 " + reporter;
            if (r.nextBoolean()) {
                String correspondent = newPerson();
                journalist(correspondent);
                byline += " 通讯员 " + correspondent;
            }
            text.append(headline).append("\n\n");
            if (r.nextBoolean()) {
                text.append(kind.deck()).append("\n\n");
            }
            // the PDF never breaks a column inside the short byline; elsewhere it may
            text.append("本报讯（").append(byline).append("）").append(columnBreaks(body.toString())).append("\n\n");
            events.add(new Gold.Event(headline, kind.type(), when.date, when.precision, eventPlaces, List.of(o.name)));
            articleCount++;
        }

        private void photoItem() {
            Gazetteer.EventKind kind = pick(r, gz.events());
            Organiser o = organiser();
            String headline = uniqueHeadline(o.shortName + kind.name() + "掠影");
            DateText when = dateText();
            StringBuilder body = new StringBuilder();
            body.append(when.text).append("，").append(o.name).append("组织开展").append(kind.name()).append("。");
            appendFillers(body, 1 + r.nextInt(2));
            String photographer = pick(r, reporters);
            journalist(photographer);
            body.append("本报记者 ").append(photographer).append(" 摄影报道");
            text.append(headline).append("\n\n").append(body).append("\n\n");
            events.add(new Gold.Event(headline, kind.type(), when.date, when.precision, List.of(), List.of(o.name)));
            articleCount++;
        }

        private String uniqueHeadline(String h) {
            String candidate = h;
            for (int n = 2; !usedHeadlines.add(candidate); n++) {
                candidate = h + "（" + n + "）";
            }
            return candidate;
        }

        private void appendFillers(StringBuilder body, int n) {
            for (int i = 0; i < n; i++) {
                body.append(pick(r, gz.fillers()));
            }
        }

        /**
         * Paragraphs as the PDF gives them: sentences grouped into paragraphs (blank line between), and now
         * and then a paragraph cut mid-sentence by a column end (a blank line inside a sentence).
         */
        private String columnBreaks(String article) {
            String[] sentences = article.split("(?<=。)");
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < sentences.length; i++) {
                String s = sentences[i];
                if (s.length() > 12 && r.nextInt(4) == 0) {
                    int cut = 4 + r.nextInt(s.length() - 8);
                    s = s.substring(0, cut) + "\n\n" + s.substring(cut);
                }
                out.append(s);
                if (i < sentences.length - 1 && r.nextInt(3) == 0) {
                    out.append("\n\n");
                }
            }
            return out.toString();
        }

        // ── who organises: a union of some level, with the facts its name carries ──

        /** @param venueWithin set when {@code place} is a venue to register as a place once the text writes it */
        private record Organiser(String name, String shortName, String headlineName, String place,
                                 boolean placeIsVenue, String venueWithin) {}

        private Organiser organiser() {
            int kind = r.nextInt(10);
            if (kind < 3) {                                   // district union
                Gazetteer.District d = pick(r, gz.districts());
                String name = d.name() + "总工会";
                district(d.name());
                union(name, List.of("北京市" + name), MUNICIPAL, "district", null, d.name());
                // the event's place is the district's workers' cultural palace (a venue) or the district itself
                String venue = r.nextBoolean() ? d.name() + "工人文化宫" : null;
                return new Organiser(name, name, name, venue != null ? venue : d.name(), venue != null,
                        venue != null ? d.name() : null);
            }
            if (kind < 5) {                                   // subdistrict union
                Gazetteer.District d = pick(r, gz.districts().stream().filter(x -> !x.subdistricts().isEmpty()).toList());
                String sub = pick(r, d.subdistricts());
                String name = d.name() + sub + "总工会";
                String shortName = sub + "总工会";
                district(d.name());
                place(sub, List.of(), "subdistrict", d.name());
                union(name, List.of(shortName, "北京市" + name), d.name() + "总工会", "subdistrict", null, sub);
                return new Organiser(name, shortName, name, sub, false, null);
            }
            if (kind < 7) {                                   // municipal industry union
                Gazetteer.IndustryUnion u = pick(r, gz.industryUnions());
                union(u.name(), List.of(u.shortName()), MUNICIPAL, "industry", null, null);
                return new Organiser(u.name(), u.shortName(), u.name(), null, false, null);
            }
            Gazetteer.Employer e = pick(r, gz.employers());      // enterprise union
            String name = e.name() + "工会";
            orgs.putIfAbsent(e.name(), new Gold.Organization(e.name(), List.of(), e.kind(), false));
            union(name, List.of(), null, "enterprise", e.name(), null);
            return new Organiser(name, name, name, e.name(), true, null);
        }

        private void district(String name) {
            place(name, List.of("北京市" + name), "district", null);
        }

        private void place(String name, List<String> alt, String kind, String within) {
            places.putIfAbsent(name, new Gold.Place(name, alt, kind, within));
        }

        private void union(String name, List<String> alt, String parent, String level, String unionOf, String place) {
            unions.putIfAbsent(name, new UnionFact(name, alt, parent, level, unionOf, place));
        }

        private void journalist(String name) {
            people.putIfAbsent(name, new Gold.Person(name, List.of(), List.of(), true));
        }

        private void person(String name, Gold.Post post, String honour) {
            people.put(name, new Gold.Person(name, post == null ? List.of() : List.of(post),
                    honour == null ? List.of() : List.of(honour), false));
        }

        private void award(String holder, String honour, Integer year) {
            person(holder, null, honour);
            awards.add(new Gold.Award(holder, honour, year));
        }

        /** A name not yet used on this page, and not a journalist's (a page names each person once). */
        private String newPerson() {
            String n;
            do {
                n = personName(r);
            } while (!usedPeople.add(n) || reporters.contains(n));
            return n;
        }

        // ── dates as the paper writes them ──

        private record DateText(String text, String date, String precision) {}

        private DateText dateText() {
            int day = date.getDayOfMonth();
            if (day > 1 && r.nextInt(10) < 6) {
                int d = 1 + r.nextInt(day - 1);
                String part = switch (r.nextInt(3)) { case 0 -> "上午"; case 1 -> "下午"; default -> ""; };
                LocalDate when = date.withDayOfMonth(d);
                return new DateText(date.getMonthValue() + "月" + d + "日" + part, when.toString(), "day");
            }
            return new DateText("近日", null, "before-publication");
        }
    }

    /** A union as first named; its parent is settled once the whole page is written. */
    private record UnionFact(String name, List<String> altNames, String parent, String level, String unionOf,
                             String place) {}
}
