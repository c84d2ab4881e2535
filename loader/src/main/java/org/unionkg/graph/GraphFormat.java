package org.unionkg.graph;

import java.io.OutputStream;
import java.util.Locale;

/** The file formats a {@link GraphView} can be written in. */
public enum GraphFormat {
    /** GraphML 1.0 (yEd, Gephi, Cytoscape desktop, networkx) */
    GRAPHML("application/graphml+xml", "graphml"),
    /** GEXF 1.3 (Gephi) */
    GEXF("application/gexf+xml", "gexf"),
    /** Cytoscape.js JSON, {@code {"elements": {"nodes": [...], "edges": [...]}}} (cytoscape.js, Cytoscape desktop) */
    CYJS("application/json", "cyjs");

    private final String mediaType;
    private final String extension;

    GraphFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public void write(GraphView view, OutputStream out) {
        switch (this) {
            case GRAPHML -> GraphMlWriter.write(view, out);
            case GEXF -> GexfWriter.write(view, out);
            case CYJS -> CytoscapeJsonWriter.write(view, out);
        }
    }

    /** {@code graphml}, {@code gexf} or {@code cyjs} (also {@code json}, {@code cytoscape}), any case. */
    public static GraphFormat of(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "graphml" -> GRAPHML;
            case "gexf" -> GEXF;
            case "cyjs", "json", "cytoscape" -> CYJS;
            default -> throw new IllegalArgumentException("unknown graph format '" + name + "' (graphml, gexf, cyjs)");
        };
    }
}
