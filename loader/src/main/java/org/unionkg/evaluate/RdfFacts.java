package org.unionkg.evaluate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.unionkg.ontology.OntologyFiles;
import org.unionkg.rdf.EntityGraph;
import org.unionkg.rdf.UKG;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the loaded graph says about one page, read with SPARQL against the RDF contract, independent of how
 * the extraction is coded. Only triples in the page's article graphs (graph IRI = article IRI
 * {@code id/article/<pageId>-NN}, or any graph whose article is {@code ukg:onPage} the page), and the descriptions
 * of the things they name ({@link #descriptions}: types, labels, a union's level), count as facts;
 * names of things are looked up in every graph, since reference places and honours keep theirs in the
 * ontology graph.
 */
final class RdfFacts {

    /** A resource with its names: rdfs:label first, then skos:prefLabel, then skos:altLabel. */
    record Entity(String iri, List<String> labels) {
        String display() {
            return labels.isEmpty() ? "<" + iri + ">" : labels.get(0);
        }
    }

    record Link(Entity from, Entity to) {}

    record Level(Entity union, String key) {}

    record Post(Entity person, Entity org, String roleText) {}

    record Award(Entity awardee, Entity honour, String year) {}

    record Event(String iri, String article, Set<String> types, Set<String> dates, List<Entity> places,
                 List<Entity> organisers) {}

    private static final String PREFIXES = """
            PREFIX ukg: <https://w3id.org/unionkg/def#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX schema: <https://schema.org/>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    /**
     * Named by an article of the page: the article {@code schema:mentions} it, or a {@code ukg:Mention} is of it.
     * A body the graph describes without the text naming it (the parent of a named union, 中华全国总工会 above
     * 北京市总工会) is a true fact about the world but not a thing the page names, so it is not counted.
     */
    static final String NAMED = " FILTER EXISTS { { ?article schema:mentions ?x } UNION { ?mention ukg:mentionOf ?x } }";
    static final String Q_UNIONS = "SELECT DISTINCT ?x WHERE { ?x a ukg:UnionBody " + NAMED + " }";
    static final String Q_ORGS = """
            SELECT DISTINCT ?x WHERE {
              { ?x a org:Organization } UNION { ?x a org:FormalOrganization }
              FILTER NOT EXISTS { ?x a ukg:UnionBody }
            """ + NAMED + "}";
    static final String Q_PEOPLE = "SELECT DISTINCT ?x WHERE { ?x a foaf:Person }";
    /**
     * Places the page names: mentioned by an article (typed here or in the reference data). A place reached only
     * through {@code ukg:within} or a body's {@code ukg:locatedIn} (北京市, 中国 above every district) is not named.
     */
    static final String Q_PLACE_CANDIDATES = """
            SELECT DISTINCT ?x WHERE {
              { ?x a ?c VALUES ?c { ukg:Place ukg:District ukg:Subdistrict ukg:Venue } }
              UNION { ?s ?p ?x VALUES ?p { sem:hasPlace schema:mentions } FILTER isIRI(?x) }
            """ + NAMED + "}";
    /** Relations are scored from bodies the page names; facts about implied bodies are neither right nor wrong. */
    static final String Q_PARENTS = """
            SELECT DISTINCT ?x ?y WHERE { ?x a ukg:UnionBody ; org:subOrganizationOf ?y\s""" + NAMED + "}";
    static final String Q_LEVELS = "SELECT DISTINCT ?x ?y WHERE { ?x a ukg:UnionBody ; ukg:level ?y " + NAMED + " }";
    /** Posts: memberships with a title; a bare affiliation (来自…的陈文静, 参赛教职工周阳) is no post. */
    static final String Q_POSTS = """
            SELECT DISTINCT ?m ?x ?y ?role WHERE {
              ?m a org:Membership ; org:member ?x ; org:organization ?y ; ukg:roleText ?role .
            }""";
    static final String Q_AWARDS = """
            SELECT DISTINCT ?a ?x ?y ?year WHERE {
              ?a a ukg:HonourAward ; ukg:awardee ?x ; ukg:honour ?y .
              OPTIONAL { ?a ukg:awardYear ?year }
            }""";
    static final String Q_EVENTS = """
            SELECT DISTINCT ?e ?article WHERE { ?e a ukg:Event . OPTIONAL { ?e schema:subjectOf ?article } }""";
    static final String Q_EVENT_VALUES = """
            SELECT DISTINCT ?type ?date ?precision ?place ?organiser WHERE {
              { ?e ukg:eventType ?type } UNION { ?e ukg:date ?date } UNION { ?e ukg:datePrecision ?precision }
              UNION { ?e sem:hasPlace ?place } UNION { ?e schema:organizer ?organiser }
            }""";

    private static final Set<String> PLACE_CLASSES = Set.of(UKG.NS + "Place", UKG.NS + "District",
            UKG.NS + "Subdistrict", UKG.NS + "Venue");

    final List<Entity> unions;
    final List<Entity> organizations;
    final List<Entity> people;
    final List<Entity> places;
    final List<Link> parents;
    final List<Level> levels;
    final List<Post> posts;
    final List<Award> awards;
    final List<Event> events;

    private final Model names;
    private final Map<String, Entity> entities = new LinkedHashMap<>();

    /** Reads the facts of one page; call inside a read transaction when the dataset is transactional. */
    RdfFacts(DatasetGraph dsg, String pageId) {
        this.names = ModelFactory.createModelForGraph(namesGraph(dsg));
        List<Node> graphs = pageGraphs(dsg, pageId);
        MultiUnion union = new MultiUnion();
        graphs.forEach(g -> union.addGraph(dsg.getGraph(g)));
        union.addGraph(descriptions(dsg, graphs));
        Model page = ModelFactory.createModelForGraph(union);

        unions = entities(page, Q_UNIONS);
        organizations = entities(page, Q_ORGS);
        people = entities(page, Q_PEOPLE);
        places = entities(page, Q_PLACE_CANDIDATES).stream().filter(this::isPlace).toList();
        parents = select(page, Q_PARENTS).stream().map(s -> new Link(entity(s, "x"), entity(s, "y"))).toList();
        levels = select(page, Q_LEVELS).stream()
                .map(s -> new Level(entity(s, "x"), key(s.get("y"), "/level/"))).toList();
        posts = select(page, Q_POSTS).stream()
                .map(s -> new Post(entity(s, "x"), entity(s, "y"), text(s.get("role")))).toList();
        awards = select(page, Q_AWARDS).stream()
                .map(s -> new Award(entity(s, "x"), entity(s, "y"), year(s.get("year")))).toList();
        List<Event> ev = new ArrayList<>();
        for (Node g : graphs) {
            Model m = ModelFactory.createModelForGraph(dsg.getGraph(g));
            for (QuerySolution s : select(m, Q_EVENTS)) {
                Resource e = s.getResource("e");
                String article = s.contains("article") ? s.getResource("article").getURI() : g.getURI();
                ev.add(event(page, e, headline(article)));
            }
        }
        events = List.copyOf(ev);
    }

    /** Graphs named {@code id/article/<pageId>-NN}, and graphs of articles said to be on the page. */
    static List<Node> pageGraphs(DatasetGraph dsg, String pageId) {
        String prefix = UKG.ID + "article/" + pageId + "-";
        Node page = NodeFactory.createURI(UKG.ID + "page/" + pageId);
        Node onPage = NodeFactory.createURI(UKG.NS + "onPage");
        Set<Node> out = new LinkedHashSet<>();
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (g.isURI() && g.getURI().startsWith(prefix)) {
                out.add(g);
            }
        }
        dsg.find(Node.ANY, Node.ANY, onPage, page).forEachRemaining(q -> {
            if (dsg.containsGraph(q.getSubject())) {
                out.add(q.getSubject());
            }
        });
        return List.copyOf(out);
    }

    /** What the page's entities are: their descriptions in the entities graph, and the moved terms of the reference data. */
    private static final List<Node> DESCRIBING = List.of(RDF.type.asNode(), RDFS.label.asNode(),
            SKOS.prefLabel.asNode(), SKOS.inScheme.asNode(), NodeFactory.createURI(UKG.NS + "level"));
    private static final Node ONTOLOGY = NodeFactory.createURI(OntologyFiles.GRAPH);

    /**
     * The descriptions of the things the page's graphs use, as the page's own graphs held them before those moved to
     * the entities graph ({@link EntityGraph}): the entities graph's quads of each, and the same terms where the
     * reference data states them (a district's type and label), which the page no longer repeats.
     */
    static Graph descriptions(DatasetGraph dsg, List<Node> graphs) {
        Graph out = GraphFactory.createDefaultGraph();
        for (Node n : EntityGraph.nodesOf(dsg, graphs)) {
            dsg.find(EntityGraph.GRAPH, n, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
            for (Node p : DESCRIBING) {
                dsg.find(ONTOLOGY, n, p, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
            }
        }
        return out;
    }

    private static Graph namesGraph(DatasetGraph dsg) {
        MultiUnion all = new MultiUnion();
        all.addGraph(dsg.getUnionGraph());
        all.addGraph(dsg.getDefaultGraph());
        return all;
    }

    private boolean isPlace(Entity e) {
        Resource r = names.createResource(e.iri());
        return names.listObjectsOfProperty(r, org.apache.jena.vocabulary.RDF.type).toList().stream()
                .anyMatch(t -> t.isURIResource() && PLACE_CLASSES.contains(t.asResource().getURI()));
    }

    private Event event(Model page, Resource e, String article) {
        Set<String> types = new LinkedHashSet<>();
        Set<String> dates = new LinkedHashSet<>();
        List<Entity> places = new ArrayList<>();
        List<Entity> organisers = new ArrayList<>();
        String date = "";
        String precision = "";
        try (QueryExecution qe = QueryExecution.model(page).query(PREFIXES + Q_EVENT_VALUES)
                .substitution("e", e).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                if (s.contains("type")) {
                    types.add(key(s.get("type"), "/event-type/"));
                }
                if (s.contains("date")) {
                    date = text(s.get("date"));
                }
                if (s.contains("precision")) {
                    precision = key(s.get("precision"), "/date-precision/");
                }
                if (s.contains("place")) {
                    places.add(entity(s, "place"));
                }
                if (s.contains("organiser")) {
                    organisers.add(entity(s, "organiser"));
                }
            }
        }
        if (!date.isEmpty() || !precision.isEmpty()) {
            dates.add(dateKey(date, precision));
        }
        return new Event(e.isURIResource() ? e.getURI() : e.getId().toString(), article, types, dates,
                places, organisers);
    }

    /**
     * How an event date is compared: the value at its precision. A 近日-style date (before-publication) is only
     * "shortly before the paper's date", so whatever bound an extractor writes with it (the page's year) is not
     * the event's date and is not compared.
     */
    static String dateKey(String date, String precision) {
        return ("before-publication".equals(precision) ? "" : date) + "|" + precision;
    }

    private String headline(String articleIri) {
        Resource a = names.createResource(articleIri);
        RDFNode h = names.listObjectsOfProperty(a, names.createProperty("https://schema.org/headline"))
                .toList().stream().findFirst().orElse(null);
        return h == null ? "" : text(h);
    }

    private List<Entity> entities(Model m, String query) {
        return select(m, query).stream().map(s -> entity(s, "x")).distinct().toList();
    }

    private Entity entity(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        if (n == null) {
            return new Entity("", List.of());
        }
        if (n.isLiteral()) {
            return new Entity("literal:" + text(n), List.of(text(n)));
        }
        Resource r = n.asResource();
        String id = r.isURIResource() ? r.getURI() : "_:" + r.getId();
        return entities.computeIfAbsent(id, k -> new Entity(k, labels(r)));
    }

    private List<String> labels(Resource r) {
        Resource here = names.wrapAsResource(r.asNode());
        List<String> out = new ArrayList<>();
        for (var p : List.of(RDFS.label, SKOS.prefLabel, SKOS.altLabel)) {
            names.listObjectsOfProperty(here, p).forEachRemaining(o -> {
                if (o.isLiteral() && !out.contains(text(o))) {
                    out.add(text(o));
                }
            });
        }
        return List.copyOf(out);
    }

    private static List<QuerySolution> select(Model m, String query) {
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(m).query(PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining(out::add);
        }
        return out;
    }

    /** The key of a scheme concept: the IRI's tail after the scheme path, or a literal's text. */
    private static String key(RDFNode n, String schemePath) {
        if (n == null) {
            return "";
        }
        if (n.isLiteral()) {
            return text(n);
        }
        String iri = n.asResource().getURI();
        if (iri == null) {
            return "";
        }
        int at = iri.lastIndexOf(schemePath);
        return at >= 0 ? iri.substring(at + schemePath.length()) : iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String text(RDFNode n) {
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? ((Literal) n).getLexicalForm() : n.toString();
    }

    private static String year(RDFNode n) {
        String t = text(n);
        return t.length() >= 4 ? t.substring(0, 4) : t;
    }
}
