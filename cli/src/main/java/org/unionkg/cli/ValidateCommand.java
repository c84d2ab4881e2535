package org.unionkg.cli;

import org.apache.jena.shacl.ValidationReport;
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
        description = "Check the store against the SHACL shapes; the exit code says whether it conforms.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (GraphStore gs = GraphStore.open(store.location())) {
            ValidationReport report = ShapeValidator.standard().validate(gs.datasetGraph());
            if (report.conforms()) {
                spec.commandLine().getOut().println("conforms: no SHACL violations");
                return ExitCodes.OK;
            }
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            ShLib.printReport(buf, report);
            spec.commandLine().getOut().print(buf.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().println(report.getEntries().size() + " SHACL results");
            return ExitCodes.FAILURE;
        }
    }
}
