package org.unionkg.extract;

import java.util.Objects;

/**
 * An honour held by a person or a body.
 *
 * @param awardeeType  {@link MentionType#PERSON}, or UNION/ORGANIZATION for collective honours
 * @param awardee      the person's name or the body's canonical name
 * @param honour       canonical honour name (朝阳工匠)
 * @param year         the year it was conferred when the text or the page tells, else null
 * @param conferredBy  canonical name of the conferring body when known, else null
 * @param evidence     the sentence that states it
 */
public record AwardFact(MentionType awardeeType, String awardee, String honour, Integer year, String conferredBy,
                        String evidence) {
    public AwardFact {
        Objects.requireNonNull(awardeeType, "awardeeType");
        Objects.requireNonNull(awardee, "awardee");
        Objects.requireNonNull(honour, "honour");
        evidence = evidence == null ? "" : evidence;
    }
}
