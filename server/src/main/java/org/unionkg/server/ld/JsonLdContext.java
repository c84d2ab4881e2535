package org.unionkg.server.ld;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.RdfDocument;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * unionkg's published JSON-LD context ({@code context.jsonld} beside this class, served at
 * {@code /context.jsonld}) and compact JSON-LD written with it.
 * <p>
 * Jena 5.6's JSON-LD 1.1 writer ({@code JsonLD11Writer}) writes expanded JSON-LD and takes no context,
 * so this class does what it does (Titanium's {@code fromRdf}) and then compacts with Titanium against
 * the context: short keys ({@code label}, {@code subOrganizationOf}, {@code member}), {@code id} and
 * {@code type} for {@code @id} and {@code @type}, links as plain IRI strings, and Chinese text as plain
 * strings because the context declares those terms {@code "@language": "zh"}; counts and offsets are
 * strings too, typed {@code xsd:integer} by the context. A JavaScript client reads
 * {@code node.label} without an RDF library; a JSON-LD processor gets the same triples back by fetching
 * the context from the URL the document names.
 */
public final class JsonLdContext {

    private static final String RESOURCE = "context.jsonld";
    private static final Map<String, ?> PRETTY = Map.of(JsonGenerator.PRETTY_PRINTING, true);

    private final byte[] bytes;
    private final JsonDocument document;

    private JsonLdContext(byte[] bytes) {
        this.bytes = bytes;
        try {
            this.document = JsonDocument.of(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        } catch (JsonLdError e) {
            throw new IllegalStateException(RESOURCE + " is not JSON-LD: " + e.getMessage(), e);
        }
    }

    /** The context shipped with the server. */
    public static JsonLdContext standard() {
        try (InputStream in = JsonLdContext.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IllegalStateException(RESOURCE + " missing beside " + JsonLdContext.class.getName());
            return new JsonLdContext(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The context document as served. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Writes {@code graph} as compact JSON-LD whose {@code @context} is {@code contextUrl}; the node
     * {@code first} (the resource the document is about) comes first in {@code @graph}.
     */
    public void write(Graph graph, Node first, String contextUrl, OutputStream out) {
        JsonObject compact = compact(graph);
        JsonObjectBuilder doc = Json.createObjectBuilder().add("@context", contextUrl);
        compact.forEach((key, value) -> {
            if (key.equals("@context"))
                return;
            doc.add(key, key.equals("@graph") && first != null ? firstNode(value.asJsonArray(), first) : value);
        });
        try (JsonWriter w = Json.createWriterFactory(PRETTY).createWriter(out, StandardCharsets.UTF_8)) {
            w.writeObject(doc.build());
        }
    }

    /**
     * {@code graph} compacted against the context (the context inline, as Titanium returns it), with every
     * blank node that is referenced once nested where it is referenced (an event's participations and head
     * count), so a client reads {@code event.headcount.countValue} instead of looking the node up.
     */
    JsonObject compact(Graph graph) {
        JsonObject compact;
        try {
            Document rdf = RdfDocument.of(JenaTitanium.convert(DatasetGraphFactory.wrap(graph)));
            // Not .nativeTypes(): in Titanium 1.7 it also turns every @zh string into an rdf:langString
            // value without its language. Counts and offsets stay strings, typed by the context.
            JsonArray expanded = JsonLd.fromRdf(rdf).get();
            compact = JsonLd.compact(JsonDocument.of(expanded), document).get();
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot write JSON-LD: " + e.getMessage(), e);
        }
        if (!compact.containsKey("@graph"))
            return compact;
        JsonObjectBuilder b = Json.createObjectBuilder(compact);
        b.add("@graph", BlankNodes.nest(compact.getJsonArray("@graph")));
        return b.build();
    }

    private static JsonArray firstNode(JsonArray nodes, Node first) {
        List<JsonValue> ordered = new ArrayList<>();
        for (JsonValue v : nodes) {
            boolean isFirst = v.getValueType() == JsonValue.ValueType.OBJECT
                              && first.getURI().equals(v.asJsonObject().getString("id", null));
            if (isFirst)
                ordered.add(0, v);
            else
                ordered.add(v);
        }
        JsonArrayBuilder b = Json.createArrayBuilder();
        ordered.forEach(b::add);
        return b.build();
    }
}
