package org.unionkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The full-text index of the store: which literals go into Lucene, under which field, analysed how, and where
 * the index lives. {@code fuseki-config/config.ttl} describes the same index for the server (a test keeps the two
 * in step).
 *
 * <p>One Lucene field per predicate, so that {@code text:query (rdfs:label "工会")} searches names only and
 * {@code text:query (schema:articleBody "义诊")} bodies only. The default field (a {@code text:query} without a
 * property) is {@code rdfs:label}: the canonical names of unions, organisations, people, places and honours.
 *
 * <p>Analyzer: Lucene's {@link CJKAnalyzer}, which indexes overlapping character bigrams (北京 京市 市总 总工 工会).
 * A word-segmenting analyzer such as SmartChinese makes 总工会 one token, so 工会 would miss 北京市总工会; bigrams
 * find a word anywhere inside a name. The price: a query of a single Chinese character finds nothing (there are no
 * unigrams in the index), and a query of three or more characters should be a phrase ({@code "\"北京市总工会\""})
 * or it matches any of its bigrams; the canned search queries make that phrase.
 *
 * <p>{@code uid} is what makes deletes reach Lucene: each indexed quad gets a document whose uid is a hash of
 * graph, subject, predicate and value, and deleting the quad through the text dataset deletes that document.
 * {@code graph} records the quad's named graph. Search the union default graph (no {@code GRAPH}): jena-text
 * 5.6 answers {@code GRAPH <article> { ?s text:query ... }} with nothing on this store, since it parses its
 * graph filter with the CJK query analyzer, which splits the graph IRI; join with {@code GRAPH ?g { ?s ?p ?o }}
 * after the search instead.
 */
public final class TextIndexDefinition {
    /** The index's folder inside the TDB2 store folder (TDB2 only reads its own {@code Data-NNNN} folders). */
    public static final String FOLDER = "text-index";

    public static final String ENTITY_FIELD = "uri";
    public static final String GRAPH_FIELD = "graph";
    public static final String UID_FIELD = "uid";
    public static final String LANG_FIELD = "lang";

    /** Lucene field → the predicate whose literals it holds. The first is the default field. */
    public static final Map<String, Node> FIELDS = fields();

    private TextIndexDefinition() {}

    private static Map<String, Node> fields() {
        Map<String, Node> m = new LinkedHashMap<>();
        m.put("label", RDFS.label.asNode());
        m.put("altLabel", SKOS.altLabel.asNode());
        m.put("prefLabel", SKOS.prefLabel.asNode());
        m.put("headline", SchemaDO.headline.asNode());
        m.put("body", SchemaDO.articleBody.asNode());
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The index folder of the store at {@code db}. */
    public static Path folder(Path db) {
        return db.resolve(FOLDER);
    }

    /** The entity map: fields, default field, uid and graph fields. */
    public static EntityDefinition entityDefinition() {
        var it = FIELDS.entrySet().iterator();
        var primary = it.next();
        EntityDefinition ed = new EntityDefinition(ENTITY_FIELD, primary.getKey(), GRAPH_FIELD, primary.getValue());
        it.forEachRemaining(e -> ed.set(e.getKey(), e.getValue()));
        ed.setUidField(UID_FIELD);
        // with the language stored too, a hit's literal comes back as "北京市总工会"@zh, equal to the stored one
        ed.setLangField(LANG_FIELD);
        return ed;
    }

    public static TextIndexConfig config() {
        TextIndexConfig cfg = new TextIndexConfig(entityDefinition());
        cfg.setAnalyzer(new CJKAnalyzer());
        cfg.setQueryAnalyzer(new CJKAnalyzer());
        // keep the literal in the index so text:query can return it (?literal) without a second lookup
        cfg.setValueStored(true);
        return cfg;
    }

    /** Opens (or creates) the Lucene index in {@code folder}. The caller closes it. */
    public static TextIndex open(Path folder) {
        try {
            Files.createDirectories(folder);
            return new TextIndexLucene(FSDirectory.open(folder), config());
        } catch (IOException e) {
            throw new StoreException("cannot open the text index " + folder + ": " + e.getMessage(), e);
        }
    }
}
