package org.unionkg.query;

import org.unionkg.resources.ClasspathFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;

/**
 * The canned queries of {@code queries/}, shipped on the classpath under {@code org/unionkg/queries/}.
 * A query is found by its file name with or without {@code .rq}; any other argument is read as a path.
 */
public final class CannedQueries {
    private static final ClasspathFolder FOLDER = new ClasspathFolder("org/unionkg/queries/");

    private CannedQueries() {}

    /** A query file's path, or the name of a canned query. */
    public static CannedQuery resolve(String nameOrPath) {
        Path path = Path.of(nameOrPath);
        if (nameOrPath.endsWith(".rq") && Files.isRegularFile(path)) {
            try {
                return CannedQuery.parse(path.getFileName().toString().replaceFirst("\\.rq$", ""), Files.readString(path));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
            }
        }
        String name = nameOrPath.replaceFirst("\\.rq$", "");
        String text = resource(name + ".rq");
        if (text == null) {
            throw new IllegalArgumentException("no query file '" + nameOrPath + "' and no canned query of that name; canned queries: "
                    + String.join(", ", names()));
        }
        return CannedQuery.parse(name, text);
    }

    /** Every canned query, by name. */
    public static List<CannedQuery> all() {
        return names().stream().map(n -> CannedQuery.parse(n, resource(n + ".rq"))).toList();
    }

    /** Names of the canned queries, sorted. */
    public static List<String> names() {
        return FOLDER.list(".rq").stream()
                .filter(n -> !n.contains("/"))
                .map(n -> n.substring(0, n.length() - 3))
                .toList();
    }

    private static String resource(String file) {
        return FOLDER.read(file);
    }
}
