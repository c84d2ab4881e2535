package org.unionkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.unionkg.article.Article;
import org.unionkg.article.ArticleKind;
import org.unionkg.article.Byline;
import org.unionkg.article.Credit;
import org.unionkg.article.CreditRole;
import org.unionkg.page.Page;
import org.unionkg.page.PageMeta;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleToRdfTest {
    static final String BODY = "近日，北京大学人民医院工会专题学习习近平总书记在庆祝中华全国总工会成立100周年暨全国劳动模范和先进工作者表彰大会上的重要讲话。";

    static final Page PAGE = new Page("000_8c79aeed4abb6d7c", Path.of("seeds/000_8c79aeed4abb6d7c.txt"), "…",
            new PageMeta("000_8c79aeed4abb6d7c.txt", "劳动午报", "深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面", null, 2025, null));

    static final Article ARTICLE = new Article("000_8c79aeed4abb6d7c", 2,
            "北京大学人民医院工会专题学习习近平总书记重要讲话精神", List.of("在全院营造尊重劳动、崇尚创新良好氛围"),
            new Byline(List.of(new Credit("宗晓畅", CreditRole.REPORTER), new Credit("刘安琪", CreditRole.CORRESPONDENT)),
                    "记者 宗晓畅 通讯员 刘安琪"),
            BODY, ArticleKind.NEWS, 1200, 2400);

    static Dataset write() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        var out = StreamRDFLib.dataset(dsg);
        ArticleToRdf.writePage(PAGE, List.of(ARTICLE), out);
        ArticleToRdf.writeArticle(PAGE, ARTICLE, out);
        return DatasetFactory.wrap(dsg);
    }

    @Test
    void articleGoesInItsOwnGraphWithHeadlineDeckBodyAndOffsets() {
        Dataset ds = write();
        Node g = ArticleToRdf.articleIri(ARTICLE);
        assertEquals("https://w3id.org/unionkg/id/article/000_8c79aeed4abb6d7c-02", g.getURI());
        List<QuerySolution> rows = select(ds, """
                PREFIX schema: <https://schema.org/> PREFIX ukg: <https://w3id.org/unionkg/def#>
                SELECT ?g ?h ?d ?s ?e ?n ?page WHERE { GRAPH ?g { ?a a schema:NewsArticle ; schema:headline ?h ; ukg:deck ?d ;
                  schema:articleBody ?b ; ukg:startOffset ?s ; ukg:endOffset ?e ; ukg:articleNumber ?n ; ukg:onPage ?page } }""");
        assertEquals(1, rows.size());
        QuerySolution r = rows.get(0);
        assertEquals(g.getURI(), r.getResource("g").getURI());
        assertEquals("北京大学人民医院工会专题学习习近平总书记重要讲话精神", r.getLiteral("h").getLexicalForm());
        assertEquals("zh", r.getLiteral("h").getLanguage());
        assertEquals("在全院营造尊重劳动、崇尚创新良好氛围", r.getLiteral("d").getLexicalForm());
        assertEquals(1200, r.getLiteral("s").getInt());
        assertEquals(2400, r.getLiteral("e").getInt());
        assertEquals(2, r.getLiteral("n").getInt());
        assertEquals("https://w3id.org/unionkg/id/page/000_8c79aeed4abb6d7c", r.getResource("page").getURI());
    }

    @Test
    void bylineGivesAuthorsWithTheirRoles() {
        List<QuerySolution> rows = select(write(), """
                PREFIX schema: <https://schema.org/> PREFIX ukg: <https://w3id.org/unionkg/def#>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?p ?name ?role WHERE { GRAPH ?g { ?a schema:author ?p ; ukg:credit ?c . ?c ukg:creditedPerson ?p ;
                  ukg:creditRole ?role } GRAPH <https://w3id.org/unionkg/graph/entities> { ?p a foaf:Person ; rdfs:label ?name } }
                ORDER BY ?name""");
        List<String> got = new ArrayList<>();
        rows.forEach(r -> got.add(r.getLiteral("name").getLexicalForm() + " " + r.getLiteral("role").getLexicalForm()
                + " " + r.getResource("p").getURI()));
        assertEquals(List.of(
                "刘安琪 通讯员 https://w3id.org/unionkg/id/person/liu-an-qi",
                "宗晓畅 记者 https://w3id.org/unionkg/id/person/zong-xiao-chang"), got);
    }

    @Test
    void pageGraphListsItsArticlesAndSourceByFileName() {
        List<QuerySolution> rows = select(write(), """
                PREFIX schema: <https://schema.org/> PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?part ?src WHERE { GRAPH <https://w3id.org/unionkg/id/page/000_8c79aeed4abb6d7c> {
                  ?p schema:hasPart ?part ; prov:wasDerivedFrom ?src } }""");
        assertEquals(1, rows.size());
        assertEquals(ArticleToRdf.articleIri(ARTICLE).getURI(), rows.get(0).getResource("part").getURI());
        assertTrue(rows.get(0).getResource("src").getURI().endsWith("/id/source/000_8c79aeed4abb6d7c.txt"));
    }

    static List<QuerySolution> select(Dataset ds, String q) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            List<QuerySolution> out = new ArrayList<>();
            qe.execSelect().forEachRemaining(out::add);
            return out;
        }
    }
}
