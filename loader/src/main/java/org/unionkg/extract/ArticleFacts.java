package org.unionkg.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything extraction found in one article, before cross-article resolution.
 *
 * @param articleId    {@link org.unionkg.article.Article#id()}
 * @param mentions     every name found in the body, sorted by start then longest first; names inside a longer
 *                     name (the employer 北京大学人民医院 inside 北京大学人民医院工会, the district in 朝阳区总工会) are
 *                     mentions too, so spans may nest, but never cross
 * @param orgs         union bodies and other organisations by canonical name, including parents and conferring
 *                     bodies the article implies without naming
 * @param places       places by canonical name
 * @param persons      people named (canonical = the name as written)
 * @param honours      honours named, by canonical name
 * @param posts        posts held
 * @param awards       honours held
 */
public record ArticleFacts(String articleId, List<Mention> mentions, Map<String, OrgFact> orgs,
                           Map<String, PlaceFact> places, List<String> persons, List<String> honours,
                           List<PostFact> posts, List<AwardFact> awards) {
    public ArticleFacts {
        Objects.requireNonNull(articleId, "articleId");
        mentions = List.copyOf(mentions);
        orgs = Map.copyOf(orgs);
        places = Map.copyOf(places);
        persons = List.copyOf(persons);
        honours = List.copyOf(honours);
        posts = List.copyOf(posts);
        awards = List.copyOf(awards);
    }

    /** The organisation with this canonical name, or null. */
    public OrgFact org(String name) {
        return orgs.get(name);
    }

    /**
     * The mentions not inside a longer one (北京大学人民医院工会, not the employer inside it): the names the text
     * itself uses at each place, which is what the event extractor reads sentences by.
     */
    public List<Mention> outermostMentions() {
        return mentions.stream()
                .filter(m -> mentions.stream().noneMatch(o -> o != m && o.start() <= m.start() && m.end() <= o.end()
                        && (o.end() - o.start()) > (m.end() - m.start())))
                .toList();
    }

    /** The mentions of one type. */
    public List<Mention> mentions(MentionType type) {
        return mentions.stream().filter(m -> m.type() == type).toList();
    }

    /** The posts of one person. */
    public List<PostFact> postsOf(String person) {
        return posts.stream().filter(p -> p.person().equals(person)).toList();
    }

    /** The canonical names of the bodies a person holds posts in: what tells two namesakes apart. */
    public java.util.Set<String> affiliations(String person) {
        return new java.util.TreeSet<>(postsOf(person).stream().map(PostFact::organization).toList());
    }
}
