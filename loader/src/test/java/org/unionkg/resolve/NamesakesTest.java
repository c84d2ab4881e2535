package org.unionkg.resolve;

import org.junit.jupiter.api.Test;
import org.unionkg.extract.ArticleFacts;
import org.unionkg.extract.PostFact;
import org.unionkg.rdf.IriMinter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus's namesake table on hand-made occurrences: it decides, page by page, what resolving every article
 * together decides.
 */
class NamesakesTest {
    private static final String BUS = "北京公交集团";
    private static final String WATER = "北京市自来水集团工会";
    private static final String WATER_CO = "北京市自来水集团";
    private static final String FED = "北京市总工会";
    private static final String HOSPITAL = "北京大学人民医院";

    /**
     * Four pages. 王伟: of the bus group (p1), of the water union (p2), of the water union and the water company
     * (p3): two people. 李红: of the bus group and of the hospital in two articles of p1 (two people, on p1 alone),
     * joined by p4, where one 李红 holds posts in both: one person. 张强: of the federation on p1 and p2. 赵敏: never
     * a post.
     */
    private static final List<List<ArticleFacts>> PAGES = List.of(
            List.of(article("p1-01", post("王伟", BUS), post("张强", FED), person("赵敏")),
                    article("p1-02", post("李红", BUS)),
                    article("p1-03", post("李红", HOSPITAL), person("王伟"))),
            List.of(article("p2-01", post("王伟", WATER), post("张强", FED), person("赵敏"))),
            List.of(article("p3-01", post("王伟", WATER), post("王伟", WATER_CO))),
            List.of(article("p4-01", post("李红", BUS), post("李红", HOSPITAL))));

    @Test
    void theTableHoldsTheSplitNamesWithTheirGroupsTieBreakersAndTheNamesAPageAloneWouldSplit() {
        Namesakes table = table(PAGES);
        assertEquals(List.of("王伟"), table.splitNames());
        assertEquals(Set.of("王伟", "李红"), table.names(), "李红 is decided too: one person, though p1 alone splits her");
        Map<String, Set<String>> occurrences = new TreeMap<>(Map.of("a", Set.of(WATER_CO), "b", Set.of(BUS), "c", Set.of()));
        // the water group's tie-breaker is its alphabetically first body, for either body
        assertEquals(Map.of("a", WATER_CO, "b", BUS), table.tieBreakers("王伟", occurrences));
        assertEquals(Map.of(), table.tieBreakers("李红", Map.of("p1-02", Set.of(BUS), "p1-03", Set.of(HOSPITAL))));
        assertNull(table.tieBreakers("张强", Map.of("p1-01", Set.of(FED))), "one person everywhere: left to the page");
        assertNull(table.tieBreakers("赵敏", Map.of("p1-01", Set.of())));
    }

    @Test
    void eachPageResolvedWithTheTableGetsWhatResolvingAllArticlesTogetherGives() {
        Namesakes table = table(PAGES);
        List<ArticleFacts> all = PAGES.stream().flatMap(List::stream).toList();
        Resolution together = new Resolver().resolve(all);
        int checked = 0;
        for (List<ArticleFacts> page : PAGES) {
            Resolution alone = new Resolver().resolve(page, table);
            for (ArticleFacts f : page) {
                for (String name : f.persons()) {
                    assertEquals(together.person(f.articleId(), name), alone.person(f.articleId(), name), f.articleId() + " " + name);
                    checked++;
                }
            }
        }
        assertEquals(11, checked);
        // and the cases that make it so: p1 alone would split 李红, and 王伟 needs the other pages to be split
        assertTrue(new Resolver().resolve(PAGES.get(0)).person("p1-02", "李红").getURI().startsWith(plain("李红") + "-"));
        assertEquals(plain("李红"), together.person("p1-02", "李红").getURI());
        assertEquals(IriMinter.mint("person", "王伟", BUS), together.person("p1-01", "王伟").getURI());
        assertEquals(IriMinter.mint("person", "王伟", WATER_CO), together.person("p2-01", "王伟").getURI());
        assertEquals(plain("王伟"), together.person("p1-03", "王伟").getURI(), "without a post, the plain IRI");
    }

    @Test
    void theOrderOfThePagesDoesNotMatterAndAPageGivenTwiceCountsOnce() {
        List<List<ArticleFacts>> reversed = new ArrayList<>(PAGES);
        java.util.Collections.reverse(reversed);
        assertEquals(table(PAGES), table(reversed));

        Namesakes.Builder b = new Namesakes.Builder();
        b.add(Affiliations.of("p1", PAGES.get(0)));
        b.add(Affiliations.of("p1", PAGES.get(1)));           // the same page id again: ignored
        assertEquals(1, b.pages());
        assertEquals(Set.of("李红"), b.build().names());
    }

    @Test
    void noNamesakesGiveTheEmptyTableAndThePerPageResolution() {
        Namesakes table = table(List.of(PAGES.get(1), PAGES.get(2)));
        assertTrue(table.isEmpty(), table::toString);
        assertEquals(Namesakes.NONE, table);
        assertEquals(Namesakes.NONE, new Namesakes.Builder().build());
        for (List<ArticleFacts> page : PAGES) {
            Resolution plain = new Resolver().resolve(page);
            Resolution withTable = new Resolver().resolve(page, Namesakes.NONE);
            for (ArticleFacts f : page) {
                for (String name : f.persons()) {
                    assertEquals(plain.person(f.articleId(), name), withTable.person(f.articleId(), name));
                }
            }
        }
    }

    @Test
    void aPageTheTableWasNotBuiltWithIsRefusedForTheNamesItDecides() {
        Namesakes table = table(PAGES);
        List<ArticleFacts> stranger = List.of(article("p9-01", post("王伟", HOSPITAL)));
        assertThrows(IllegalArgumentException.class, () -> new Resolver().resolve(stranger, table));
        // a name the table does not decide is resolved on the page, as always
        assertEquals(plain("张强"), new Resolver().resolve(List.of(article("p9-01", post("张强", HOSPITAL))), table)
                .person("p9-01", "张强").getURI());
    }

    @Test
    void affiliationsKeepOnlyTheDistinctNonEmptySetsOfBodies() {
        Affiliations a = Affiliations.of("p1", PAGES.get(0));
        assertEquals(Map.of("王伟", Set.of(Set.of(BUS)), "张强", Set.of(Set.of(FED)),
                "李红", Set.of(Set.of(BUS), Set.of(HOSPITAL))), a.bodies());
        assertThrows(IllegalArgumentException.class, () -> new Affiliations("p", Map.of("赵敏", Set.of(Set.of()))));
    }

    // --- helpers

    private static Namesakes table(List<List<ArticleFacts>> pages) {
        Namesakes.Builder b = new Namesakes.Builder();
        for (List<ArticleFacts> page : pages) {
            String id = page.get(0).articleId();
            b.add(Affiliations.of(id.substring(0, id.indexOf('-')), page));
        }
        return b.build();
    }

    private static String plain(String name) {
        return IriMinter.mint("person", name);
    }

    private record Named(String person, PostFact post) {}

    private static Named post(String person, String body) {
        return new Named(person, new PostFact(person, body, "副主席", List.of("副主席"), ""));
    }

    private static Named person(String person) {
        return new Named(person, null);
    }

    private static ArticleFacts article(String id, Named... named) {
        List<String> persons = Arrays.stream(named).map(Named::person).distinct().toList();
        List<PostFact> posts = Arrays.stream(named).map(Named::post).filter(p -> p != null).collect(Collectors.toList());
        return new ArticleFacts(id, List.of(), Map.of(), Map.of(), persons, List.of(), posts, List.of());
    }
}
