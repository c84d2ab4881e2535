package org.unionkg.extract;

import java.util.Objects;

/**
 * A place: a district, a subdistrict/town/area, a named venue, or a place outside Beijing.
 *
 * @param name   canonical name (朝阳区, 东湖街道, 朝阳区工人文化宫, 廊坊市)
 * @param kind   district, subdistrict, venue, city, province, country or foreign
 * @param within canonical name of the larger place it lies in, or null
 */
public record PlaceFact(String name, String kind, String within) {
    public PlaceFact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
