package org.unionkg.extract;

/** What a mention names. */
public enum MentionType {
    UNION, ORGANIZATION, PERSON, PLACE, VENUE, HONOUR
}
