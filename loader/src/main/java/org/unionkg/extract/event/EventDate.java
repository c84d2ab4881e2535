package org.unionkg.extract.event;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * When an event took place, as far as the text tells.
 *
 * @param text      the date as written (9月18日上午, 近日, 今年8月, 在端午节…即将到来之际); null only when nothing in
 *                  the text dates the event and the year comes from the page's manifest alone
 * @param precision how much is known
 * @param day       the day, for {@link Precision#DAY} when the year is known; else null
 * @param month     the month, for {@link Precision#MONTH} (and DAY) when the year is known; else null
 * @param year      the year when known (from the text or the page's manifest), for any precision; else null
 */
public record EventDate(String text, Precision precision, LocalDate day, YearMonth month, Integer year) {

    /** How precisely the text dates the event. */
    public enum Precision {
        DAY("day"), MONTH("month"), YEAR("year"),
        /** 近日, 日前, 在…即将到来之际: shortly before the paper's date. */
        BEFORE_PUBLICATION("before-publication");

        private final String key;

        Precision(String key) {
            this.key = key;
        }

        /** The IRI key ({@code id/date-precision/<key>}). */
        public String key() {
            return key;
        }
    }

    public EventDate {
        Objects.requireNonNull(precision, "precision");
        if (day != null && precision != Precision.DAY) {
            throw new IllegalArgumentException("a day needs DAY precision: " + precision);
        }
    }

    public static EventDate day(String text, LocalDate day) {
        return new EventDate(text, Precision.DAY, day, YearMonth.from(day), day.getYear());
    }

    public static EventDate month(String text, YearMonth month) {
        return new EventDate(text, Precision.MONTH, null, month, month.getYear());
    }

    public static EventDate year(String text, int year) {
        return new EventDate(text, Precision.YEAR, null, null, year);
    }

    public static EventDate beforePublication(String text, Integer year) {
        return new EventDate(text, Precision.BEFORE_PUBLICATION, null, null, year);
    }
}
