package org.unionkg.evaluate;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unionkg.evaluate.Score.Measure;
import org.unionkg.evaluate.Score.Metric;
import org.unionkg.page.Manifest;
import org.unionkg.page.PageReader;
import org.unionkg.pipeline.PageProcessor;
import org.unionkg.store.ReferenceData;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole extraction, scored against hand-made gold: the seed pages (the rules were written against them) and
 * the development pages of {@code pages-dev/} (written in the seeds' style with other names, to check that the
 * rules hold on text they were not written for). Floors sit a little below what the extraction reaches, so a
 * change that loses quality fails here; raise them when the extraction gets better.
 */
class ExtractionQualityTest {
    private static Score seeds;
    private static Score dev;

    @BeforeAll
    static void extract() throws Exception {
        PageProcessor processor = PageProcessor.standard(new PageReader(Manifest.load(GoldFilesTest.SEEDS.resolve("manifest.json"))));
        seeds = score(processor, GoldFilesTest.SEEDS, Gold.seeds());
        Path devDir = devPages();
        dev = score(PageProcessor.standard(new PageReader(Manifest.load(devDir.resolve("manifest.json")))), devDir,
                Gold.loadAll(devDir));
    }

    private static Path devPages() throws URISyntaxException {
        return Path.of(ExtractionQualityTest.class.getResource("/pages-dev/manifest.json").toURI()).getParent();
    }

    private static Score score(PageProcessor processor, Path dir, List<Gold> gold) throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.create();
        ReferenceData.load().find().forEachRemaining(dsg::add);
        for (Gold g : gold) {
            processor.process(dir.resolve(g.page() + ".txt")).graphs()
                    .find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(dsg::add);
        }
        return new Evaluator().evaluate(dsg, gold);
    }

    private static void atLeast(Score s, Measure m, double precision, double recall) {
        double p = s.figure(m, Metric.PRECISION);
        double r = s.figure(m, Metric.RECALL);
        assertTrue(p >= precision && r >= recall, m + ": P " + p + " R " + r + " below " + precision + "/" + recall
                + "\n" + s.toTable() + "\n" + s.errorListing());
    }

    @Test
    void seedPagesKeepTheirQuality() {
        atLeast(seeds, Measure.UNIONS, 0.97, 0.97);
        atLeast(seeds, Measure.ORGANIZATIONS, 0.95, 0.9);
        atLeast(seeds, Measure.PEOPLE, 0.97, 0.97);
        atLeast(seeds, Measure.PLACES, 0.95, 0.95);
        atLeast(seeds, Measure.UNION_PARENT, 0.95, 0.92);
        atLeast(seeds, Measure.UNION_LEVEL, 0.95, 0.95);
        atLeast(seeds, Measure.POST, 0.95, 0.95);
        atLeast(seeds, Measure.EVENT_TYPE, 0.95, 0.95);
        atLeast(seeds, Measure.EVENT_PLACE, 0.95, 0.95);
        atLeast(seeds, Measure.EVENT_ORGANISER, 0.95, 0.95);
    }

    @Test
    void developmentPagesHoldTheSameRules() {
        for (Measure m : List.of(Measure.UNION_PARENT, Measure.EVENT_TYPE, Measure.EVENT_DATE)) {
            atLeast(dev, m, 0.95, 0.95);
        }
        // Floors, not goals: the figures of today's rules on the development pages, which keep growing with pages written
        // blind (908-911, 916-918 and 919-921 were held-out pages; 912-915 were written for this set without reading the
        // rules). Raise each floor as the rules improve; lower one only when a new page joins, and say so in the commit.
        // 919-921 joined in session 5: union level recall fell to .945 and organisations to .943, awards to .845.
        // Later in session 5: unions and places outside Beijing by county, false unions from generic phrases and
        // visit-framed venues raised unions and union levels to 1.0/1.0, places to .98/.99 and event places to .98/.97;
        // people found by their work, winners listed bare with their count and names without a Chinese surname raised
        // people and awards to 1.0/1.0 and posts to 1.0/.97. Floors at 1.0 leave no margin: the next page that
        // joins may lower them, with the reason in its commit.
        // Session 6: the held-out pages 120 and 121 joined as 922 and 923 (their held-out figures are in the README):
        // unions and levels fell to .989/.995, people to .998/.963, awards to 1.0/.902, posts to 1.0/.936, places to
        // .979/.983, event places to .986/.952, organisations to .964/.972. Then lists of people in new shapes (a count
        // and a quoted honour before 是：, names bracketed after an honour, 分别当选, transliterated names, occupations in
        // winners' items) raised people to 1.0/.991, awards to 1.0/.962 and posts to 1.0/.939.
        atLeast(dev, Measure.UNIONS, 0.98, 0.99);
        atLeast(dev, Measure.UNION_LEVEL, 0.98, 0.99);
        atLeast(dev, Measure.ORGANIZATIONS, 0.96, 0.97);
        atLeast(dev, Measure.PEOPLE, 1.0, 0.99);
        atLeast(dev, Measure.PLACES, 0.97, 0.98);
        atLeast(dev, Measure.AWARDS, 1.0, 0.96);
        atLeast(dev, Measure.POST, 1.0, 0.939);
        atLeast(dev, Measure.EVENT_PLACE, 0.98, 0.95);
        atLeast(dev, Measure.EVENT_ORGANISER, 0.98, 0.93);
    }
}
