package org.unionkg.extract;

import java.util.List;
import java.util.Objects;

/**
 * A post a person holds in a body, as the article states it.
 *
 * @param person       the person's name
 * @param organization canonical name of the body
 * @param roleText     the titles exactly as written (党组书记、副主席), or null for a bare affiliation (来自…的陈文静)
 * @param roles        each title on its own (党组书记, 副主席)
 * @param evidence     the sentence that states it
 */
public record PostFact(String person, String organization, String roleText, List<String> roles, String evidence) {
    public PostFact {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(organization, "organization");
        roles = List.copyOf(roles);
        evidence = evidence == null ? "" : evidence;
    }
}
