package org.unionkg.query;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parameter a canned query declares in its header ({@code # param: name string  what it is}).
 * A value given on the command line becomes an RDF term of the declared type and is bound to the variable:
 * it is never pasted into the query text, so {@code "} ; DROP ALL ; {"} stays a string.
 *
 * <p>A type written with a question mark ({@code # param: district name?  …}) makes the parameter optional: left
 * out, its variable stays free and the query answers for every value (a whole-graph listing or aggregate); given,
 * the value is a constant in the query's triple patterns and narrows it through an index. That is how the report
 * queries stay useful on a store of hundreds of thousands of pages.
 */
public record QueryParam(String name, Type type, String description, boolean optional) {

    /** A required parameter. */
    public QueryParam(String name, Type type, String description) {
        this(name, type, description, false);
    }

    /** The examples a description ends with: {@code … e.g. 义诊, 工匠, 通武廊}; the first is the example. */
    private static final Pattern EXAMPLE = Pattern.compile("e\\.g\\.\\s*([^,，;；\\s]+)");

    public enum Type {
        /** a plain string (compares with {@code @zh} labels through STR() or CONTAINS) */
        STRING,
        /** an IRI */
        IRI,
        /** a whole number */
        INTEGER,
        /**
         * a Chinese name, bound as the literal {@code "…"@zh} that labels carry, so a triple pattern such as
         * {@code ?d rdfs:label ?district} becomes an exact lookup in the object index
         */
        NAME;

        static Type of(String word) {
            return switch (word.toLowerCase(java.util.Locale.ROOT)) {
                case "name" -> NAME;
                case "string", "text" -> STRING;
                case "iri", "uri" -> IRI;
                case "integer", "int", "number" -> INTEGER;
                default -> throw new IllegalArgumentException("unknown parameter type '" + word + "' (string, name, iri, integer)");
            };
        }
    }

    /**
     * The first example the description gives ({@code e.g. 刘欣欣}), for a form's first value and for a query
     * opened elsewhere with its parameters bound; empty when the description gives none.
     */
    public Optional<String> example() {
        Matcher m = EXAMPLE.matcher(description);
        return m.find() ? Optional.of(m.group(1).replaceFirst("[.。)）]+$", "")).filter(s -> !s.isEmpty())
                : Optional.empty();
    }

    /** The RDF term for a value given as text. */
    public Node toNode(String value) {
        return switch (type) {
            case STRING -> NodeFactory.createLiteralString(value);
            case NAME -> NodeFactory.createLiteralLang(value.strip(), "zh");
            case INTEGER -> {
                try {
                    yield NodeFactory.createLiteralDT(Long.toString(Long.parseLong(value.trim())), XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("parameter " + name + " wants a whole number, not '" + value + "'");
                }
            }
            case IRI -> {
                String iri = value.startsWith("<") && value.endsWith(">") ? value.substring(1, value.length() - 1) : value;
                try {
                    IRIs.checkEx(iri);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("parameter " + name + " wants an IRI, not '" + value + "'");
                }
                yield NodeFactory.createURI(iri);
            }
        };
    }
}
