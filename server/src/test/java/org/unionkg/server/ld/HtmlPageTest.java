package org.unionkg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionkg.server.ld.LdFixture.*;

import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML page of a resource: readable, linked, and escaped. */
class HtmlPageTest {

    static ResourceDescriber describer;
    static final LinkedDataSettings SETTINGS = new LinkedDataSettings(ID, "/unionkg");
    static final Function<Node, String> HREF = n -> SETTINGS.localName(n).map(l -> "/id/" + l).orElse(n.isURI() ? n.getURI() : null);

    @BeforeAll
    static void load() {
        describer = new ResourceDescriber(inMemory());
    }

    static String page(Node iri) {
        List<HtmlPage.Alternate> alternates = List.of(new HtmlPage.Alternate(RdfFormat.TURTLE, "http://h/doc/x.ttl"));
        return HtmlPage.render(describer.describe(iri).orElseThrow(), HREF, alternates, "http://h/unionkg/query");
    }

    @Test
    void theUnionPage() {
        String html = page(UNION);
        assertTrue(html.contains("<title>朝阳区总工会 · unionkg</title>"), html);
        assertTrue(html.contains("<h1>朝阳区总工会</h1>"), html);
        // type, by its Chinese label from the ontology graph
        assertTrue(html.contains(">工会组织</a>"), html);
        assertTrue(html.contains("又称 Also: 区总工会"), html);
        // a property by its Chinese label from the ontology
        assertTrue(html.contains(">所在地</a></td><td><a href=\"/id/place/chao-yang-qu\""), html);
        // parent and children, linked to their local pages
        assertTrue(html.contains("上级 Parent: <a href=\"/id/org/bei-jing-shi-zong-gong-hui\""), html);
        assertTrue(html.contains(">东湖街道总工会</a>"), html);
        // the person holding a post here, with the role as written
        assertTrue(html.contains("<td><a href=\"/id/person/zhang-san\" title=\"" + ID + "person/zhang-san\">张三</a></td><td>党组书记、副主席</td>"), html);
        // the event with its date and the date as written
        assertTrue(html.contains("2025-09-18 <span class=\"note\">(9月18日上午)</span>"), html);
        assertTrue(html.contains(">朝阳区职工技能大赛</a>"), html);
        // evidence with a link to its article
        assertTrue(html.contains("<blockquote>朝阳区总工会党组书记、副主席张三出席活动。<br><span class=\"note\">— <a href=\"/id/article/t-01\""), html);
        assertTrue(html.contains("朝阳区总工会举办职工技能大赛。"), "the mention's sentence: " + html);
        // the representations and the endpoint
        assertTrue(html.contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"http://h/doc/x.ttl\">"), html);
        assertTrue(html.contains("http://h/unionkg/query"), html);
    }

    @Test
    void aScriptInALabelStaysText() {
        String html = page(UNION);
        assertFalse(html.contains("<script"), "no script element may come from the data: " + html);
        assertTrue(html.contains("坏标签&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        // and on the page of the body itself, where the label is the title
        String own = page(SCRIPT_CHILD);
        assertFalse(own.contains("<script"), own);
        assertTrue(own.contains("<title>坏标签&lt;script&gt;alert(1)&lt;/script&gt; · unionkg</title>"), own);
    }

    @Test
    void thePersonPage() {
        String html = page(PERSON);
        assertTrue(html.contains("<h1>张三</h1>"), html);
        assertTrue(html.contains("<td><a href=\"/id/org/chao-yang-qu-zong-gong-hui\" title=\"" + ID
                                 + "org/chao-yang-qu-zong-gong-hui\">朝阳区总工会</a></td><td>党组书记、副主席</td>"), html);
        assertTrue(html.contains(">北京大工匠</a></td><td>2025</td>"), html);
        assertTrue(html.contains("张三获评北京大工匠。"), html);
        assertTrue(html.contains("ukg:part: 出席") || html.contains("part: 出席"), html);
    }

    @Test
    void escapeCoversTextAndAttributes() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;", HtmlPage.escape("<a href=\"x\" title='y'>&</a>"));
        assertEquals("", HtmlPage.escape(null));
    }

    @Test
    void onlyWebIrisBecomeLinks() {
        Node js = org.apache.jena.graph.NodeFactory.createURI("javascript:alert(1)");
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.add(org.apache.jena.graph.Triple.create(UNION, org.apache.jena.vocabulary.RDFS.seeAlso.asNode(), js));
        String html = HtmlPage.render(new ResourceDescription(UNION, g, org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph(), false), HREF, List.of(), null);
        assertFalse(html.contains("href=\"javascript:"), html);
        assertTrue(html.contains("javascript:alert(1)"), "shown as text: " + html);
    }
}
