package org.unionkg.server.ld;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * The representations of a resource: each has a file extension (for {@code /doc/x.ttl} and
 * {@code ?format=ttl}) and a media type (for {@code Accept}). The order is the server's preference
 * when a client accepts several equally ({@code *}{@code /*} gets Turtle).
 */
public enum RdfFormat {
    TURTLE("ttl", "text/turtle"),
    JSONLD("jsonld", "application/ld+json"),
    RDFXML("rdf", "application/rdf+xml"),
    NTRIPLES("nt", "application/n-triples"),
    HTML("html", "text/html");

    private final String extension;
    private final String mediaType;

    RdfFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() { return extension; }

    public String mediaType() { return mediaType; }

    /** The {@code Content-Type} header: every format here is UTF-8 text. */
    public String contentType() { return mediaType + "; charset=utf-8"; }

    /** By extension or {@code ?format=} value ({@code ttl}, {@code jsonld}, {@code rdf}, {@code nt}, {@code html}). */
    public static Optional<RdfFormat> byExtension(String ext) {
        if (ext == null)
            return Optional.empty();
        String e = ext.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(e)).findFirst();
    }

    /**
     * The best of {@code offered} for an {@code Accept} header, by q value and then by the order of
     * {@code offered}; a missing or empty header accepts anything. Empty when nothing offered is acceptable (406).
     */
    public static Optional<RdfFormat> negotiate(String accept, List<RdfFormat> offered) {
        if (accept == null || accept.isBlank())
            return offered.stream().findFirst();
        AcceptList offers = AcceptList.create(offered.stream().map(RdfFormat::mediaType).toArray(String[]::new));
        MediaType chosen = AcceptList.match(new AcceptList(accept), offers);
        if (chosen == null)
            return Optional.empty();
        return offered.stream().filter(f -> f.mediaType.equals(chosen.getContentTypeStr())).findFirst();
    }

    /** Every format: what a resource can be served as. */
    public static final List<RdfFormat> ALL = List.of(values());
    /** The RDF formats only: what the dataset description is served as. */
    public static final List<RdfFormat> RDF = List.of(TURTLE, JSONLD, RDFXML, NTRIPLES);
}
