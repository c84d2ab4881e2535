package org.unionkg.server.ld;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Nests blank nodes in a compacted JSON-LD {@code @graph}: a blank node referenced exactly once
 * ({@code {"id": "_:b0"}}) is replaced by its node object, without its {@code id}. The triples are the
 * same (a node object without {@code @id} is a fresh blank node); a blank node referenced twice, or
 * never, stays a top-level node.
 */
final class BlankNodes {

    private BlankNodes() {}

    static JsonArray nest(JsonArray graph) {
        Map<String, JsonObject> blanks = new LinkedHashMap<>();
        for (JsonValue v : graph)
            if (v instanceof JsonObject o && isBlank(o.get("id")))
                blanks.put(o.getString("id"), o);
        Map<String, Integer> references = new HashMap<>();
        graph.forEach(v -> count(v, references));
        Set<String> nested = new HashSet<>();
        references.forEach((id, n) -> {
            if (n == 1 && blanks.containsKey(id))
                nested.add(id);
        });
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (JsonValue v : graph) {
            if (v instanceof JsonObject o && nested.contains(o.getString("id", "")))
                continue;
            out.add(replace(v, blanks, nested, new HashSet<>()));
        }
        return out.build();
    }

    private static boolean isBlank(JsonValue id) {
        return id instanceof JsonString s && s.getString().startsWith("_:");
    }

    /** A reference is an object whose only key is {@code id}. */
    private static String reference(JsonValue v) {
        if (v instanceof JsonObject o && o.size() == 1 && isBlank(o.get("id")))
            return o.getString("id");
        return null;
    }

    private static void count(JsonValue v, Map<String, Integer> references) {
        String ref = reference(v);
        if (ref != null)
            references.merge(ref, 1, Integer::sum);
        else if (v instanceof JsonObject o)
            o.values().forEach(x -> count(x, references));
        else if (v instanceof JsonArray a)
            a.forEach(x -> count(x, references));
    }

    private static JsonValue replace(JsonValue v, Map<String, JsonObject> blanks, Set<String> nested, Set<String> path) {
        String ref = reference(v);
        if (ref != null) {
            if (!nested.contains(ref) || !path.add(ref))
                return v;       // shared, unknown, or a cycle: keep the reference
            JsonObjectBuilder b = Json.createObjectBuilder();
            blanks.get(ref).forEach((k, x) -> {
                if (!k.equals("id"))
                    b.add(k, replace(x, blanks, nested, path));
            });
            path.remove(ref);
            return b.build();
        }
        if (v instanceof JsonObject o) {
            JsonObjectBuilder b = Json.createObjectBuilder();
            o.forEach((k, x) -> b.add(k, replace(x, blanks, nested, path)));
            return b.build();
        }
        if (v instanceof JsonArray a) {
            JsonArrayBuilder b = Json.createArrayBuilder();
            a.forEach(x -> b.add(replace(x, blanks, nested, path)));
            return b.build();
        }
        return v;
    }
}
