package org.unionkg.store;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The whole store written out in one read transaction, streamed (never built in memory), so that a dump is
 * one consistent version of the store even while the server answers queries.
 * <ul>
 * <li>{@link Format#NQ}: every quad of every named graph (the article graphs, page graphs, ontology), one per line;</li>
 * <li>{@link Format#TRIG}: the same quads, grouped by graph, with prefixes;</li>
 * <li>{@link Format#TTL}: the union of the named graphs (what SPARQL sees as the default graph); the graph
 *     names, and so the provenance, are lost, which is why N-Quads is the default.</li>
 * </ul>
 */
public final class Dump {

    /** The dump formats, by the file extension that names them. */
    public enum Format {
        NQ("nq", "application/n-quads", RDFFormat.NQUADS),
        TRIG("trig", "application/trig", RDFFormat.TRIG_BLOCKS),
        TTL("ttl", "text/turtle", RDFFormat.TURTLE_BLOCKS);

        private final String extension;
        private final String mediaType;
        private final RDFFormat rdfFormat;

        Format(String extension, String mediaType, RDFFormat rdfFormat) {
            this.extension = extension;
            this.mediaType = mediaType;
            this.rdfFormat = rdfFormat;
        }

        public String extension() { return extension; }

        public String mediaType() { return mediaType; }

        /** {@code nq}, {@code trig} or {@code ttl}, any case. */
        public static Format of(String extension) {
            for (Format f : values())
                if (f.extension.equals(extension.toLowerCase(Locale.ROOT)))
                    return f;
            throw new IllegalArgumentException("unknown dump format '" + extension + "' (nq, trig or ttl)");
        }
    }

    private Dump() {}

    /**
     * Writes the store to {@code out} (not closed) and returns the number of quads ({@code NQ}, {@code TRIG})
     * or triples ({@code TTL}) written. The real default graph is not written: the contract keeps it empty.
     */
    public static long write(DatasetGraph dsg, Format format, PrefixMapping prefixes, OutputStream out) {
        return Txn.calculateRead(dsg, () -> {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.rdfFormat);
            stream.start();
            if (format != Format.NQ)
                StreamRDFOps.sendPrefixesToStream(prefixes, stream);
            long n = 0;
            if (format == Format.TTL) {
                Iterator<Triple> it = dsg.getUnionGraph().find();
                while (it.hasNext()) {
                    stream.triple(it.next());
                    n++;
                }
            } else {
                Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (q.isDefaultGraph())
                        continue;
                    stream.quad(q);
                    n++;
                }
            }
            stream.finish();
            return n;
        });
    }
}
