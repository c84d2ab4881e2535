package org.unionkg.cli;

import org.unionkg.bench.BenchRun;
import org.unionkg.bench.Corpus;
import org.unionkg.bench.PageGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code unionkg bench generate|run}: generated pages with their gold facts, and the scale benchmark. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generate pages in the seeds' style with their gold facts, and measure extraction, loading and queries at scale.",
        subcommands = {BenchCommand.Generate.class, BenchCommand.Run.class, BenchMicroCommand.class})
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write N pages (OUT/pages/*.txt + manifest.json) and their gold facts (OUT/gold/*.json).")
    static final class Generate implements Callable<Integer> {
        @Option(names = "--pages", required = true, description = "how many pages")
        int pages;

        @Option(names = "--seed", defaultValue = "1", description = "generator seed (default ${DEFAULT-VALUE}): same seed, same pages")
        long seed;

        @Option(names = "--out", required = true, description = "folder to write into")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (pages < 1) {
                spec.commandLine().getErr().println("--pages must be at least 1");
                return ExitCodes.USAGE;
            }
            Corpus c = Corpus.write(new PageGenerator(seed), pages, out);
            spec.commandLine().getOut().printf(Locale.ROOT, "%,d pages, %,d characters in %.1f s: pages in %s, gold in %s%n",
                    c.pages(), c.characters(), c.time().toMillis() / 1000.0, c.pagesDir(), c.goldDir());
            return ExitCodes.OK;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Generate N pages, then measure extraction against HanLP, the first load of all N pages with "
                    + "load --bulk (pages/s, wall, memory), the transactional writer and load --bulk against the bare TDB2 "
                    + "bulk loader on a sample of 2,000 pages, the canned queries in-process and over HTTP, and the "
                    + "re-load of one day; print the figures and append them to bench/RESULTS.md.")
    static final class Run implements Callable<Integer> {
        @Option(names = "--pages", defaultValue = "1000", description = "pages (default ${DEFAULT-VALUE})")
        int pages;

        @Option(names = "--seed", defaultValue = "1", description = "generator seed (default ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--work", description = "working folder for the corpus and stores (default: target/bench under the project root)")
        Path work;

        @Option(names = "--results", description = "markdown file to append to (default: bench/RESULTS.md under the project root)")
        Path results;

        @Option(names = "--no-results", description = "print the figures only")
        boolean noResults;

        @Option(names = "--sample", defaultValue = "500", description = "pages timed for the extraction ratio and scored against gold (default ${DEFAULT-VALUE})")
        int sample;

        @Option(names = "--query-runs", defaultValue = "50", description = "timed runs of each canned query (default ${DEFAULT-VALUE}; 0 skips the queries)")
        int queryRuns;

        @Option(names = "--no-http", description = "skip the queries over HTTP through Fuseki")
        boolean noHttp;

        @Option(names = "--queries-on", paramLabel = "DB",
                description = "only time the canned queries, on this store already loaded with the generated pages "
                        + "of --pages and --seed (e.g. by ./unionkg load of bench generate's output)")
        Path queriesOn;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (pages < 1 || sample < 1 || queryRuns < 0) {
                spec.commandLine().getErr().println("--pages and --sample must be at least 1, --query-runs at least 0");
                return ExitCodes.USAGE;
            }
            Path w = work != null ? work : ProjectPaths.underRoot("target/bench");
            Path r = noResults ? null : results != null ? results : ProjectPaths.underRoot("bench/RESULTS.md");
            String command = "./unionkg bench run --pages " + pages + " --seed " + seed
                    + (sample != 500 ? " --sample " + sample : "") + (queryRuns != 50 ? " --query-runs " + queryRuns : "")
                    + (noHttp ? " --no-http" : "") + (queriesOn != null ? " --queries-on " + queriesOn : "") + "   (JVM: " + String.join(" ",
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) + ")";
            BenchRun.Options o = new BenchRun.Options(pages, seed, w, r, Math.min(sample, pages), queryRuns, !noHttp,
                    ProjectPaths.underRoot("fuseki-config/config.ttl"), command);
            PrintWriter out = spec.commandLine().getOut();
            BenchRun run = new BenchRun(o, out, spec.commandLine().getErr());
            if (queriesOn != null) {
                run.runQueriesOnly(queriesOn);
            } else {
                run.run();
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
