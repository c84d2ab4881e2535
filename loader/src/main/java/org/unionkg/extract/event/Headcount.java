package org.unionkg.extract.event;

import java.util.Objects;

/**
 * A count the article gives, as written and as a number.
 *
 * @param text        as written: 500余名师生, 83家医疗机构, 职工摄影作品383幅
 * @param value       the number: 500, 83, 383
 * @param approximate true for 余, 多, 近, 约, 逾, 左右 …
 * @param countOf     what is counted: 师生, 医疗机构, 职工摄影作品; the measure word (人) when nothing else is said
 */
public record Headcount(String text, long value, boolean approximate, String countOf) {
    public Headcount {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(countOf, "countOf");
        if (value < 0) {
            throw new IllegalArgumentException("negative count " + value + " in " + text);
        }
    }
}
