package org.unionkg.evaluate;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every gold file parses, agrees with itself and with its page text, and says what the pages say. */
class GoldFilesTest {
    static final Path SEEDS = Path.of("../seeds");
    static final Path DEV = org.unionkg.testing.ProjectRoot.get().resolve("loader/src/test/resources/pages-dev");
    static final Path HELDOUT = org.unionkg.testing.ProjectRoot.get().resolve("eval/heldout");

    static final Set<String> LEVELS = Set.of("national", "municipal", "industry", "district", "subdistrict",
            "enterprise", "federation", "outside-beijing", "foreign");
    static final Set<String> EVENT_TYPES = Set.of("inspection", "survey-visit", "meeting", "exchange",
            "skills-competition", "lecture", "study-session", "training", "culture-sports", "care-service",
            "volunteering", "award", "visit", "social", "drill", "other");
    static final Set<String> ORG_KINDS = Set.of("company", "hospital", "school", "government", "party", "court",
            "procuratorate", "legislature", "association", "other");
    static final Set<String> PLACE_KINDS = Set.of("district", "subdistrict", "venue", "outside");

    static List<Gold> all() throws IOException {
        List<Gold> all = new ArrayList<>(Gold.seeds());
        all.addAll(Gold.loadAll(DEV));
        all.addAll(heldOut());
        return all;
    }

    /** The held-out gold; the folder may be empty between two rounds of held-out pages. */
    static List<Gold> heldOut() throws IOException {
        return Files.isDirectory(HELDOUT) ? Gold.loadAll(HELDOUT) : List.of();
    }

    static String pageText(Gold g) throws IOException {
        Path file = Stream.of(SEEDS, DEV, HELDOUT).map(d -> d.resolve(g.page() + ".txt"))
                .filter(Files::exists).findFirst().orElseThrow(() -> new IOException("no page text for " + g.page()));
        // column breaks split names across lines, so names are looked for in the text without whitespace
        return Names.norm(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void fiveSeedsSixDevPagesAndGoldForEveryPage() throws IOException {
        assertEquals(5, Gold.seeds().size());
        assertTrue(Gold.loadAll(DEV).size() >= 6);
        for (Path dir : List.of(DEV, HELDOUT)) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> txt = Files.list(dir)) {
                for (Path t : txt.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    String id = t.getFileName().toString().replace(".txt", "");
                    assertTrue(Files.exists(dir.resolve(id + ".json")), "page without gold in " + dir + ": " + id);
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyGoldFileIsConsistent() throws IOException {
        return all().stream().map(g -> DynamicTest.dynamicTest(g.page(), () -> check(g)));
    }

    private static void check(Gold g) throws IOException {
        List<String> problems = new ArrayList<>();
        String text = pageText(g);
        Set<String> unions = new HashSet<>();
        Set<String> orgs = new HashSet<>();
        Set<String> places = new HashSet<>();
        Set<String> people = new HashSet<>();
        Map<String, String> aliasOwner = new HashMap<>();
        for (Gold.Union u : g.unions()) {
            claim(problems, aliasOwner, u.name(), u.altNames(), unions);
            named(problems, text, u.name(), u.altNames());
            if (!LEVELS.contains(u.level())) {
                problems.add("union " + u.name() + ": level " + u.level());
            }
        }
        for (Gold.Organization o : g.organizations()) {
            claim(problems, aliasOwner, o.name(), o.altNames(), orgs);
            if (!o.implied()) {
                named(problems, text, o.name(), o.altNames());
            }
            if (!ORG_KINDS.contains(o.kind())) {
                problems.add("organization " + o.name() + ": kind " + o.kind());
            }
        }
        for (Gold.Place p : g.places()) {
            if (!places.add(p.name())) {
                problems.add("place twice: " + p.name());
            }
            named(problems, text, p.name(), p.altNames());
            if (!PLACE_KINDS.contains(p.kind())) {
                problems.add("place " + p.name() + ": kind " + p.kind());
            }
        }
        for (Gold.Person p : g.people()) {
            if (!people.add(p.name())) {
                problems.add("person twice: " + p.name());
            }
            named(problems, text, p.name(), List.of());
        }
        Set<String> bodies = union(unions, orgs);
        for (Gold.Union u : g.unions()) {
            in(problems, "parent of " + u.name(), u.parent(), unions);
            in(problems, "unionOf of " + u.name(), u.unionOf(), orgs);
            in(problems, "place of " + u.name(), u.place(), places);
            if (u.parent() != null && u.offPageParent() != null) {
                problems.add(u.name() + ": both parent and offPageParent");
            }
            if (u.offPageParent() != null && unions.contains(u.offPageParent())) {
                problems.add(u.name() + ": offPageParent " + u.offPageParent() + " is on the page");
            }
        }
        for (Gold.Place p : g.places()) {
            in(problems, "within of " + p.name(), p.within(), places);
        }
        Set<String> honoursHeld = new HashSet<>();
        for (Gold.Person p : g.people()) {
            for (Gold.Post post : p.posts()) {
                in(problems, "post of " + p.name(), post.org(), bodies);
                if (post.roleText().isBlank() || !text.contains(Names.norm(post.roleText()))) {
                    problems.add("post of " + p.name() + ": role text not on the page: " + post.roleText());
                }
            }
            if (p.journalist() && !p.posts().isEmpty()) {
                problems.add("journalist with posts: " + p.name());
            }
            p.honours().forEach(h -> honoursHeld.add(p.name() + "|" + h));
        }
        Set<String> awarded = new HashSet<>();
        for (Gold.Award a : g.awards()) {
            in(problems, "awardee", a.awardee(), union(people, bodies));
            if (people.contains(a.awardee())) {
                awarded.add(a.awardee() + "|" + a.honour());
            }
            if (a.year() != null && (a.year() < 1950 || a.year() > 2025)) {
                problems.add("award year " + a.year());
            }
        }
        if (!awarded.equals(honoursHeld)) {
            problems.add("people's honours and awards disagree: " + honoursHeld + " vs " + awarded);
        }
        for (Gold.Event e : g.events()) {
            if (!text.contains(Names.norm(e.article()))) {
                problems.add("headline not on the page: " + e.article());
            }
            if (!EVENT_TYPES.contains(e.type())) {
                problems.add(e.article() + ": event type " + e.type());
            }
            String date = e.date();
            boolean ok = switch (String.valueOf(e.precision())) {
                case "day" -> date != null && date.matches("20\\d\\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");
                case "month" -> date != null && date.matches("20\\d\\d-(0[1-9]|1[0-2])");
                case "year" -> date != null && date.matches("20\\d\\d");
                case "before-publication" -> date == null || date.matches("20\\d\\d");
                default -> false;
            };
            if (!ok) {
                problems.add(e.article() + ": date " + date + " with precision " + e.precision());
            }
            e.places().forEach(p -> in(problems, "place of " + e.article(), p, union(places, bodies)));
            e.organisers().forEach(o -> in(problems, "organiser of " + e.article(), o, bodies));
        }
        assertEquals(List.of(), problems, g.page());
    }

    private static void claim(List<String> problems, Map<String, String> owner, String name, List<String> alts,
                              Set<String> names) {
        if (!names.add(name)) {
            problems.add("named twice: " + name);
        }
        for (String form : concat(name, alts)) {
            String was = owner.putIfAbsent(Names.norm(form), name);
            if (was != null && !was.equals(name)) {
                problems.add("form " + form + " claimed by " + was + " and " + name);
            }
        }
    }

    private static void named(List<String> problems, String text, String name, List<String> alts) {
        if (concat(name, alts).stream().noneMatch(f -> text.contains(Names.norm(f)))) {
            problems.add("not on the page in any form: " + name);
        }
    }

    private static void in(List<String> problems, String what, String name, Set<String> names) {
        if (name != null && !names.contains(name)) {
            problems.add(what + ": " + name + " is not in the file");
        }
    }

    private static List<String> concat(String name, List<String> alts) {
        List<String> all = new ArrayList<>(alts);
        all.add(0, name);
        return all;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }
}
