package org.unionkg.cli;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code unionkg bench micro [JMH options]}: the JMH micro-benchmarks of {@code org.unionkg.bench.micro}
 * (extraction against HanLP's segmentation, per page). Options go to JMH as they are ({@code -f 2}, {@code -wi 5},
 * {@code -h} for JMH's own help); with none, every benchmark runs with the settings written on it.
 */
@Command(name = "micro", mixinStandardHelpOptions = true,
        description = "Run the JMH micro-benchmarks (extraction per page against HanLP's bare segmentation). "
                + "Anything after 'micro --' goes to JMH, e.g. 'bench micro -- -f 2 -wi 5'.")
final class BenchMicroCommand implements Callable<Integer> {
    /** The benchmarks' package, so JMH runs ours and nothing else that may be on the classpath. */
    static final String BENCHMARKS = "org\\.unionkg\\.bench\\.micro\\..*";

    @Parameters(arity = "0..*", paramLabel = "JMH-OPTION", description = "options for JMH's runner")
    List<String> jmhOptions = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws RunnerException {
        List<String> args = new ArrayList<>(jmhOptions);
        boolean namesBenchmarks = args.stream().anyMatch(a -> !a.startsWith("-") && a.contains("Benchmark"));
        if (!namesBenchmarks) {
            args.add(BENCHMARKS);
        }
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(args.toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            spec.commandLine().getErr().println("bench micro: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        new Runner(options).run();
        return ExitCodes.OK;
    }
}
