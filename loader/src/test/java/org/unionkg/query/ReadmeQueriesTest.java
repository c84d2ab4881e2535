package org.unionkg.query;

import org.junit.jupiter.api.Test;
import org.unionkg.testing.ProjectRoot;

import java.io.IOException;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's table of canned queries names every query in queries/, so a new query cannot go unlisted. */
class ReadmeQueriesTest {
    @Test
    void readmeListsEveryCannedQuery() throws IOException {
        String readme = Files.readString(ProjectRoot.get().resolve("README.md"));
        for (String name : CannedQueries.names()) {
            assertTrue(readme.contains("| `" + name + "` |"), "README.md's query table lacks " + name);
        }
    }
}
