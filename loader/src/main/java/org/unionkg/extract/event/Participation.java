package org.unionkg.extract.event;

import org.unionkg.extract.Mention;

import java.util.Objects;

/**
 * A person or body taking part in an event, and how.
 *
 * @param who  the participant's mention (PERSON, UNION or ORGANIZATION)
 * @param part the part as the text names it: 出席, 讲话, 参加, 带队, 宣讲, 发言, 获奖, 评委, 会见, 致辞, 列席, 来访, 承办 …
 */
public record Participation(Mention who, String part) {
    public Participation {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(part, "part");
    }
}
