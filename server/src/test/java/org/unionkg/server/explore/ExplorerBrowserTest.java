package org.unionkg.server.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explorer in a real browser: {@code server/src/test/e2e/explore.test.mjs} (playwright-core and
 * Debian's chromium) against the server over {@code explore.trig}. It searches for 东城区总工会,
 * clicks the node, expands it, checks the neighbours, and leaves {@code server/target/explore.png}.
 * <p>
 * Skipped, with the command that fixes it, where chromium, node or the e2e node_modules are
 * missing; {@code .ci/run} installs them, so CI always runs it (see README, "Browser test").
 */
@Tag("browser")
class ExplorerBrowserTest {

    /** Only stops a hung browser from hanging the build; the script's own checks decide. */
    private static final long GUARD_MINUTES = 5;

    @Test
    void searchClickExpandAndScreenshot(@TempDir Path dir) throws Exception {
        Path root = ExplorerServer.projectRoot();
        Path e2e = root.resolve("server/src/test/e2e");
        Path chromium = Path.of(Optional.ofNullable(System.getenv("CHROMIUM")).orElse("/usr/bin/chromium"));
        assumeTrue(Files.isExecutable(chromium),
                   "no chromium at " + chromium + ": apt-get install -y chromium (README, Browser test)");
        Optional<Path> node = onPath("node");
        assumeTrue(node.isPresent(), "no node on the PATH: install Node.js 20+");
        assumeTrue(Files.isDirectory(e2e.resolve("node_modules/playwright-core")),
                   "no playwright-core: (cd server/src/test/e2e && npm ci) (README, Browser test)");

        Path screenshot = root.resolve("server/target/explore.png");
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);
        Path log = dir.resolve("e2e.log");

        FusekiServer server = ExplorerServer.start(dir);
        int exit;
        try {
            Process p = new ProcessBuilder(node.get().toString(), "explore.test.mjs",
                                           ExplorerServer.base(server), screenshot.toString())
                .directory(e2e.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
            if (!p.waitFor(GUARD_MINUTES, TimeUnit.MINUTES)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                fail("the browser test did not finish in " + GUARD_MINUTES + " minutes:\n" + read(log));
            }
            exit = p.exitValue();
        } finally {
            server.stop();
        }
        String output = read(log);
        System.out.println(output);
        assertEquals(0, exit, "explore.test.mjs failed:\n" + output);
        assertTrue(output.contains("explorer e2e passed"), output);
        assertTrue(Files.size(screenshot) > 10_000, "screenshot " + screenshot + " is " + Files.size(screenshot) + " bytes");
    }

    private static String read(Path log) throws Exception {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    private static Optional<Path> onPath(String program) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String d : path.split(File.pathSeparator)) {
            Path candidate = Path.of(d.isEmpty() ? "." : d, program);
            if (Files.isExecutable(candidate))
                return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
