package org.unionkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionkg.server.ServerFixture.ARTICLE_01;
import static org.unionkg.server.ServerFixture.queryGet;
import static org.unionkg.server.ServerFixture.send;
import static org.unionkg.server.ServerFixture.updatePost;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.util.security.Credential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fuseki-config/config-update.ttl}: queries stay anonymous, updates need the user "editor". */
class AuthenticatedUpdateTest {

    static final String KEYWORD_QUERY =
        "PREFIX schema: <https://schema.org/> SELECT ?k { <" + ARTICLE_01 + "> schema:keywords ?k }";
    static final String INSERT =
        "PREFIX schema: <https://schema.org/> INSERT DATA { GRAPH <" + ARTICLE_01 + "> { <" + ARTICLE_01
        + "> schema:keywords \"工会法\"@zh } }";

    @Test
    void onlyTheEditorMayUpdate(@TempDir Path dir) throws IOException {
        Path db = ServerFixture.loadStore(dir);
        // Made by the operator, as the README says; "reader" has a login but no update right, and
        // a hashed password (Jetty's MD5: form) instead of a plain one.
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "editor: editor-secret-for-this-test\n"
                                  + "reader: " + Credential.MD5.digest("reader-secret") + "\n", StandardCharsets.UTF_8);
        Path config = ServerFixture.projectRoot().resolve("fuseki-config/config-update.ttl");

        FusekiServer server = UnionKgServer.start(new ServerSettings(db, 0, config, true, passwd));
        try {
            String ds = "http://localhost:" + server.getPort() + "/unionkg";
            String update = ds + "/update";
            assertTrue(UnionKgServer.describe(server).contains("SPARQL Update                " + update + "  (login required)"),
                       UnionKgServer.describe(server));

            assertEquals(401, send(updatePost(update, INSERT)).statusCode(), "anonymous");
            assertEquals(401, send(updatePost(update, INSERT).header("Authorization", basic("editor", "wrong")))
                                  .statusCode(), "wrong password");
            // 403, not 401: the hashed password was accepted, and the user is not on the list.
            assertEquals(403, send(updatePost(update, INSERT).header("Authorization", basic("reader", "reader-secret")))
                                  .statusCode(), "a user who is not allowed");
            assertEquals(0, keywords(ds), "a refused update changed the store");

            // Queries need no login, on this configuration too.
            HttpResponse<String> ok = send(updatePost(update, INSERT)
                                               .header("Authorization", basic("editor", "editor-secret-for-this-test")));
            assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
            assertEquals(1, keywords(ds));
            assertTrue(queryGet(ds + "/query", KEYWORD_QUERY).body().contains("工会法"));

            // Still no update through the query endpoint, even for the editor.
            assertEquals(400, ServerFixture.queryPost(ds + "/query", INSERT).statusCode());
        } finally {
            server.stop();
        }
    }

    @Test
    void aPasswordFileWithTheReadOnlyConfigMakesAPrivateServer(@TempDir Path dir) throws IOException {
        Path db = ServerFixture.loadStore(dir);
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "analyst: analyst-secret\n", StandardCharsets.UTF_8);

        FusekiServer server = UnionKgServer.start(new ServerSettings(db, 0, ServerFixture.readOnlyConfig(), true, passwd));
        try {
            String query = "http://localhost:" + server.getPort() + "/unionkg/query?query=" + ServerFixture.encode(KEYWORD_QUERY);
            assertEquals(401, ServerFixture.get(query).statusCode());
            assertEquals(200, send(ServerFixture.request(query).header("Authorization", basic("analyst", "analyst-secret")))
                                  .statusCode());
            assertEquals(401, ServerFixture.get("http://localhost:" + server.getPort() + "/").statusCode(), "the UI too");
        } finally {
            server.stop();
        }
    }

    static int keywords(String ds) {
        HttpResponse<String> r = queryGet(ds + "/query", KEYWORD_QUERY);
        assertEquals(200, r.statusCode(), r.body());
        return UnionKgServerTest.rows(r).size();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
