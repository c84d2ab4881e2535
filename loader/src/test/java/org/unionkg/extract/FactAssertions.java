package org.unionkg.extract;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Assertions on extracted facts whose messages show what was found instead. */
final class FactAssertions {
    private FactAssertions() {}

    static OrgFact union(ArticleFacts f, String name) {
        OrgFact o = f.org(name);
        assertNotNull(o, () -> "no body " + name + " in " + f.articleId() + "; bodies: " + f.orgs().keySet());
        assertEquals(MentionType.UNION, o.type(), name + " should be a union body");
        return o;
    }

    static void union(ArticleFacts f, String name, String parent, String level) {
        OrgFact o = union(f, name);
        assertEquals(parent, o.parent(), name + " parent");
        assertEquals(level, o.level(), name + " level");
    }

    static OrgFact org(ArticleFacts f, String name, String kind) {
        OrgFact o = f.org(name);
        assertNotNull(o, () -> "no organisation " + name + " in " + f.articleId() + "; bodies: " + f.orgs().keySet());
        assertEquals(MentionType.ORGANIZATION, o.type(), name + " should not be a union");
        assertEquals(kind, o.kind(), name + " kind");
        return o;
    }

    static void alt(ArticleFacts f, String name, String alt) {
        OrgFact o = f.org(name);
        assertNotNull(o, name);
        assertTrue(o.altLabels().contains(alt), () -> name + " should have altLabel " + alt + ": " + o.altLabels());
    }

    static void post(ArticleFacts f, String person, String org, String roleText) {
        boolean found = f.posts().stream().anyMatch(p -> p.person().equals(person) && p.organization().equals(org)
                && java.util.Objects.equals(p.roleText(), roleText));
        if (!found) {
            fail("no post " + person + " | " + org + " | " + roleText + " in " + f.articleId() + "; posts: "
                    + f.posts().stream().map(p -> p.person() + "|" + p.organization() + "|" + p.roleText()).collect(Collectors.joining("; ")));
        }
    }

    static AwardFact award(ArticleFacts f, String awardee, String honour, Integer year) {
        AwardFact a = f.awards().stream().filter(x -> x.awardee().equals(awardee) && x.honour().equals(honour)).findFirst()
                .orElseThrow(() -> new AssertionError("no award " + awardee + " | " + honour + " in " + f.articleId() + "; awards: "
                        + f.awards().stream().map(x -> x.awardee() + "|" + x.honour()).toList()));
        assertEquals(year, a.year(), "year of " + awardee + " " + honour);
        return a;
    }

    static void person(ArticleFacts f, String name) {
        assertTrue(f.persons().contains(name), () -> name + " should be a person in " + f.articleId() + "; persons: " + f.persons());
    }

    static void notPerson(ArticleFacts f, String name) {
        assertFalse(f.persons().contains(name), () -> name + " is no person (" + f.articleId() + ")");
        assertTrue(f.mentions(MentionType.PERSON).stream().noneMatch(m -> m.text().equals(name)), name + " has a person mention");
    }

    static void place(ArticleFacts f, String name, String kind, String within) {
        PlaceFact p = f.places().get(name);
        assertNotNull(p, () -> "no place " + name + " in " + f.articleId() + "; places: " + f.places().keySet());
        assertEquals(kind, p.kind(), name + " kind");
        assertEquals(within, p.within(), name + " within");
    }

    static Mention mention(ArticleFacts f, MentionType type, String text) {
        return f.mentions().stream().filter(m -> m.type() == type && m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " mention " + text + " in " + f.articleId() + "; mentions: "
                        + f.mentions().stream().map(m -> m.type() + ":" + m.text()).toList()));
    }
}
