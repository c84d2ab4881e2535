package org.unionkg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionkg.server.ld.LdFixture.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** Compact JSON-LD with the published context: short keys, Chinese as plain strings, same triples. */
class JsonLdContextTest {

    static final JsonLdContext CONTEXT = JsonLdContext.standard();

    @Test
    void compactJsonAJavaScriptClientCanRead() {
        ResourceDescription d = new ResourceDescriber(inMemory()).describe(UNION).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CONTEXT.write(d.graph(), UNION, "http://h/context.jsonld", out);
        String text = out.toString(StandardCharsets.UTF_8);
        JsonObject doc = JSON.parse(text);
        assertEquals("http://h/context.jsonld", doc.get("@context").getAsString().value(), text);
        JsonArray graph = doc.get("@graph").getAsArray();
        JsonObject union = graph.get(0).getAsObject();
        assertEquals(UNION.getURI(), union.getString("id"), "the resource comes first");
        assertEquals("UnionBody", union.getString("type"));
        assertEquals("朝阳区总工会", union.getString("label"), "Chinese label as a plain string (the context says zh)");
        assertEquals("区总工会", union.get("altLabel").getAsArray().get(0).getAsString().value());
        assertEquals(PARENT.getURI(), union.getString("subOrganizationOf"), "links as plain IRI strings");
        assertTrue(union.get("subjectOf").getAsArray().stream().anyMatch(v -> v.getAsString().value().equals(ARTICLE_1.getURI())), text);
        JsonObject post = node(graph, POST.getURI());
        assertEquals("党组书记、副主席", post.getString("roleText"));
        assertEquals(PERSON.getURI(), post.getString("member"));
        assertTrue(text.contains("\"朝阳区总工会\""), "UTF-8, not \\u escapes: " + text);
    }

    @Test
    void anEventWithItsCount() {
        ResourceDescription d = new ResourceDescriber(inMemory()).describe(EVENT).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CONTEXT.write(d.graph(), EVENT, "http://h/context.jsonld", out);
        JsonArray graph = JSON.parse(out.toString(StandardCharsets.UTF_8)).get("@graph").getAsArray();
        JsonObject event = graph.get(0).getAsObject();
        assertEquals("朝阳区职工技能大赛", event.getString("label"));
        assertEquals("9月18日上午", event.getString("dateText"));
        // the head count (a blank node) is nested in the event
        JsonObject count = event.get("headcount").getAsObject();
        assertFalse(count.hasKey("id"), count.toString());
        // typed by the context (xsd:integer, xsd:boolean), so plain strings here
        assertEquals("500", count.getString("countValue"));
        assertEquals("true", count.getString("approximate"));
        assertEquals("500余名职工", count.getString("countText"));
        JsonObject participation = event.get("participation").getAsArray().get(0).getAsObject();
        assertEquals(PERSON.getURI(), participation.getString("participant"));
        assertEquals("出席", participation.getString("part"));
        // nested, not repeated at the top
        assertTrue(graph.stream().noneMatch(v -> v.getAsObject().hasKey("countText")), graph.toString());
    }

    @Test
    void theContextGivesBackTheSameTriples() {
        // the event: its blank nodes are nested, and must come back the same
        ResourceDescription d = new ResourceDescriber(inMemory()).describe(EVENT).orElseThrow();
        // inline the context to parse without a server
        String compact = CONTEXT.compact(d.graph()).toString();
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(compact, Lang.JSONLD).parse(back);
        assertTrue(back.isIsomorphicWith(d.graph()), () -> "lost or changed triples:\n" + compact);
        // the context keeps the language: parsed back, the label is @zh
        assertTrue(back.contains(PERSON, org.apache.jena.vocabulary.RDFS.label.asNode(), zh("张三")));
        assertTrue(back.contains(EVENT, org.apache.jena.vocabulary.RDFS.label.asNode(), zh("朝阳区职工技能大赛")));
    }

    static JsonObject node(JsonArray graph, String id) {
        for (JsonValue v : graph)
            if (v.isObject() && id.equals(v.getAsObject().getString("id")))
                return v.getAsObject();
        throw new AssertionError("no node " + id + " in " + graph);
    }
}
