package org.unionkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./unionkg} command: one class per subcommand, each returning its exit code. */
@Command(name = "unionkg", mixinStandardHelpOptions = true, version = "unionkg 0.1.0",
        description = "A knowledge graph of Beijing's trade unions, built from the union newspaper's pages.",
        subcommands = {DemoCommand.class, LoadCommand.class, QueryCommand.class, ServeCommand.class, ValidateCommand.class,
                EvaluateCommand.class, ExportCommand.class, ReindexCommand.class, ExportGraphCommand.class,
                BackupCommand.class, RestoreCommand.class, LoadTestCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class UnionKg {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line as tests and {@link #main} run it. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new UnionKg());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // an expected failure (bad argument, unreadable query) is one line, not a stack trace
            cmd.getErr().println("unionkg " + cmd.getCommandName() + ": " + (e.getMessage() != null ? e.getMessage() : e));
            return e instanceof IllegalArgumentException ? ExitCodes.USAGE : ExitCodes.FAILURE;
        });
        return cl;
    }
}
