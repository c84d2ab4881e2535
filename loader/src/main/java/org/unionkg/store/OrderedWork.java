package org.unionkg.store;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Runs a pure function over items on several threads and hands the results, in item order, to one consumer on
 * the calling thread, with at most {@code queue} results waiting: the shape of every load (extraction on all
 * cores, one writer). A feeder thread submits work and blocks when the queue is full, so memory is bounded by
 * the queue, not by the number of items.
 */
final class OrderedWork {
    private OrderedWork() {}

    /**
     * @param work must not throw for an item it can report (return the failure as a result instead);
     *             anything it does throw stops the run
     */
    static <T, R> void run(List<T> items, int workers, int queue, Function<T, R> work, BiConsumer<T, R> consumer) {
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemon("unionkg-extract"));
        BlockingQueue<Future<R>> pending = new ArrayBlockingQueue<>(queue);
        Thread feeder = new Thread(() -> {
            try {
                for (T item : items) {
                    pending.put(pool.submit(() -> work.apply(item)));   // waits while the consumer is behind
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "unionkg-feed");
        feeder.setDaemon(true);
        feeder.start();
        int i = 0;
        try {
            for (; i < items.size(); i++) {
                consumer.accept(items.get(i), pending.take().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted after " + i + " of " + items.size() + " items", e);
        } catch (ExecutionException e) {
            throw new StoreException("failed on " + items.get(i) + ": " + e.getCause(), e.getCause());
        } finally {
            feeder.interrupt();
            pool.shutdownNow();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
