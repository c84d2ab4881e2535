package org.unionkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Samples this process's memory from {@code /proc/self/status} twice a second while a step runs, and keeps the
 * peaks. Resident memory is reported in its two parts because TDB2 memory-maps its files: every page of a mapped
 * index or node file the process touches counts in the resident set ({@code RssFile}), though it is page cache the
 * kernel can reclaim, while {@code RssAnon} is the JVM's own memory (heap, metaspace, thread stacks, direct
 * buffers). {@code VmHWM}, the kernel's peak of the two together, is what GNU time reports as "maximum resident
 * set size". Off Linux every figure is -1.
 */
final class MemorySampler implements AutoCloseable {

    /** Peaks in MB over the sampled step; {@code hwm} is the process's lifetime peak (VmHWM) at the end of it. */
    record Peak(long rssAnonMb, long rssFileMb, long hwmMb, long maxHeapMb) {
        String describe() {
            return String.format(Locale.ROOT, "peak RssAnon (the JVM's own memory) **%,d MB**, peak RssFile (mapped "
                            + "store files, reclaimable page cache) %,d MB; VmHWM (both, lifetime peak of this JVM) %,d MB; "
                            + "heap limit %,d MB", rssAnonMb, rssFileMb, hwmMb, maxHeapMb);
        }
    }

    private final Thread thread;
    private volatile boolean running = true;
    private long anon = -1;
    private long file = -1;

    private MemorySampler() {
        sample();
        thread = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "unionkg-memory-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    static MemorySampler start() {
        return new MemorySampler();
    }

    /** The peaks so far (sampling once more now). */
    synchronized Peak peak() {
        sample();
        return new Peak(anon, file, field("VmHWM:"), Runtime.getRuntime().maxMemory() >> 20);
    }

    private synchronized void sample() {
        anon = Math.max(anon, field("RssAnon:"));
        file = Math.max(file, field("RssFile:"));
    }

    /** A {@code kB} field of /proc/self/status, in MB; -1 if there is none. */
    static long field(String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return -1;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
