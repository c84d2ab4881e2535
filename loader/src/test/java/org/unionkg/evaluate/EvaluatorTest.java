package org.unionkg.evaluate;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.evaluate.Score.Measure;
import org.unionkg.evaluate.Score.Metric;
import org.unionkg.rdf.IriMinter;
import org.unionkg.rdf.UKG;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluatorTest {
    private static final String PAGE = "900_test";
    private static final String HEADLINE = "朝阳区总工会举办职工技能竞赛";

    /** A small page: two unions, one employer, a person with a post and an honour, a place, an event. */
    private static Gold smallGold() {
        return new Gold(PAGE,
                List.of(new Gold.Union("北京市总工会", List.of("市总工会"), null, null, "municipal", null, null),
                        new Gold.Union("朝阳区总工会", List.of(), "北京市总工会", null, "district", null, "朝阳区")),
                List.of(new Gold.Organization("北京公交集团", List.of(), "company", false)),
                List.of(new Gold.Person("张良", List.of(new Gold.Post("北京市总工会", "党组书记、副主席")), List.of(), false),
                        new Gold.Person("王芳", List.of(), List.of("朝阳工匠"), false),
                        new Gold.Person("刘欣欣", List.of(), List.of(), true)),
                List.of(new Gold.Place("朝阳区", List.of(), "district", null)),
                List.of(new Gold.Award("王芳", "朝阳工匠", 2025)),
                List.of(new Gold.Event(HEADLINE, "skills-competition", "2025-09-18", "day", List.of("朝阳区"),
                        List.of("朝阳区总工会"))));
    }

    private static Dataset perfect(Gold g) {
        Dataset ds = DatasetFactory.createTxnMem();
        new GoldRdf(ds, g.page()).writeAll(g);
        return ds;
    }

    private static Score score(Dataset ds, Gold g) {
        return new Evaluator().evaluate(ds, List.of(g));
    }

    private static void assertPerfect(Score s) {
        for (Measure m : Measure.values()) {
            assertEquals(1.0, s.figure(m, Metric.F1), 1e-9, m + "\n" + s.toTable() + s.errors());
        }
        assertEquals(List.of(), s.errors());
    }

    @Test
    void perfectExtractionScoresOne() {
        Score s = score(perfect(smallGold()), smallGold());
        assertPerfect(s);
        assertEquals(2, s.counts(Measure.UNIONS).tp());
        assertEquals(3, s.counts(Measure.PEOPLE).tp());
    }

    /** The gold of every seed, development and held-out page, written as RDF, scores 1 on every measure. */
    @TestFactory
    Stream<DynamicTest> everyGoldPageAsRdfScoresOne() throws IOException {
        return GoldFilesTest.all().stream().map(g -> DynamicTest.dynamicTest(g.page(),
                () -> assertPerfect(score(perfect(g), g))));
    }

    /** The store the loader writes is TDB2; the scorer opens its own read transaction there. */
    @Test
    void readsATdb2Store() throws IOException {
        Gold seed = Gold.loadResource("003_ba22a2eb888b9f8c");
        Dataset tdb = TDB2Factory.createDataset();
        Txn.executeWrite(tdb, () -> new GoldRdf(tdb, seed.page()).writeAll(seed));
        Score s = new Evaluator().evaluate(tdb, List.of(seed));
        assertPerfect(s);
        assertEquals(10, s.counts(Measure.AWARDS).tp());
    }

    @Test
    void aMissingUnionLowersRecallNotPrecision() {
        Dataset ds = perfect(smallGold());
        Model m = firstGraph(ds);
        Resource chaoyang = m.createResource(IriMinter.mint("org", "朝阳区总工会"));
        m.remove(chaoyang, RDF.type, UKG.UnionBody);
        Score s = score(ds, smallGold());
        assertEquals(0.5, s.figure(Measure.UNIONS, Metric.RECALL), 1e-9);
        assertEquals(1.0, s.figure(Measure.UNIONS, Metric.PRECISION), 1e-9);
        assertTrue(s.errors(Measure.UNIONS).toString().contains("FN unions [900_test] 朝阳区总工会"), s.errors().toString());
        // its parent link is no longer a union's link
        assertEquals(0.0, s.figure(Measure.UNION_PARENT, Metric.RECALL), 1e-9);
    }

    @Test
    void anExtraPersonLowersPrecisionNotRecall() {
        Dataset ds = perfect(smallGold());
        GoldRdf.named(firstGraph(ds), "person", "朝阳区工人", List.of()).addProperty(RDF.type, FOAF.Person);
        Score s = score(ds, smallGold());
        assertEquals(1.0, s.figure(Measure.PEOPLE, Metric.RECALL), 1e-9);
        assertEquals(0.75, s.figure(Measure.PEOPLE, Metric.PRECISION), 1e-9);
        assertEquals(1, s.errors(Measure.PEOPLE).size());
        assertTrue(s.errors(Measure.PEOPLE).get(0).falsePositive());
        assertTrue(s.errors(Measure.PEOPLE).get(0).fact().startsWith("朝阳区工人"));
    }

    @Test
    void anAltLabelMatchesTheGoldName() {
        Dataset ds = DatasetFactory.createTxnMem();
        Model m = new GoldRdf(ds, PAGE).article(HEADLINE);
        // the extraction chose the city-prefixed form as its label; gold lists only 朝阳区总工会
        GoldRdf.mentioned(m, m.createResource(IriMinter.mint("org", "北京市朝阳区总工会")))
                .addProperty(RDF.type, UKG.UnionBody)
                .addProperty(RDFS.label, "北京市朝阳区总工会", "zh")
                .addProperty(SKOS.altLabel, "朝阳区总工会", "zh");
        Score s = score(ds, smallGold());
        assertEquals(1, s.counts(Measure.UNIONS).tp());
        assertEquals(0, s.counts(Measure.UNIONS).fp());
        // and a gold alternative name matches an extracted label: 市总工会 is 北京市总工会
        GoldRdf.mentioned(m, m.createResource(IriMinter.mint("org", "市总工会"))).addProperty(RDF.type, UKG.UnionBody)
                .addProperty(RDFS.label, "市总工会", "zh");
        assertEquals(2, score(ds, smallGold()).counts(Measure.UNIONS).tp());
    }

    @Test
    void twoResourcesForOneUnionCountOnceRightAndOnceWrong() {
        Dataset ds = perfect(smallGold());
        Model m = firstGraph(ds);
        GoldRdf.mentioned(m, m.createResource(IriMinter.mint("org", "朝阳区总工会", "again")))
                .addProperty(RDF.type, UKG.UnionBody).addProperty(RDFS.label, "朝阳区总工会", "zh");
        Counts c = score(ds, smallGold()).counts(Measure.UNIONS);
        assertEquals(new Counts(2, 1, 0), c);
    }

    @Test
    void aPostWithOtherRoleTextIsWrong() {
        Dataset ds = perfect(smallGold());
        Model m = firstGraph(ds);
        Resource post = m.createResource(IriMinter.mint("post", "张良--北京市总工会"));
        m.removeAll(post, m.createProperty(UKG.NS + "roleText"), null);
        post.addProperty(m.createProperty(UKG.NS + "roleText"), "副主席", "zh");
        Score s = score(ds, smallGold());
        assertEquals(new Counts(0, 1, 1), s.counts(Measure.POST));
        assertTrue(s.errors(Measure.POST).toString().contains("张良 | 北京市总工会 | 党组书记、副主席"));
    }

    @Test
    void factsFromOtherPagesDoNotCount() {
        Dataset ds = perfect(smallGold());
        Model other = new GoldRdf(ds, "901_other").article("别的标题");
        GoldRdf.named(other, "person", "李四", List.of()).addProperty(RDF.type, FOAF.Person);
        GoldRdf.named(other, "org", "通州区总工会", List.of()).addProperty(RDF.type, UKG.UnionBody);
        assertPerfect(score(ds, smallGold()));
    }

    @Test
    void eventsArePairedByHeadlineAndTheirRelationsScored() {
        Dataset ds = perfect(smallGold());
        Model m = ds.getNamedModel(IriMinter.raw("article", PAGE + "-01"));
        Resource ev = m.createResource(IriMinter.raw("event", PAGE + "-1"));
        m.removeAll(ev, m.createProperty(UKG.NS + "eventType"), null);
        ev.addProperty(m.createProperty(UKG.NS + "eventType"), m.createResource(UKG.ID + "event-type/training"));
        Score s = score(ds, smallGold());
        assertEquals(1.0, s.figure(Measure.EVENTS, Metric.F1), 1e-9);
        assertEquals(new Counts(0, 1, 1), s.counts(Measure.EVENT_TYPE));
        assertEquals(1.0, s.figure(Measure.EVENT_DATE, Metric.F1), 1e-9);
        assertEquals(1.0, s.figure(Measure.EVENT_ORGANISER, Metric.F1), 1e-9);

        // an event of an article gold does not know is a false event
        Model other = new GoldRdf(ds, PAGE).article("另一条新闻");
        other.createResource(IriMinter.raw("event", PAGE + "-9")).addProperty(RDF.type, UKG.Event);
        assertEquals(new Counts(1, 1, 0), score(ds, smallGold()).counts(Measure.EVENTS));
    }

    @Test
    void aBodyTheArticleDoesNotNameIsNotCountedNorAreItsLinks() {
        Gold g = new Gold(PAGE,
                List.of(new Gold.Union("朝阳区建外街道总工会", List.of("建外街道总工会"), null, "朝阳区总工会", "subdistrict",
                        null, null)), null, null, null, null, null);
        Dataset ds = perfect(g);
        Model m = firstGraph(ds);
        // the implied district union, described but not named by the article, with its own parent and level
        m.createResource(IriMinter.mint("org", "朝阳区总工会")).addProperty(RDF.type, UKG.UnionBody)
                .addProperty(RDFS.label, "朝阳区总工会", "zh")
                .addProperty(ORG.subOrganizationOf, m.createResource(IriMinter.mint("org", "北京市总工会")))
                .addProperty(UKG.level, m.createResource(IriMinter.raw("level", "district")));
        Score s = score(ds, g);
        assertEquals(new Counts(1, 0, 0), s.counts(Measure.UNIONS));
        assertEquals(new Counts(0, 0, 0), s.counts(Measure.UNION_PARENT));
        assertEquals(new Counts(1, 0, 0), s.counts(Measure.UNION_LEVEL));
        // once the article names it, it is a thing of the page (here a wrong one)
        GoldRdf.mentioned(m, m.createResource(IriMinter.mint("org", "朝阳区总工会")));
        assertEquals(new Counts(1, 1, 0), score(ds, g).counts(Measure.UNIONS));
    }

    @Test
    void aLinkToAParentNotOnThePageIsNeitherRightNorWrong() {
        Gold g = new Gold(PAGE,
                List.of(new Gold.Union("朝阳区建外街道总工会", List.of("建外街道总工会"), null, "朝阳区总工会", "subdistrict",
                        null, null)), null, null, null, null, null);
        Dataset ds = perfect(g);
        Model m = firstGraph(ds);
        m.createResource(IriMinter.mint("org", "朝阳区建外街道总工会"))
                .addProperty(ORG.subOrganizationOf, m.createResource(IriMinter.mint("org", "北京市朝阳区总工会"))
                        .addProperty(RDFS.label, "北京市朝阳区总工会", "zh"));
        assertEquals(new Counts(0, 0, 0), score(ds, g).counts(Measure.UNION_PARENT));
        // but a link to some other parent is wrong
        m.createResource(IriMinter.mint("org", "朝阳区建外街道总工会"))
                .addProperty(ORG.subOrganizationOf, m.createResource(IriMinter.mint("org", "北京市总工会"))
                        .addProperty(RDFS.label, "北京市总工会", "zh"));
        assertEquals(new Counts(0, 1, 0), score(ds, g).counts(Measure.UNION_PARENT));
    }

    @Test
    void theTableHasARowPerMeasureWithItsFigures() {
        Dataset ds = perfect(smallGold());
        GoldRdf.named(firstGraph(ds), "person", "赵六", List.of()).addProperty(RDF.type, FOAF.Person);
        String table = score(ds, smallGold()).toTable();
        assertTrue(table.lines().anyMatch(l -> l.matches("people\\s+3\\s+4\\s+3\\s+1\\s+0\\s+0\\.750\\s+1\\.000\\s+0\\.857")),
                table);
        for (Measure m : Measure.values()) {
            assertTrue(table.contains(m.label()), m.label());
        }
    }

    @Test
    void headlinesMatchDespiteMarkdownAndQuoteMarks() {
        assertTrue(Evaluator.sameHeadline("北京排水集团“劳模榜样宣讲团”成立", "## 北京排水集团\"劳模榜样宣讲团\"成立"));
        assertTrue(Evaluator.sameHeadline("延庆区总工会将持续深化职工文化建设", "延庆区总工会将持续深化职工文化建设 "));
        assertTrue(!Evaluator.sameHeadline("团建共学提技能", "以书换蔬 共建书屋"));
        assertTrue(!Evaluator.sameHeadline("团建共学提技能", ""));
    }

    @Test
    void scoresByPageKeepPagesApart() {
        Dataset ds = perfect(smallGold());
        Gold other = new Gold("901_other", List.of(new Gold.Union("通州区总工会", List.of(), null, null, "district",
                null, null)), null, null, null, null, null);
        Map<String, Score> byPage = new Evaluator().evaluateByPage(ds, List.of(smallGold(), other));
        assertEquals(1.0, byPage.get(PAGE).figure(Measure.UNIONS, Metric.F1), 1e-9);
        assertEquals(0.0, byPage.get("901_other").figure(Measure.UNIONS, Metric.RECALL), 1e-9);
        assertTrue(byPage.get("901_other").errorListing().contains("FN unions [901_other] 通州区总工会"));
    }

    @Test
    void aGoldFileWithAMisspelledFieldIsRefused(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.json");
        Files.writeString(f, "{\"page\": \"x\", \"unions\": [{\"name\": \"朝阳区总工会\", \"parnet\": \"北京市总工会\"}]}");
        IOException e = assertThrows(IOException.class, () -> Gold.load(f));
        assertTrue(e.getMessage().contains("parnet"), e.getMessage());
    }

    private static Model firstGraph(Dataset ds) {
        return ds.getNamedModel(IriMinter.raw("article", PAGE + "-01"));
    }
}
