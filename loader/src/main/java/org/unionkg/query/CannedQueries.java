package org.unionkg.query;

import org.unionkg.resources.ClasspathFolder;

import java.util.List;

/**
 * The canned queries of {@code queries/}, shipped on the classpath under {@code org/unionkg/queries/}.
 * A query is found by its file name with or without {@code .rq}; any other argument is read as a path.
 */
public final class CannedQueries {
    private static final QueryFolder FOLDER =
            new QueryFolder(new ClasspathFolder("org/unionkg/queries/"), "canned query");

    private CannedQueries() {}

    /** A query file's path, or the name of a canned query. */
    public static CannedQuery resolve(String nameOrPath) {
        return FOLDER.resolve(nameOrPath);
    }

    /** Every canned query, by name. */
    public static List<CannedQuery> all() {
        return FOLDER.all();
    }

    /** Names of the canned queries, sorted. */
    public static List<String> names() {
        return FOLDER.names();
    }
}
