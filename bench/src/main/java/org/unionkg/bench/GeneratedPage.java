package org.unionkg.bench;

import org.unionkg.evaluate.Gold;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One generated page: its text as a page file holds it, and what it states.
 *
 * @param id            the page id (the file's base name)
 * @param date          the paper's date (the manifest carries it)
 * @param runningHeader the header line printed at the top
 * @param text          the page text
 * @param articles      how many articles (news and photo items) it holds
 * @param gold          the facts it states, in the shape of the seed pages' gold files
 */
public record GeneratedPage(String id, LocalDate date, String runningHeader, String text, int articles, Gold gold) {
    public GeneratedPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(gold, "gold");
    }

    public String fileName() {
        return id + ".txt";
    }
}
