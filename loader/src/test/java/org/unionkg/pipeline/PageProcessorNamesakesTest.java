package org.unionkg.pipeline;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unionkg.page.Manifest;
import org.unionkg.page.PageReader;
import org.unionkg.rdf.IriMinter;
import org.unionkg.rdf.UKG;
import org.unionkg.resolve.Affiliations;
import org.unionkg.resolve.Namesakes;
import org.unionkg.testing.ProjectRoot;

import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link PageProcessor} with a namesake table: the first pass ({@link PageProcessor#affiliations}) sees the bodies
 * {@code process} resolves by, an empty table changes no quad, and a table with namesakes changes their IRIs only.
 */
class PageProcessorNamesakesTest {
    private static PageProcessor seeds;
    private static PageProcessor namesakes;

    @BeforeAll
    static void processors() throws Exception {
        seeds = PageProcessor.standard(new PageReader(Manifest.load(ProjectRoot.seeds().resolve("manifest.json"))));
        namesakes = PageProcessor.standard(new PageReader(Manifest.empty()));
    }

    @Test
    void theSeedsHoldNoNamesakesAndTheirEmptyTableChangesNoLine() throws Exception {
        List<Path> files = seedFiles();
        Namesakes.Builder b = new Namesakes.Builder();
        for (Path f : files) {
            b.add(seeds.affiliations(f));
        }
        Namesakes table = b.build();
        assertTrue(table.isEmpty(), table::toString);
        int people = 0;
        for (Path f : files) {
            List<String> without = nquads(seeds.process(f).graphs());
            assertEquals(without, nquads(seeds.process(f, table).graphs()), f.toString());
            assertEquals(without, nquads(seeds.process(f, Namesakes.NONE).graphs()), f.toString());
            people += (int) without.stream().filter(l -> l.contains("<" + UKG.ID + "person/")).count();
        }
        assertTrue(people > 20, "the seeds name people: " + people);
    }

    @Test
    void theFirstPassSeesThePostsAPageHolds() throws Exception {
        Affiliations bus = namesakes.affiliations(namesake("910_ns_bus"));
        assertEquals("910_ns_bus", bus.pageId());
        assertEquals(Set.of(Set.of("北京公交集团")), bus.bodies().get("王伟"), bus::toString);
        assertEquals(Set.of(Set.of("北京市总工会")), bus.bodies().get("张强"), bus::toString);
        assertTrue(!bus.bodies().containsKey("赵敏"), "no post, nothing to decide");
        Affiliations both = namesakes.affiliations(namesake("913_ns_both"));
        assertEquals(Set.of(Set.of("北京公交集团", "北京市自来水集团工会")), both.bodies().get("王伟"), both::toString);
    }

    @Test
    void aTableWithANamesakeChangesHisIrisAndNothingElse() throws Exception {
        List<Path> corpus = Stream.of("910_ns_bus", "911_ns_water", "912_ns_water2").map(PageProcessorNamesakesTest::namesake).toList();
        Namesakes.Builder b = new Namesakes.Builder();
        for (Path f : corpus) {
            b.add(namesakes.affiliations(f));
        }
        Namesakes table = b.build();
        assertEquals(List.of("王伟"), table.splitNames());
        String plain = IriMinter.mint("person", "王伟");
        String bus = IriMinter.mint("person", "王伟", "北京公交集团");
        String author = "<https://schema.org/author";
        List<String> before = nquads(namesakes.process(corpus.get(0)).graphs());
        List<String> after = nquads(namesakes.process(corpus.get(0), table).graphs());
        assertNotEquals(before, after);
        assertTrue(after.stream().anyMatch(l -> l.contains(author + "> <" + plain + ">")), "the reporter 王伟 keeps the plain IRI");
        assertTrue(after.stream().anyMatch(l -> l.contains("<" + bus + "> <http://www.w3.org/ns/org#member>")
                || l.contains("<http://www.w3.org/ns/org#member> <" + bus + ">")), "the post-holder is tie-broken");
        assertTrue(after.stream().noneMatch(l -> l.contains("/post/" + local(plain) + "--")), "his post moved with him");
        // renamed back, the page is what it was: nothing but the post-holder, his posts and awards moved
        Set<String> back = after.stream().map(l -> l.replace(local(bus), local(plain))).collect(Collectors.toSet());
        assertEquals(Set.copyOf(before), back);
    }

    // --- helpers

    private static String local(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static List<Path> seedFiles() throws Exception {
        try (Stream<Path> s = Files.list(ProjectRoot.seeds())) {
            return s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static Path namesake(String id) {
        try {
            return Path.of(PageProcessorNamesakesTest.class.getResource("/pages-namesakes/" + id + ".txt").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page's N-Quads, line by line, sorted, blank node labels (fresh in every run) as {@code _:b}. */
    private static List<String> nquads(DatasetGraph dsg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dsg, Lang.NQUADS);
        return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n"))
                .map(l -> l.replaceAll("_:[A-Za-z0-9]+", "_:b")).sorted().collect(Collectors.toList());
    }
}
