package org.unionkg.query;

import org.unionkg.resources.ClasspathFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A folder of {@code .rq} files shipped on the classpath (the canned queries, the graph views). A query is found
 * by its file name with or without {@code .rq}; an argument ending in {@code .rq} that names a file is read from disk.
 *
 * @param folder where the files are
 * @param kind   what one of them is called in messages ("canned query", "graph view")
 */
public record QueryFolder(ClasspathFolder folder, String kind) {

    /** A query file's path, or the name of a query in the folder. */
    public CannedQuery resolve(String nameOrPath) {
        Path path = Path.of(nameOrPath);
        if (nameOrPath.endsWith(".rq") && Files.isRegularFile(path)) {
            try {
                return CannedQuery.parse(path.getFileName().toString().replaceFirst("\\.rq$", ""), Files.readString(path));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
            }
        }
        String name = nameOrPath.replaceFirst("\\.rq$", "");
        String text = folder.read(name + ".rq");
        if (text == null) {
            throw new IllegalArgumentException("no query file '" + nameOrPath + "' and no " + kind + " of that name; "
                    + kind + "s: " + String.join(", ", names()));
        }
        return CannedQuery.parse(name, text);
    }

    /** Every query in the folder, by name. */
    public List<CannedQuery> all() {
        return names().stream().map(n -> CannedQuery.parse(n, folder.read(n + ".rq"))).toList();
    }

    /** Names of the queries directly in the folder (not in sub-folders), sorted. */
    public List<String> names() {
        return folder.list(".rq").stream()
                .filter(n -> !n.contains("/"))
                .map(n -> n.substring(0, n.length() - 3))
                .toList();
    }
}
