package org.unionkg.cli;

import org.unionkg.store.TextIndexBuilder;
import org.unionkg.store.TextIndexDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.util.concurrent.Callable;

/** {@code unionkg reindex [--db DIR]}: rebuild the full-text index from the store's quads. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuild the store's full-text (Lucene) index from its quads.",
                "Needed after the store was written without it (tdb2.tdbloader, tdb2.tdbupdate); `load` keeps it in step itself.",
                "Stop any server on the store first."})
public final class ReindexCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store.location())) {
            throw new IllegalArgumentException("no store at " + store.location() + " (load one first)");
        }
        long n = TextIndexBuilder.rebuild(store.location());
        spec.commandLine().getOut().println("indexed " + n + " names, headlines and bodies into "
                + TextIndexDefinition.folder(store.location()));
        return ExitCodes.OK;
    }
}
