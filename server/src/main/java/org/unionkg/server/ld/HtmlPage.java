package org.unionkg.server.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.unionkg.rdf.Prefixes;
import org.unionkg.rdf.UKG;
import org.unionkg.rdf.Vocab;

/**
 * A resource's page for people: its Chinese name as the title, its types, posts and members, parent and
 * child unions, events with their dates, honours, the evidence sentences with a link to each article, and
 * a table of every statement, each linked thing linked to its own page.
 * <p>
 * Plain HTML written by hand: every value from the store (labels, sentences, IRIs) goes through
 * {@link #escape}, and only {@code http(s)} IRIs become links, so a label such as
 * {@code <script>alert(1)</script>} stays text.
 */
public final class HtmlPage {

    private static final Node TYPE = RDF.type.asNode();
    private static final Node MEMBER = ORG.member.asNode();
    private static final Node ORGANIZATION = ORG.organization.asNode();
    private static final Node SUB_ORG = ORG.subOrganizationOf.asNode();
    private static final Node SUBJECT_OF = SchemaDO.subjectOf.asNode();
    private static final Node ROLE_TEXT = UKG.roleText.asNode();
    private static final Node EVIDENCE = UKG.evidence.asNode();
    private static final Node SENTENCE = UKG.sentence.asNode();
    private static final Node DATE = UKG.date.asNode();
    private static final Node DATE_TEXT = UKG.dateText.asNode();
    private static final Node EVENT = UKG.Event.asNode();
    private static final Node AWARD = UKG.HonourAward.asNode();
    private static final Node MENTION = UKG.Mention.asNode();
    private static final PrefixMapping PREFIXES = Prefixes.standard();

    private final Graph g;
    /** Property labels: looked up for names, never listed as statements. */
    private final Graph vocabulary;
    private final Node x;
    private final Function<Node, String> href;
    private final StringBuilder out = new StringBuilder(8192);

    /**
     * @param href where a node's link goes ({@code /id/...} for ours, the IRI itself for others), or null
     *             for no link
     */
    private HtmlPage(ResourceDescription d, Function<Node, String> href) {
        this.g = d.graph();
        this.vocabulary = d.vocabulary();
        this.x = d.resource();
        this.href = href;
    }

    /**
     * The page of {@code d}.
     *
     * @param href       the link for a node, or null when it gets none
     * @param alternates the other representations, format → URL
     */
    public static String render(ResourceDescription d, Function<Node, String> href, List<Alternate> alternates,
                                String sparqlEndpoint) {
        return new HtmlPage(d, href).page(d, alternates, sparqlEndpoint);
    }

    /** Another representation of the same description. */
    public record Alternate(RdfFormat format, String url) {}

    private String page(ResourceDescription d, List<Alternate> alternates, String sparqlEndpoint) {
        String title = label(x);
        out.append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n")
           .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
           .append("<title>").append(escape(title)).append(" · unionkg</title>\n");
        for (Alternate a : alternates)
            out.append("<link rel=\"alternate\" type=\"").append(escape(a.format().mediaType()))
               .append("\" href=\"").append(escape(a.url())).append("\">\n");
        out.append("<style>body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em;line-height:1.5}"
                   + "table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.2em .6em;text-align:left;vertical-align:top}"
                   + ".iri,.note{color:#666;font-size:.9em}blockquote{margin:.3em 0 .8em 1em;border-left:3px solid #ccc;padding-left:.6em}</style>\n")
           .append("</head>\n<body>\n<header>\n<h1>").append(escape(title)).append("</h1>\n")
           .append("<p class=\"iri\">").append(escape(x.getURI())).append("</p>\n");
        List<Node> types = objects(x, TYPE);
        if (!types.isEmpty())
            out.append("<p>类型 Type: ").append(links(types)).append("</p>\n");
        List<Node> alt = objects(x, SKOS.altLabel.asNode());
        if (!alt.isEmpty())
            out.append("<p>又称 Also: ").append(values(alt)).append("</p>\n");
        out.append("</header>\n");

        posts();
        hierarchy();
        events();
        honours();
        evidence();
        statements(d.truncated());

        out.append("<footer>\n<p class=\"note\">");
        for (Alternate a : alternates)
            out.append("<a href=\"").append(escape(a.url())).append("\">").append(escape(a.format().extension())).append("</a> ");
        if (sparqlEndpoint != null)
            out.append("· SPARQL <a href=\"").append(escape(sparqlEndpoint)).append("\">")
               .append(escape(sparqlEndpoint)).append("</a>");
        out.append("</p>\n</footer>\n</body>\n</html>\n");
        return out.toString();
    }

    /** Posts this person holds, and the posts held in this organisation. */
    private void posts() {
        List<String> rows = new ArrayList<>();
        for (Node m : subjects(MEMBER, x))
            rows.add(row(link(first(m, ORGANIZATION)), values(objects(m, ROLE_TEXT))));
        List<String> members = new ArrayList<>();
        for (Node m : subjects(ORGANIZATION, x))
            members.add(row(link(first(m, MEMBER)), values(objects(m, ROLE_TEXT))));
        section("职务 Posts", List.of("机构 Organisation", "职务 Post"), rows);
        section("成员 People", List.of("人物 Person", "职务 Post"), members);
    }

    private void hierarchy() {
        List<Node> parents = objects(x, SUB_ORG);
        List<Node> children = subjects(SUB_ORG, x);
        if (parents.isEmpty() && children.isEmpty())
            return;
        out.append("<section>\n<h2>组织关系 Hierarchy</h2>\n");
        if (!parents.isEmpty())
            out.append("<p>上级 Parent: ").append(links(parents)).append("</p>\n");
        if (!children.isEmpty())
            out.append("<p>下级 Children: ").append(links(children)).append("</p>\n");
        out.append("</section>\n");
    }

    /** Events linked to the resource either way (the place, an actor, the organiser, a participant). */
    private void events() {
        Set<Node> events = new LinkedHashSet<>();
        for (Node n : nodesOfType(EVENT))
            if (!n.equals(x))
                events.add(n);
        List<Node> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing((Node e) -> text(first(e, DATE))).thenComparing(this::label));
        List<String> rows = new ArrayList<>();
        for (Node e : sorted) {
            String when = first(e, DATE) != null ? escape(text(first(e, DATE))) : "";
            Node asWritten = first(e, DATE_TEXT);
            if (asWritten != null)
                when += " <span class=\"note\">(" + escape(text(asWritten)) + ")</span>";
            rows.add(row(when, link(e), links(objects(e, UKG.eventType.asNode())), links(objects(e, Vocab.semHasPlace.asNode()))));
        }
        section("活动 Events", List.of("日期 Date", "活动 Event", "类型 Type", "地点 Place"), rows);
    }

    private void honours() {
        List<String> rows = new ArrayList<>();
        for (Node a : nodesOfType(AWARD))
            rows.add(row(link(first(a, UKG.awardee.asNode())), link(first(a, UKG.honour.asNode())),
                         values(objects(a, UKG.awardYear.asNode()))));
        section("荣誉 Honours", List.of("获得者 Awardee", "荣誉 Honour", "年份 Year"), rows);
    }

    /** Sentences the facts were read from, each with its article. */
    private void evidence() {
        List<String> items = new ArrayList<>();
        List<Node> sources = new ArrayList<>();
        sources.add(x);
        sources.addAll(g.find(Node.ANY, TYPE, Node.ANY).mapWith(Triple::getSubject).toSet());
        for (Node n : new LinkedHashSet<>(sources)) {
            if (!n.equals(x) && !isAbout(n))
                continue;
            List<Node> sentences = new ArrayList<>(objects(n, EVIDENCE));
            if (hasType(n, MENTION))
                sentences.addAll(objects(n, SENTENCE));
            for (Node s : sentences)
                items.add("<blockquote>" + escape(text(s)) + "<br><span class=\"note\">— "
                          + links(objects(n, SUBJECT_OF)) + "</span></blockquote>");
        }
        if (items.isEmpty())
            return;
        out.append("<section>\n<h2>依据 Evidence</h2>\n");
        items.stream().distinct().forEach(i -> out.append(i).append('\n'));
        out.append("</section>\n");
        List<Node> articles = objects(x, SUBJECT_OF);
        if (!articles.isEmpty())
            out.append("<p>出处 Sources: ").append(links(articles)).append("</p>\n");
    }

    /** Every statement: the resource's own, then the incoming links. */
    private void statements(boolean truncated) {
        List<String> own = new ArrayList<>();
        for (Triple t : sorted(g.find(x, Node.ANY, Node.ANY).toList()))
            own.add(row(link(t.getPredicate()), value(t.getObject())));
        section("陈述 Statements", List.of("属性 Property", "值 Value"), own);
        List<String> in = new ArrayList<>();
        for (Triple t : sorted(g.find(Node.ANY, Node.ANY, x).toList()))
            in.add(row(value(t.getSubject()), link(t.getPredicate())));
        section("被引用 Linked from", List.of("主体 Subject", "属性 Property"), in);
        if (truncated)
            out.append("<p class=\"note\">Only the first ").append(ResourceDescriber.MAX_INCOMING)
               .append(" incoming links are shown; ask the SPARQL endpoint for the rest.</p>\n");
    }

    // ---- building blocks

    private void section(String title, List<String> headers, List<String> rows) {
        if (rows.isEmpty())
            return;
        out.append("<section>\n<h2>").append(escape(title)).append("</h2>\n<table>\n<tr>");
        headers.forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
        out.append("</tr>\n");
        rows.stream().distinct().forEach(r -> out.append(r).append('\n'));
        out.append("</table>\n</section>\n");
    }

    /** Cells already escaped. */
    private static String row(String... cells) {
        StringBuilder r = new StringBuilder("<tr>");
        for (String c : cells)
            r.append("<td>").append(c).append("</td>");
        return r.append("</tr>").toString();
    }

    /** A node that touches the resource directly, or through a blank node (a participation). */
    private boolean isAbout(Node n) {
        if (g.contains(n, Node.ANY, x) || g.contains(x, Node.ANY, n))
            return true;
        for (Triple t : g.find(n, Node.ANY, Node.ANY).toList())
            if (t.getObject().isBlank() && g.contains(t.getObject(), Node.ANY, x))
                return true;
        return false;
    }

    private List<Node> nodesOfType(Node type) {
        List<Node> nodes = new ArrayList<>();
        for (Node n : subjects(TYPE, type))
            if (n.equals(x) || isAbout(n))
                nodes.add(n);
        return nodes;
    }

    private boolean hasType(Node n, Node type) {
        return g.contains(n, TYPE, type);
    }

    private String value(Node n) {
        return n == null ? "" : n.isLiteral() ? literal(n) : link(n);
    }

    private String values(List<Node> nodes) {
        return String.join("、", nodes.stream().map(this::value).toList());
    }

    private String links(List<Node> nodes) {
        return String.join("、", nodes.stream().sorted(Comparator.comparing(this::label)).map(this::link).toList());
    }

    private String link(Node n) {
        if (n == null)
            return "";
        if (n.isBlank())
            return blank(n);
        if (n.isLiteral())
            return literal(n);
        String target = href.apply(n);
        String text = escape(label(n));
        if (target == null || !(target.startsWith("/") || target.startsWith("http://") || target.startsWith("https://")))
            return text;
        return "<a href=\"" + escape(target) + "\" title=\"" + escape(n.getURI()) + "\">" + text + "</a>";
    }

    /** A blank node inline: its statements (a participation: who and what part; a head count). */
    private String blank(Node b) {
        List<String> parts = new ArrayList<>();
        for (Triple t : sorted(g.find(b, Node.ANY, Node.ANY).toList()))
            if (!t.getPredicate().equals(TYPE))
                parts.add(escape(label(t.getPredicate())) + ": "
                          + (t.getObject().isBlank() ? "…" : value(t.getObject())));
        return "[" + String.join("; ", parts) + "]";
    }

    private static String literal(Node n) {
        String lang = n.getLiteralLanguage();
        String lex = escape(n.getLiteralLexicalForm());
        return lang.isEmpty() || lang.equals("zh") ? lex : lex + " <span class=\"note\">@" + escape(lang) + "</span>";
    }

    /** The Chinese label, else any label, else the prefixed name or the IRI. */
    String label(Node n) {
        if (n == null)
            return "";
        if (!n.isURI())
            return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        String any = null;
        for (Node p : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SchemaDO.name.asNode(), SchemaDO.headline.asNode()))
            for (Node l : labelsOf(n, p)) {
                if (!l.isLiteral())
                    continue;
                if (l.getLiteralLanguage().startsWith("zh"))
                    return l.getLiteralLexicalForm();
                if (any == null)
                    any = l.getLiteralLexicalForm();
            }
        if (any != null)
            return any;
        String qname = PREFIXES.qnameFor(n.getURI());
        return qname != null ? qname : n.getURI();
    }

    private List<Node> labelsOf(Node n, Node p) {
        List<Node> labels = new ArrayList<>(objects(n, p));
        vocabulary.find(n, p, Node.ANY).forEach(t -> labels.add(t.getObject()));
        return labels;
    }

    private static String text(Node n) {
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private List<Node> objects(Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private List<Node> subjects(Node p, Node o) {
        return g.find(Node.ANY, p, o).mapWith(Triple::getSubject).toList();
    }

    private Node first(Node s, Node p) {
        List<Node> os = objects(s, p);
        return os.isEmpty() ? null : os.get(0);
    }

    private List<Triple> sorted(List<Triple> triples) {
        List<Triple> copy = new ArrayList<>(triples);
        copy.sort(Comparator.comparing((Triple t) -> label(t.getPredicate()))
                            .thenComparing(t -> label(t.getSubject()))
                            .thenComparing(t -> label(t.getObject())));
        return copy;
    }

    /** HTML text and attribute values: {@code & < > " '} become character references. */
    public static String escape(String s) {
        if (s == null)
            return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
