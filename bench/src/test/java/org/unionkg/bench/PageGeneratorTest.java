package org.unionkg.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.article.Article;
import org.unionkg.article.ArticleKind;
import org.unionkg.evaluate.Gold;
import org.unionkg.page.Manifest;
import org.unionkg.page.PageReader;
import org.unionkg.pipeline.PageProcessor;
import org.unionkg.pipeline.ProcessedPage;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageGeneratorTest {
    private static final PageGenerator GEN = new PageGenerator(7);

    @Test
    void aSeedAlwaysGivesTheSamePagesAndAnotherSeedOthers() {
        assertEquals(GEN.page(3).text(), new PageGenerator(7).page(3).text());
        assertEquals(GEN.page(3).gold(), new PageGenerator(7).page(3).gold());
        assertNotEquals(GEN.page(3).text(), new PageGenerator(8).page(3).text());
        assertNotEquals(GEN.page(3).text(), GEN.page(4).text());
    }

    @Test
    void everyGoldNameIsWrittenOnThePage() {
        for (int i = 0; i < 50; i++) {
            GeneratedPage p = GEN.page(i);
            String flat = p.text().replace("\n", "");
            Gold g = p.gold();
            g.people().forEach(x -> assertTrue(flat.contains(x.name()), p.id() + ": " + x.name()));
            g.places().forEach(x -> assertTrue(flat.contains(x.name()), p.id() + ": " + x.name()));
            g.organizations().forEach(x -> assertTrue(flat.contains(x.name()), p.id() + ": " + x.name()));
            g.awards().forEach(a -> assertTrue(flat.contains("“" + a.honour() + "”"), p.id() + ": " + a.honour()));
            g.people().forEach(x -> x.posts().forEach(post ->
                    assertTrue(flat.contains(post.org() + post.roleText() + x.name()), p.id() + ": " + post)));
            // every union the page names is in the text whole, or (a subdistrict union) by its short form
            g.unions().forEach(u -> assertTrue(flat.contains(u.name()) || u.altNames().stream().anyMatch(flat::contains),
                    p.id() + ": " + u.name()));
        }
    }

    @Test
    void parentsFollowTheGuidelines() {
        for (int i = 0; i < 200; i++) {
            Gold g = GEN.page(i).gold();
            Set<String> named = g.unions().stream().map(Gold.Union::name).collect(Collectors.toSet());
            for (Gold.Union u : g.unions()) {
                if (u.name().endsWith("街道总工会") || u.name().endsWith("镇总工会")) {
                    String district = u.name().substring(0, u.name().indexOf('区') + 1) + "总工会";
                    assertEquals(named.contains(district) ? district : null, u.parent(), u.name());
                    assertEquals(named.contains(district) ? null : district, u.offPageParent(), u.name());
                }
                if (u.level().equals("enterprise")) {
                    assertEquals(null, u.parent());
                    assertEquals(u.name(), u.unionOf() + "工会");
                }
            }
        }
    }

    /** The pages read as the seeds do: the splitter finds every article with its headline and byline. */
    @Test
    void theSplitterFindsEveryArticleAndItsByline(@TempDir Path dir) throws Exception {
        Corpus corpus = Corpus.write(GEN, 30, dir);
        PageProcessor processor = PageProcessor.standard(new PageReader(Manifest.load(corpus.manifest())));
        for (int i = 0; i < 30; i++) {
            GeneratedPage gp = GEN.page(i);
            ProcessedPage pp = assertDoesNotThrowProcessing(processor, corpus.pagesDir().resolve(gp.fileName()));
            List<Article> articles = pp.articles();
            assertEquals(gp.articles(), articles.size(), gp.id() + " articles");
            List<String> headlines = gp.gold().events().stream().map(Gold.Event::article).toList();
            assertEquals(headlines, articles.stream().map(Article::headline).toList(), gp.id());
            Set<String> journalists = gp.gold().people().stream().filter(Gold.Person::journalist)
                    .map(Gold.Person::name).collect(Collectors.toSet());
            Set<String> credited = articles.stream().flatMap(a -> a.byline().credits().stream())
                    .map(c -> c.name()).collect(Collectors.toSet());
            assertEquals(journalists, credited, gp.id());
            assertTrue(articles.stream().filter(a -> a.kind() == ArticleKind.PHOTO).count() <= 1);
            assertEquals(gp.date(), pp.page().date().orElseThrow());
            assertTrue(articles.stream().noneMatch(a -> a.body().contains("\n\n")), "column breaks repaired");
        }
    }

    private static ProcessedPage assertDoesNotThrowProcessing(PageProcessor p, Path f) {
        try {
            return p.process(f);
        } catch (Exception e) {
            throw new AssertionError(f + ": " + e, e);
        }
    }
}
