package org.unionkg.cli;

import org.apache.jena.fuseki.main.FusekiServer;
import org.unionkg.page.Manifest;
import org.unionkg.page.PageReader;
import org.unionkg.pipeline.PageProcessor;
import org.unionkg.server.UnionKgServer;
import org.unionkg.store.GraphStore;
import org.unionkg.store.LoadError;
import org.unionkg.store.LoadReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code unionkg demo}: load the seed pages and serve them, printing where to look. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load seeds/ into the store and serve it: the one command to see unionkg work.")
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    ServerOptions server;

    @Option(names = "--no-serve", description = "load and print, but do not start the server (for scripts and tests)")
    boolean noServe;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path seeds = ProjectPaths.underRoot("seeds");
        PageProcessor processor = PageProcessor.standard(new PageReader(Manifest.load(seeds.resolve("manifest.json"))));
        LoadReport report;
        try (GraphStore gs = GraphStore.open(store.location())) {
            report = LoadCommand.load(gs, processor, List.of(seeds), new ProgressLine(err));
        }
        for (LoadError e : report.errors()) {
            err.println("error: " + e);
        }
        out.println("loaded " + seeds + " into " + store.location() + ": " + report.summary());
        if (!report.ok()) {
            return ExitCodes.FAILURE;
        }
        if (noServe) {
            return ExitCodes.OK;
        }
        FusekiServer fuseki = server.start(store.location());
        out.println(UnionKgServer.describe(fuseki));
        out.println("Stop with Ctrl-C.");
        out.flush();
        fuseki.join();
        return ExitCodes.OK;
    }
}
