package org.unionkg.page;

import java.time.LocalDate;

/**
 * What is known of a page apart from its text, from {@code seeds/manifest.json}.
 *
 * @param file          file name as listed in the manifest
 * @param newspaper     the newspaper's name (北京工人报 for the seeds)
 * @param runningHeader the page's running header, dropped from article text
 * @param date          publication date, or null where not known
 * @param year          publication year where only the year is known (null if unknown)
 * @param note          free note
 */
public record PageMeta(String file, String newspaper, String runningHeader, LocalDate date, Integer year, String note) {

    public static PageMeta unknown(String file) {
        return new PageMeta(file, null, null, null, null, null);
    }

    /** The best year for dating events on this page, or null. */
    public Integer effectiveYear() {
        return date != null ? Integer.valueOf(date.getYear()) : year;
    }
}
