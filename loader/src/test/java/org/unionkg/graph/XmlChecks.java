package org.unionkg.graph;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Structural checks of the GraphML and GEXF exports, with a namespace-aware DOM parser, in place of validation
 * against the published XSDs: no registry this build can reach ships them whole (see xsd/README.md in the test
 * resources). Each check is a rule of the format's schema or specification that a reader relies on.
 */
final class XmlChecks {
    private XmlChecks() {}

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nl = parent.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) {
            if (nl.item(i) instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static Element only(Element parent, String ns, String name) {
        List<Element> l = children(parent, ns, name);
        assertEquals(1, l.size(), "one <" + name + "> in <" + parent.getLocalName() + ">");
        return l.get(0);
    }

    /** GraphML (graphml-structure.xsd and the primer): keys, one directed graph, unique ids, edges between nodes. */
    static Document checkGraphMl(byte[] xml) {
        String ns = GraphMlWriter.NS;
        Document doc = parse(xml);
        Element root = doc.getDocumentElement();
        assertEquals(ns, root.getNamespaceURI());
        assertEquals("graphml", root.getLocalName());
        Map<String, String> keyDomain = new HashMap<>();
        for (Element key : children(root, ns, "key")) {
            assertTrue(key.getAttribute("id").matches("[\\w.:-]+"), "key id is an NMTOKEN");
            assertTrue(Set.of("node", "edge", "graph", "all").contains(key.getAttribute("for")));
            assertTrue(Set.of("string", "int", "long", "float", "double", "boolean").contains(key.getAttribute("attr.type")));
            assertEquals(null, keyDomain.put(key.getAttribute("id"), key.getAttribute("for")), "duplicate key id");
        }
        Element graph = only(root, ns, "graph");
        assertTrue(Set.of("directed", "undirected").contains(graph.getAttribute("edgedefault")));
        Set<String> nodes = new HashSet<>();
        for (Element n : children(graph, ns, "node")) {
            assertTrue(n.getAttribute("id").matches("[\\w.:-]+"), "node id is an NMTOKEN: " + n.getAttribute("id"));
            assertTrue(nodes.add(n.getAttribute("id")), "duplicate node id");
            checkData(n, ns, keyDomain, "node");
        }
        Set<String> edges = new HashSet<>();
        for (Element e : children(graph, ns, "edge")) {
            assertTrue(edges.add(e.getAttribute("id")), "duplicate edge id");
            assertTrue(nodes.contains(e.getAttribute("source")), "edge source is a node");
            assertTrue(nodes.contains(e.getAttribute("target")), "edge target is a node");
            checkData(e, ns, keyDomain, "edge");
        }
        // the schema's content model: in a graph, only desc, data, nodes and edges
        NodeList all = graph.getChildNodes();
        for (int i = 0; i < all.getLength(); i++) {
            if (all.item(i) instanceof Element e) {
                assertTrue(Set.of("node", "edge", "data", "desc").contains(e.getLocalName()), e.getLocalName());
            }
        }
        return doc;
    }

    private static void checkData(Element owner, String ns, Map<String, String> keyDomain, String domain) {
        for (Element d : children(owner, ns, "data")) {
            String k = d.getAttribute("key");
            assertNotNull(keyDomain.get(k), "data key " + k + " is declared");
            assertTrue(keyDomain.get(k).equals(domain) || keyDomain.get(k).equals("all"), "key " + k + " is for " + domain);
        }
    }

    /** GEXF 1.3 (gexf.xsd, data.xsd): version, declared attributes per class, unique ids, edges between nodes. */
    static Document checkGexf(byte[] xml) {
        String ns = GexfWriter.NS;
        Document doc = parse(xml);
        Element root = doc.getDocumentElement();
        assertEquals(ns, root.getNamespaceURI());
        assertEquals("gexf", root.getLocalName());
        assertEquals("1.3", root.getAttribute("version"));
        Element graph = only(root, ns, "graph");
        assertTrue(Set.of("directed", "undirected", "mutual").contains(graph.getAttribute("defaultedgetype")));
        assertTrue(Set.of("static", "dynamic").contains(graph.getAttribute("mode")));
        Map<String, Set<String>> declared = new HashMap<>();
        for (Element attrs : children(graph, ns, "attributes")) {
            String cls = attrs.getAttribute("class");
            assertTrue(Set.of("node", "edge").contains(cls));
            for (Element a : children(attrs, ns, "attribute")) {
                assertTrue(declared.computeIfAbsent(cls, c -> new HashSet<>()).add(a.getAttribute("id")), "duplicate attribute id");
                assertTrue(Set.of("integer", "long", "double", "float", "boolean", "string", "liststring", "anyURI", "date")
                        .contains(a.getAttribute("type")), a.getAttribute("type"));
            }
        }
        Set<String> nodes = new HashSet<>();
        for (Element n : children(only(graph, ns, "nodes"), ns, "node")) {
            assertTrue(nodes.add(n.getAttribute("id")), "duplicate node id " + n.getAttribute("id"));
            assertTrue(n.hasAttribute("label"));
            checkAttValues(n, ns, declared.getOrDefault("node", Set.of()));
        }
        Set<String> edges = new HashSet<>();
        for (Element e : children(only(graph, ns, "edges"), ns, "edge")) {
            assertTrue(edges.add(e.getAttribute("id")), "duplicate edge id");
            assertTrue(nodes.contains(e.getAttribute("source")), "edge source is a node: " + e.getAttribute("source"));
            assertTrue(nodes.contains(e.getAttribute("target")), "edge target is a node: " + e.getAttribute("target"));
            checkAttValues(e, ns, declared.getOrDefault("edge", Set.of()));
        }
        return doc;
    }

    private static void checkAttValues(Element owner, String ns, Set<String> declared) {
        for (Element values : children(owner, ns, "attvalues")) {
            Set<String> seen = new HashSet<>();
            for (Element v : children(values, ns, "attvalue")) {
                assertTrue(declared.contains(v.getAttribute("for")), "attvalue for an undeclared attribute " + v.getAttribute("for"));
                assertTrue(seen.add(v.getAttribute("for")), "two values for " + v.getAttribute("for"));
                assertTrue(v.hasAttribute("value"));
            }
        }
    }
}
