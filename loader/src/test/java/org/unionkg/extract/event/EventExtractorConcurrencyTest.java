package org.unionkg.extract.event;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One extractor shared by many threads gives what it gives on one thread. */
class EventExtractorConcurrencyTest {
    private static final List<Fixture> FIXTURES = List.of(SeedArticles.P000_1, SeedArticles.P000_6, SeedArticles.P001_1,
            SeedArticles.P001_2, SeedArticles.P002_5, SeedArticles.P003_2, SeedArticles.P003_5, SeedArticles.P004_2);

    @Test
    void sharedExtractorIsThreadSafe() {
        List<List<EventFact>> expected = FIXTURES.stream().map(Events::extract).toList();
        List<List<EventFact>> parallel = IntStream.range(0, 200).parallel()
                .mapToObj(i -> Events.extract(FIXTURES.get(i % FIXTURES.size())))
                .toList();
        for (int i = 0; i < parallel.size(); i++) {
            assertEquals(expected.get(i % FIXTURES.size()), parallel.get(i));
        }
    }
}
