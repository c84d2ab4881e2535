package org.unionkg.extract.event;

import org.junit.jupiter.api.Test;
import org.unionkg.extract.MentionType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.unionkg.extract.event.Events.canonicals;
import static org.unionkg.extract.event.Events.main;

/**
 * Names written together after a place word are one place, the most specific: 来到丰台区卢沟桥街道“红星驿站” is the
 * station, its district and street its address; 在丰台区右安门街道，… sets the scene of a later sentence there.
 */
class PlaceChainTest {
    static final Fixture SURVEY = Fixture.of("990_placechain00001", 1,
            "北京市总工会赴丰台区调研户外劳动者服务站点建设",
            "11月3日，北京市总工会调研组赴丰台区，调研户外劳动者服务站点建设。\n"
                    + "调研组来到丰台区卢沟桥街道“红星驿站”，了解驿站的运营情况。\n"
                    + "在丰台区右安门街道，调研组看望了困难职工家庭。\n"
                    + "丰台区总工会在全区范围内推广驿站服务。",
            new Fixture.Spec(MentionType.UNION, "北京市总工会", "北京市总工会"),
            new Fixture.Spec(MentionType.UNION, "丰台区总工会", "丰台区总工会"),
            new Fixture.Spec(MentionType.PLACE, "丰台区", "丰台区"),
            new Fixture.Spec(MentionType.PLACE, "卢沟桥街道", "卢沟桥街道"),
            new Fixture.Spec(MentionType.VENUE, "红星驿站", "红星驿站"),
            new Fixture.Spec(MentionType.PLACE, "右安门街道", "右安门街道"));

    @Test
    void theLastOfNamesWrittenTogetherIsThePlace() {
        EventFact e = main(SURVEY);
        assertEquals(List.of("丰台区", "红星驿站", "右安门街道"), canonicals(e.places()));
    }
}
