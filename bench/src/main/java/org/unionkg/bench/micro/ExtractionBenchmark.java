package org.unionkg.bench.micro;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.unionkg.bench.GeneratedPage;
import org.unionkg.bench.PageGenerator;
import org.unionkg.extract.Lexicon;
import org.unionkg.extract.hanlp.HanlpSegmenter;
import org.unionkg.page.BadPageException;
import org.unionkg.page.Manifest;
import org.unionkg.page.Page;
import org.unionkg.page.PageMeta;
import org.unionkg.page.PageReader;
import org.unionkg.pipeline.PageProcessor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Figure 1 of the benchmark as a JMH micro-benchmark: milliseconds per page of our whole per-page function
 * ({@link PageProcessor#process(Page)}: split, extract, resolve, map to RDF) against HanLP's bare segmentation of
 * the same text (Viterbi with person, place and organisation recognition, line by line) and against our own
 * segmenter (the same, with our lexicon as HanLP's custom dictionary). JMH takes care of what a hand-timed loop
 * gets wrong: warm-up, a forked JVM, dead-code elimination (each result is returned) and error bars.
 * {@code bench run} measures the same ratio once, alongside the store figures; this one is for work on the
 * extractor, where the error bars matter.
 * <p>
 * Run: {@code ./unionkg bench micro} (any JMH option after it, e.g. {@code -f 2 -wi 5}).
 * One operation is one page; the pages are the generator's first {@link #pages} for seed 1.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dfile.encoding=UTF-8"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ExtractionBenchmark {

    /** The pages of one operation batch; a constant so {@link OperationsPerInvocation} can name it. */
    static final int PAGES = 40;

    /** How many pages each invocation goes through (kept equal to {@link #PAGES}). */
    @Param({"" + PAGES})
    public int pages;

    private List<Page> corpus;
    private PageProcessor processor;
    private Segment bare;
    private HanlpSegmenter ours;

    @Setup
    public void setUp() {
        if (pages != PAGES) {
            throw new IllegalArgumentException("pages is fixed at " + PAGES + " (OperationsPerInvocation)");
        }
        PageGenerator generator = new PageGenerator(1);
        corpus = new ArrayList<>(pages);
        for (int i = 0; i < pages; i++) {
            GeneratedPage g = generator.page(i);
            PageMeta meta = new PageMeta(g.fileName(), PageGenerator.NEWSPAPER, g.runningHeader(), g.date(),
                    g.date().getYear(), null);
            corpus.add(new Page(g.id(), Path.of(g.fileName()), g.text(), meta));
        }
        processor = PageProcessor.standard(new PageReader(Manifest.empty()));
        bare = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true).enableOrganizationRecognize(true);
        ours = new HanlpSegmenter(Lexicon.standard());
    }

    /** Our whole per-page function; returns the quads so nothing is optimised away. */
    @Benchmark
    @OperationsPerInvocation(PAGES)
    public long pipeline() throws BadPageException {
        long quads = 0;
        for (Page p : corpus) {
            quads += processor.process(p).quadCount();
        }
        return quads;
    }

    /** The NLP floor: HanLP's segmentation with recognition, line by line, as bench run measures it. */
    @Benchmark
    @OperationsPerInvocation(PAGES)
    public long hanlpFloor() {
        long terms = 0;
        for (Page p : corpus) {
            for (String line : p.text().split("\n")) {
                if (!line.isBlank()) {
                    terms += bare.seg(line).size();
                }
            }
        }
        return terms;
    }

    /** HanLP with our lexicon as its custom dictionary, over the page text: what the extractor's own segmentation costs. */
    @Benchmark
    @OperationsPerInvocation(PAGES)
    public long ourSegmenter() {
        long tokens = 0;
        for (Page p : corpus) {
            tokens += ours.segment(p.text()).size();
        }
        return tokens;
    }
}
