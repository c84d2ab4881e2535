package org.unionkg.resolve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.unionkg.ontology.OntologyFiles;
import org.unionkg.rdf.EntityGraph;
import org.unionkg.rdf.IriMinter;
import org.unionkg.rdf.UKG;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Which name holds a slug that several names share. {@link IriMinter} spells an IRI from the pinyin of a name, so
 * different names with the same pinyin (白睿 and 白瑞, 张伟 and 章伟, homophone company names) would get one IRI and
 * become one thing. One thing, one IRI holds both ways: different names never share an IRI unless resolution decided
 * they are the same thing (short forms are reduced to the canonical name by extraction before this point, and a
 * person's namesakes are {@link Resolver}'s business). The rule, for each plain IRI {@code IriMinter.mint(kind, name)}
 * claimed by a name:
 * <ol>
 *   <li><b>published first.</b> If the store (or the reference data) already gives the plain IRI a canonical label
 *       (an {@code rdfs:label@zh} in the entities graph or the ontology graph whose own slug is that IRI), that name
 *       holds it and keeps it: an IRI once published does not change;</li>
 *   <li><b>then arrival order.</b> Otherwise the name holds it that arrives first: the pages of a load are taken in
 *       the order given ({@code PageLoader} and {@code load --bulk} sort a folder's files by name), and of several
 *       names of one slug on one page, the one first in Unicode code-point order (so a page's result does not depend
 *       on the order of its articles);</li>
 *   <li>every other name of that slug gets {@link IriMinter#mintApart}: the slug plus a short hash of its exact name.</li>
 * </ol>
 * Arrival order rather than code-point order across a whole batch, so that the same pages give the same graph
 * whether they are loaded in one transaction, in transactions of any size, page by page in the same order, or by
 * {@code load --bulk} (whose first pass sees the corpus in that order too). A homophone arriving later never takes a
 * slug from a name already published under it.
 *
 * <p>Namesakes: the rule decides a name's own IRI, which its occurrences without a tie-breaker get. Occurrences that
 * {@link Resolver} keeps apart by body get {@code IriMinter.mint("person", name, body)}, whose hash covers the name
 * and the body, and so never equal the plain IRI or a homophone's {@code mintApart} IRI: namesakes and homophones
 * compose without one deciding for the other. A name still claims its slug when all its occurrences are tie-broken.
 *
 * <p>Limit: a name that got {@code mintApart} keeps it only while the holder is published; if every page naming the
 * holder is replaced by one that does not, the holder's description goes and a later page of the other name gets the
 * plain IRI (its earlier pages keep theirs until they are loaded again).
 *
 * <p>The table holds only the contested slugs (plain IRI → holder). Immutable and thread-safe.
 */
public final class Homophones {
    /** Nothing decided beyond the batch at hand. */
    public static final Homophones NONE = new Homophones(Map.of());

    /** Unicode code-point order: which of several names of one slug on one page holds it. */
    public static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private static final Node LABEL = RDFS.label.asNode();
    private static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(OntologyFiles.GRAPH);

    /** A canonical name of some kind ({@code person}, {@code org}, {@code place}, {@code honour}), as the batch names it. */
    public record Name(String kind, String name) {
        public Name {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
        }

        /** The IRI the name's slug gives, which it may or may not hold. */
        public String plainIri() {
            return IriMinter.mint(kind, name);
        }
    }

    /** plain IRI → the name that holds it, for the slugs another name claims too */
    private final Map<String, String> holders;

    private Homophones(Map<String, String> holders) {
        this.holders = Collections.unmodifiableMap(new TreeMap<>(holders));
    }

    /** The name holding this plain IRI where the table decided it, else null. */
    public String holder(String plainIri) {
        return holders.get(plainIri);
    }

    /** plain IRI → holder, sorted by IRI: what a load reports and tests read. */
    public Map<String, String> holders() {
        return holders;
    }

    public boolean isEmpty() {
        return holders.isEmpty();
    }

    /** The name's own IRI: the plain IRI unless another name holds its slug, then {@link IriMinter#mintApart}. */
    public String iri(String kind, String name) {
        String plain = IriMinter.mint(kind, name);
        String holder = holders.get(plain);
        return holder == null || holder.equals(name) ? plain : IriMinter.mintApart(kind, name);
    }

    /** Whether these names get the same IRIs here as in {@code other}. */
    public boolean agrees(Homophones other, Collection<Name> names) {
        for (Name n : names) {
            if (!iri(n.kind(), n.name()).equals(other.iri(n.kind(), n.name()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decides the slugs of names arriving together: {@code pages} in arrival order, each the names one page claims.
     * {@code published} gives the name already holding a plain IRI (null if none): the store's, or a table decided
     * for a larger corpus. Only slugs with a claimant other than the holder enter the table.
     */
    public static Homophones decide(List<? extends Collection<Name>> pages, Function<String, String> published) {
        Builder b = new Builder();
        pages.forEach(b::add);
        return b.build(published);
    }

    /** {@link #decide(List, Function)} for the names of one page. */
    public static Homophones decide(Collection<Name> page, Function<String, String> published) {
        return decide(List.of(page), published);
    }

    /**
     * The holders published in {@code dsg} (a store, or the reference data alone): for a plain IRI, its
     * {@code rdfs:label@zh} in the entities graph or the ontology graph whose slug is that IRI (a label that does not
     * give the IRI was not minted from it, and holds nothing); of several (a store written before this rule, where
     * homophones shared one IRI), the first in code-point order. Two point lookups per IRI; call inside a transaction.
     */
    public static Function<String, String> publishedIn(DatasetGraph dsg) {
        return plainIri -> {
            Node iri = NodeFactory.createURI(plainIri);
            String kind = kindOf(plainIri);
            String first = null;
            for (Node g : List.of(EntityGraph.GRAPH, ONTOLOGY_GRAPH)) {
                Iterator<Quad> it = dsg.find(g, iri, LABEL, Node.ANY);
                while (it.hasNext()) {
                    Node o = it.next().getObject();
                    if (o.isLiteral() && "zh".equals(o.getLiteralLanguage())) {
                        String label = o.getLiteralLexicalForm();
                        if (IriMinter.mint(kind, label).equals(plainIri)
                                && (first == null || CODE_POINT_ORDER.compare(label, first) < 0)) {
                            first = label;
                        }
                    }
                }
                if (first != null) {
                    return first;
                }
            }
            return null;
        };
    }

    /** The kind segment of an IRI under {@link UKG#ID}: {@code person} of {@code id/person/bai-rui}. */
    private static String kindOf(String iri) {
        if (!iri.startsWith(UKG.ID) || iri.indexOf('/', UKG.ID.length()) < 0) {
            throw new IllegalArgumentException("not an entity IRI: " + iri);
        }
        return iri.substring(UKG.ID.length(), iri.indexOf('/', UKG.ID.length()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Homophones h && holders.equals(h.holders);
    }

    @Override
    public int hashCode() {
        return holders.hashCode();
    }

    @Override
    public String toString() {
        return holders.toString();
    }

    /**
     * Collects the names of pages in arrival order (a transaction's batch; a bulk load's first pass over the corpus)
     * and decides their slugs. Keeps per plain IRI the first page's holder and whether another name claims it: one
     * entry per distinct name of the corpus (the plain IRI strings, shared with the slug cache), tens of MB for
     * 100,000 pages. Not thread-safe: one collector.
     */
    public static final class Builder {
        /** plain IRI → the name arriving first */
        private final Map<String, String> first = new HashMap<>();
        private final Set<String> contested = new HashSet<>();

        /** Adds one page's names; pages must come in arrival order. */
        public Builder add(Collection<Name> page) {
            Map<String, Set<String>> byIri = new HashMap<>();
            for (Name n : page) {
                byIri.computeIfAbsent(n.plainIri(), k -> new TreeSet<>(CODE_POINT_ORDER)).add(n.name());
            }
            return addClaims(byIri);
        }

        /** As {@link #add(Collection)}, with the page's names already grouped by plain IRI. */
        public Builder addClaims(Map<String, ? extends Collection<String>> page) {
            page.forEach((iri, names) -> {
                if (names.isEmpty()) {
                    return;
                }
                String pageFirst = names.stream().min(CODE_POINT_ORDER).orElseThrow();
                String held = first.putIfAbsent(iri, pageFirst);
                String holder = held == null ? pageFirst : held;
                if (names.size() > 1 || !holder.equals(pageFirst)) {
                    contested.add(iri);
                }
            });
            return this;
        }

        /** The table: {@code published} holders first, then arrival order. */
        public Homophones build(Function<String, String> published) {
            Map<String, String> holders = new HashMap<>();
            first.forEach((iri, name) -> {
                String p = published.apply(iri);
                String holder = p != null ? p : name;
                if (contested.contains(iri) || !holder.equals(name)) {
                    holders.put(iri, holder);
                }
            });
            return new Homophones(holders);
        }
    }
}
