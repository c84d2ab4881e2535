package org.unionkg.cli;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.lib.ShLib;
import org.unionkg.store.GraphStore;
import org.unionkg.validate.ShapeValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** {@code unionkg validate [--db DIR]}: SHACL-validate the store against ontology/shapes.ttl. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the store against the SHACL shapes; the exit code says whether it conforms.",
                "Also counts every quad and corrects the quad count the store keeps for load summaries, should "
                        + "anything have written the store behind the loader's back."})
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (GraphStore gs = GraphStore.open(store.location())) {
            ValidationReport report = ShapeValidator.standard().validate(gs.datasetGraph());
            // SHACL says a graph with any result does not conform; the shapes mark hard rules sh:Violation and
            // should-haves sh:Warning, so only violations fail the check
            long violations = report.getEntries().stream().filter(e -> e.severity() == Severity.Violation).count();
            if (!report.conforms()) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                ShLib.printReport(buf, report);
                spec.commandLine().getOut().print(buf.toString(StandardCharsets.UTF_8));
            }
            spec.commandLine().getOut().printf("%d violations, %d warnings%n", violations,
                    report.getEntries().size() - violations);
            GraphStore.Recount count = gs.recount();
            spec.commandLine().getOut().printf(java.util.Locale.ROOT, "%,d quads%s%n", count.counted(),
                    count.agrees() ? "" : String.format(java.util.Locale.ROOT,
                            " (the store's kept count said %,d; corrected)", count.kept()));
            return violations == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }
}
