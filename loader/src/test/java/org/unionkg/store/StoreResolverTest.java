package org.unionkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.article.Article;
import org.unionkg.article.ArticleSplitter;
import org.unionkg.extract.ArticleFacts;
import org.unionkg.extract.SharedExtractor;
import org.unionkg.page.BadPageException;
import org.unionkg.page.Manifest;
import org.unionkg.page.PageReader;
import org.unionkg.pipeline.PageProcessor;
import org.unionkg.pipeline.ProcessedPage;
import org.unionkg.rdf.EntityGraph;
import org.unionkg.rdf.IriMinter;
import org.unionkg.rdf.UKG;
import org.unionkg.resolve.Namesakes;
import org.unionkg.resolve.Resolution;
import org.unionkg.resolve.Resolver;
import org.unionkg.resolve.StoreResolver;
import org.unionkg.testing.SeedStore;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Namesakes across pages loaded separately ({@link StoreResolver} behind {@link GraphStore#replacePages} and
 * {@link BulkLoad#load}), on the synthetic pages of {@code pages-namesakes/}: 王伟 of 北京公交集团 (910) and 王伟 of
 * 北京市自来水集团 (911, 912) are two people; 913's 王伟 holds posts in both and joins them into one.
 */
class StoreResolverTest {
    private static final String WANG_WEI = "王伟";
    private static final String PLAIN = IriMinter.mint("person", WANG_WEI);
    private static final Node BUS_ARTICLE = article("910_ns_bus-01");
    private static final Node WATER_ARTICLE = article("911_ns_water-01");
    private static final Node WATER2_ARTICLE = article("912_ns_water2-01");

    private static PageProcessor processor;
    private static Map<String, ProcessedPage> pages;

    @BeforeAll
    static void processPages() throws Exception {
        processor = PageProcessor.standard(new PageReader(Manifest.empty()));
        pages = new TreeMap<>();
        for (String id : List.of("910_ns_bus", "911_ns_water", "912_ns_water2", "913_ns_both")) {
            pages.put(id, processor.process(file(id)));
        }
        pages.put("911_ns_water@v2", processor.process(file("v2/911_ns_water")));
    }

    @Test
    void namesakesWithDifferentBodiesOnPagesLoadedSeparatelyAreTwoPeople(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir)) {
            load(store, "910_ns_bus");
            assertEquals(PLAIN, member(store, BUS_ARTICLE, WANG_WEI), "alone, the plain IRI");
            load(store, "911_ns_water");
            String bus = member(store, BUS_ARTICLE, WANG_WEI);
            String water = member(store, WATER_ARTICLE, WANG_WEI);
            assertNotEquals(bus, water, "a bus team leader and a water group's union vice-chair are two people");
            assertTrue(bus.startsWith(PLAIN + "-") && water.startsWith(PLAIN + "-"), bus + " " + water);
            assertEquals(IriMinter.mint("person", WANG_WEI, "北京公交集团"), bus, "tie-broken by the group's body");
            assertEquals(IriMinter.mint("person", WANG_WEI, "北京市自来水集团工会"), water);

            // the post and the award follow the person; nothing in the graph keeps the old post or award
            String busLocal = bus.substring(bus.lastIndexOf('/') + 1);
            assertEquals(Set.of(UKG.ID + "post/" + busLocal + "--bei-jing-gong-jiao-ji-tuan"), subjects(store, BUS_ARTICLE, ORG.member.asNode(), bus));
            assertEquals(Set.of(UKG.ID + "award/" + busLocal + "--shou-du-lao-dong-jiang-zhang"),
                    subjects(store, BUS_ARTICLE, UKG.awardee.asNode(), bus));
            assertEquals(Set.of(), subjects(store, BUS_ARTICLE, ORG.member.asNode(), PLAIN));
            assertTrue(subjects(store, BUS_ARTICLE, Node.ANY, PLAIN).stream().allMatch(s -> s.equals(BUS_ARTICLE.getURI())
                    || s.startsWith(UKG.ID + "credit/")), "only byline edges keep the plain IRI");

            // the reporter 王伟 of 910's byline has no post: a journalist, the plain IRI, still a named person
            assertEquals(Set.of(BUS_ARTICLE.getURI()), subjects(store, BUS_ARTICLE, SchemaDO.author.asNode(), PLAIN));
            assertTrue(contains(store, EntityGraph.GRAPH, PLAIN, RDFS.label.asNode(), NodeFactory.createLiteralLang(WANG_WEI, "zh")));
            assertTrue(contains(store, EntityGraph.GRAPH, bus, RDFS.label.asNode(), NodeFactory.createLiteralLang(WANG_WEI, "zh")));
        }
    }

    @Test
    void theSameBodyOnTwoPagesIsOnePerson(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir)) {
            load(store, "911_ns_water");
            load(store, "912_ns_water2");
            assertEquals(PLAIN, member(store, WATER_ARTICLE, WANG_WEI), "one group: the plain IRI");
            assertEquals(PLAIN, member(store, WATER2_ARTICLE, WANG_WEI));
            load(store, "910_ns_bus");
            String water = member(store, WATER_ARTICLE, WANG_WEI);
            assertEquals(water, member(store, WATER2_ARTICLE, WANG_WEI), "the water group's 王伟 on two pages is one person");
            assertNotEquals(water, member(store, BUS_ARTICLE, WANG_WEI));
            assertNotEquals(PLAIN, water);
            // 张强 of 北京市总工会 on 910 and 912: one person, plain
            assertEquals(IriMinter.mint("person", "张强"), member(store, BUS_ARTICLE, "张强"));
            assertEquals(IriMinter.mint("person", "张强"), member(store, WATER2_ARTICLE, "张强"));
        }
    }

    @Test
    void aNameWithNoPostsAnywhereKeepsThePlainIri(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir)) {
            load(store, "910_ns_bus", "911_ns_water", "912_ns_water2");
            // 赵敏 (only inside 赵敏国家级技能大师工作室) on 910 and 911, while 王伟 of the same graphs is split
            assertNotEquals(PLAIN, member(store, WATER_ARTICLE, WANG_WEI));
            assertEquals(Set.of(IriMinter.mint("person", "赵敏")), persons(store, WATER_ARTICLE, "赵敏"));
            assertEquals(Set.of(IriMinter.mint("person", "赵敏")), persons(store, BUS_ARTICLE, "赵敏"));
            // and 冯晓, the reporter of 911 and 912, is one journalist
            assertEquals(Set.of(IriMinter.mint("person", "冯晓")), persons(store, WATER_ARTICLE, "冯晓"));
            assertEquals(Set.of(IriMinter.mint("person", "冯晓")), persons(store, WATER2_ARTICLE, "冯晓"));
        }
    }

    @Test
    void aPostInBothGroupsJoinsThemIntoOnePerson(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir)) {
            load(store, "910_ns_bus", "911_ns_water");
            assertNotEquals(PLAIN, member(store, BUS_ARTICLE, WANG_WEI));
            load(store, "913_ns_both");
            for (Node g : List.of(BUS_ARTICLE, WATER_ARTICLE, article("913_ns_both-01"))) {
                assertEquals(PLAIN, member(store, g, WANG_WEI), "one group again: " + g);
            }
        }
    }

    @Test
    void aReplacedPageWithoutTheNamesakeUnsplits(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir.resolve("a"));
             GraphStore fresh = GraphStore.open(dir.resolve("b"))) {
            load(store, "910_ns_bus", "911_ns_water");
            String split = member(store, BUS_ARTICLE, WANG_WEI);
            assertNotEquals(PLAIN, split);
            assertTrue(labelSearch(store, WANG_WEI).contains(split), "the index has the renamed person");

            load(store, "911_ns_water@v2");
            assertEquals(PLAIN, member(store, BUS_ARTICLE, WANG_WEI), "the namesake is gone: the plain IRI again");
            load(fresh, "910_ns_bus", "911_ns_water@v2");
            assertEquals(shapes(fresh.datasetGraph()), shapes(store.datasetGraph()), "as if the old page had never been");

            // the text index follows the renames: the tie-broken person is no longer found, the plain one is
            List<String> hits = labelSearch(store, WANG_WEI);
            assertFalse(hits.contains(split), hits::toString);
            assertTrue(hits.contains(PLAIN), hits::toString);
            assertEquals(labelSearch(fresh, WANG_WEI).stream().sorted().toList(), hits.stream().sorted().toList());
        }
    }

    @Test
    void orderAndBatchingDoNotMatter(@TempDir Path dir) throws Exception {
        List<String> ids = List.of("910_ns_bus", "911_ns_water", "912_ns_water2");
        List<String> reference;
        try (GraphStore store = GraphStore.open(dir.resolve("together"))) {
            load(store, ids.toArray(String[]::new));                       // one transaction
            reference = shapes(store.datasetGraph());
        }
        try (GraphStore store = GraphStore.open(dir.resolve("one-by-one"))) {
            for (String id : ids) {
                load(store, id);
            }
            assertEquals(reference, shapes(store.datasetGraph()), "one page per transaction");
        }
        try (GraphStore store = GraphStore.open(dir.resolve("reversed"))) {
            List<String> reversed = new ArrayList<>(ids);
            Collections.reverse(reversed);
            for (String id : reversed) {
                load(store, id);
            }
            load(store, "912_ns_water2", "910_ns_bus");                     // and a re-load changes nothing
            assertEquals(reference, shapes(store.datasetGraph()), "last page first, then re-loaded");
        }
        try (GraphStore store = GraphStore.open(dir.resolve("loader"))) {
            List<Path> files = List.of(file("912_ns_water2"), file("910_ns_bus"), file("911_ns_water"));
            LoadReport report = new PageLoader(processor, store, ProgressListener.NONE, 1, 2).load(files);
            assertEquals(3, report.pagesLoaded());
            assertEquals(reference, shapes(store.datasetGraph()), "PageLoader, two pages a transaction");
        }
        try (GraphStore store = GraphStore.open(dir.resolve("bulk"))) {
            Path nq = dir.resolve("pages.nq");
            BulkLoad.writeNQuads(processor, ids.stream().map(StoreResolverTest::file).toList(), nq, 1, ProgressListener.NONE);
            BulkLoad.load(store, List.of(nq), BulkLoad.Loader.PHASED);
            List<String> bulk = shapes(store.datasetGraph());
            bulk.removeIf(q -> q.startsWith("<" + ReferenceData.ONTOLOGY_GRAPH.getURI() + ">")
                    || q.startsWith("<" + ReferenceData.SHAPES_GRAPH.getURI() + ">"));
            assertEquals(reference, bulk, "bulk load");
            assertTrue(labelSearch(store, WANG_WEI).contains(member(store, BUS_ARTICLE, WANG_WEI)), "indexed after renames");
        }
        try (GraphStore store = GraphStore.open(dir.resolve("load-bulk"))) {
            List<Path> files = ids.stream().map(StoreResolverTest::file).toList();
            LoadReport report = BulkLoad.loadPages(processor, store, files, 2, BulkLoad.Loader.PARALLEL, ProgressListener.NONE);
            assertEquals(3, report.pagesLoaded());
            List<String> bulk = shapes(store.datasetGraph());
            bulk.removeIf(q -> q.startsWith("<" + ReferenceData.ONTOLOGY_GRAPH.getURI() + ">")
                    || q.startsWith("<" + ReferenceData.SHAPES_GRAPH.getURI() + ">"));
            assertEquals(reference, bulk, "load --bulk (pages streamed into the loader)");
            assertTrue(labelSearch(store, WANG_WEI).contains(member(store, BUS_ARTICLE, WANG_WEI)), "indexed as minted");
            assertNeedsNoRewrite(store);
            GraphStore.Recount recount = store.recount();
            assertTrue(recount.agrees(), recount::toString);
        }
    }

    /**
     * {@code load --bulk} decides the corpus's namesakes in a first pass and mints the final IRIs as it writes: the
     * store it builds is the transactional one, and resolving the whole store afterwards has nothing left to do.
     */
    @Test
    void aBulkLoadOfPagesDecidesNamesakesBeforeItWrites(@TempDir Path dir) {
        List<Path> files = List.of(file("910_ns_bus"), file("911_ns_water"), file("912_ns_water2"));
        Namesakes table = BulkLoad.namesakes(processor, files, 2, ProgressListener.NONE);
        assertEquals(List.of(WANG_WEI), table.splitNames(), table::toString);
        // 913 joins the two 王伟: one person, and no page alone splits him, so nothing is left to decide
        List<Path> withBoth = new ArrayList<>(files);
        withBoth.add(file("913_ns_both"));
        assertTrue(BulkLoad.namesakes(processor, withBoth, 2, ProgressListener.NONE).isEmpty());

        for (List<Path> corpus : List.of(files, withBoth)) {
            String name = "pages-" + corpus.size();
            try (GraphStore bulk = GraphStore.open(dir.resolve(name + "-bulk"));
                 GraphStore txn = GraphStore.open(dir.resolve(name + "-txn"))) {
                ReferenceData.install(txn);
                for (Path f : corpus) {                                 // one page a transaction
                    String id = f.getFileName().toString().replace(".txt", "");
                    load(txn, id);
                }
                List<Integer> totals = new ArrayList<>();
                List<Namesakes> told = new ArrayList<>();
                LoadReport r = BulkLoad.loadPages(processor, bulk, corpus, 2, BulkLoad.Loader.PHASED, new ProgressListener() {
                    @Override
                    public void pageDone(int done, int total, Path file) {
                        totals.add(total);
                    }

                    @Override
                    public void namesakesDecided(Namesakes namesakes, java.time.Duration time) {
                        told.add(namesakes);
                    }
                });
                assertTrue(r.ok(), r.errors().toString());
                assertEquals(Collections.nCopies(2 * corpus.size(), 2 * corpus.size()), totals, "each page once a pass");
                assertEquals(1, told.size());
                assertEquals(shapes(txn.datasetGraph()), shapes(bulk.datasetGraph()), name);
                assertEquals(txn.quadCount(), r.quadsAfter(), name);
                assertNeedsNoRewrite(bulk);
            }
        }
    }

    /** Renaming namesakes moves the quad count the store keeps by exactly what it rewrote. */
    @Test
    void theKeptQuadCountFollowsTheRenames(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            load(store, "910_ns_bus");
            load(store, "911_ns_water");                                    // splits 王伟 in two
            GraphStore.Recount split = store.recount();
            assertTrue(split.agrees(), split::toString);
            load(store, "913_ns_both");                                     // joins them again
            GraphStore.Recount joined = store.recount();
            assertTrue(joined.agrees(), joined::toString);
        }
    }

    /** The store gives each article the IRIs {@link Resolver} gives when it resolves all the pages' articles at once. */
    @Test
    void theStoreAgreesWithResolvingEveryArticleTogether(@TempDir Path dir) throws BadPageException {
        List<String> ids = List.of("910_ns_bus", "911_ns_water", "912_ns_water2");
        List<ArticleFacts> facts = new ArrayList<>();
        PageReader reader = new PageReader(Manifest.empty());
        for (String id : ids) {
            var page = reader.read(file(id));
            for (Article a : new ArticleSplitter().split(page)) {
                facts.add(SharedExtractor.extractor().extract(a, page.meta()));
            }
        }
        Resolution together = new Resolver().resolve(facts);
        try (GraphStore store = GraphStore.open(dir)) {
            for (String id : ids) {
                load(store, id);
            }
            int checked = 0;
            for (ArticleFacts f : facts) {
                for (String person : f.persons()) {
                    if (!f.affiliations(person).isEmpty()) {
                        assertEquals(together.person(f.articleId(), person).getURI(),
                                member(store, article(f.articleId()), person), f.articleId() + " " + person);
                        checked++;
                    }
                }
            }
            assertTrue(checked >= 5, "people with posts checked: " + checked);
        }
    }

    /** The seeds hold no namesakes: store-level resolution changes none of their IRIs; 刘欣欣 is one reporter. */
    @Test
    void theSeedsKeepTheirIris(@TempDir Path dir) {
        try (GraphStore store = SeedStore.seeds(dir)) {
            List<String> before = shapes(store.datasetGraph());
            StoreResolver.Rewrites r = Txn.calculateWrite(store.datasetGraph(),
                    () -> new StoreResolver(store.datasetGraph()).resolveAll());
            assertEquals(0, r.graphs(), r.toString());
            assertEquals(before, shapes(store.datasetGraph()));
            Set<String> reporter = Txn.calculateRead(store.datasetGraph(), () -> {
                Set<String> out = new TreeSet<>();
                store.datasetGraph().find(Node.ANY, Node.ANY, SchemaDO.author.asNode(), Node.ANY).forEachRemaining(q -> {
                    if (store.datasetGraph().contains(EntityGraph.GRAPH, q.getObject(), RDFS.label.asNode(),
                            NodeFactory.createLiteralLang("刘欣欣", "zh"))) {
                        out.add(q.getObject().getURI());
                    }
                });
                return out;
            });
            assertEquals(Set.of(IriMinter.mint("person", "刘欣欣")), reporter);
        }
    }

    // --- helpers

    /** Resolving the whole store again changes nothing: every person already has the IRI the rule wants. */
    private static void assertNeedsNoRewrite(GraphStore store) {
        List<String> before = shapes(store.datasetGraph());
        StoreResolver.Rewrites r = Txn.calculateWrite(store.datasetGraph(),
                () -> new StoreResolver(store.datasetGraph()).resolveAll());
        assertEquals(new StoreResolver.Rewrites(0, 0, 0, 0), r);
        assertEquals(before, shapes(store.datasetGraph()));
    }

    private static Path file(String id) {
        try {
            return Path.of(StoreResolverTest.class.getResource("/pages-namesakes/" + id + ".txt").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Node article(String id) {
        return NodeFactory.createURI(IriMinter.raw("article", id));
    }

    /** Loads these pages in one transaction, as {@link PageLoader} does. */
    private static void load(GraphStore store, String... ids) {
        List<ProcessedPage> batch = new ArrayList<>();
        for (String id : ids) {
            batch.add(pages.get(id));
        }
        store.replacePages(batch);
    }

    /** The IRI of the person labelled {@code name} who holds a post in this article graph (exactly one). */
    private static String member(GraphStore store, Node graph, String name) {
        DatasetGraph dsg = store.datasetGraph();
        Set<String> found = Txn.calculateRead(dsg, () -> {
            Set<String> out = new TreeSet<>();
            dsg.find(graph, Node.ANY, ORG.member.asNode(), Node.ANY).forEachRemaining(q -> {
                if (dsg.contains(EntityGraph.GRAPH, q.getObject(), RDFS.label.asNode(), NodeFactory.createLiteralLang(name, "zh"))) {
                    out.add(q.getObject().getURI());
                }
            });
            return out;
        });
        assertEquals(1, found.size(), () -> name + " with a post in " + graph + ": " + found);
        return found.iterator().next();
    }

    /** Every person labelled {@code name} (in the entities graph) that this graph names. */
    private static Set<String> persons(GraphStore store, Node graph, String name) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new TreeSet<>();
            dsg.find(EntityGraph.GRAPH, Node.ANY, RDFS.label.asNode(), NodeFactory.createLiteralLang(name, "zh"))
               .forEachRemaining(q -> {
                   Node p = q.getSubject();
                   if (dsg.contains(graph, p, Node.ANY, Node.ANY) || dsg.contains(graph, Node.ANY, Node.ANY, p)) {
                       out.add(p.getURI());
                   }
               });
            return out;
        });
    }

    private static Set<String> subjects(GraphStore store, Node graph, Node p, String object) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new TreeSet<>();
            dsg.find(graph, Node.ANY, p, NodeFactory.createURI(object)).forEachRemaining(q -> out.add(q.getSubject().toString()));
            return out;
        });
    }

    private static boolean contains(GraphStore store, Node graph, String s, Node p, Node o) {
        return Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().contains(graph, NodeFactory.createURI(s), p, o));
    }

    private static List<String> labelSearch(GraphStore store, String name) {
        return TextSearch.subjects(store.datasetGraph(), "rdfs:label \"" + name + "\"");
    }

    /** The store's quads as sorted lines, blank nodes as {@code _:b}. */
    private static List<String> shapes(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<String> lines = new ArrayList<>();
            dsg.find().forEachRemaining(q -> lines.add(line(q)));
            Collections.sort(lines);
            return lines;
        });
    }

    private static String line(Quad q) {
        return term(q.getGraph()) + " " + term(q.getSubject()) + " " + term(q.getPredicate()) + " " + term(q.getObject());
    }

    private static String term(Node n) {
        return n.isBlank() ? "_:b" : n.isURI() ? "<" + n.getURI() + ">" : n.toString();
    }
}
