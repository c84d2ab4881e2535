package org.unionkg.extract.event;

import org.unionkg.article.Article;
import org.unionkg.article.ArticleKind;
import org.unionkg.article.Byline;
import org.unionkg.extract.Mention;
import org.unionkg.extract.MentionType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** An article and the mentions an entity finder gives for its body. */
record Fixture(Article article, List<Mention> mentions) {

    /** What a mention names; every occurrence of the text becomes a mention. */
    record Spec(MentionType type, String text, String canonical) {}

    /**
     * Builds the mentions as a longest-match finder would: longer names first, every occurrence, none overlapping
     * (北京市总工会职工服务中心 is one mention, not also 北京市总工会). A spec whose text is not in the body is a
     * mistake in the fixture and fails.
     */
    static Fixture of(String pageId, int number, String headline, String body, Spec... specs) {
        Article article = new Article(pageId, number, headline, List.of(), new Byline(List.of(), ""), body,
                ArticleKind.NEWS, 0, body.length());
        List<Mention> mentions = new ArrayList<>();
        List<Spec> byLength = Arrays.stream(specs)
                .sorted(Comparator.comparingInt((Spec s) -> s.text().length()).reversed()).toList();
        for (Spec s : byLength) {
            int at = body.indexOf(s.text());
            if (at < 0) {
                throw new IllegalArgumentException("not in the body of " + article.id() + ": " + s.text());
            }
            for (; at >= 0; at = body.indexOf(s.text(), at + 1)) {
                int start = at;
                int end = at + s.text().length();
                if (mentions.stream().noneMatch(m -> start < m.end() && m.start() < end)) {
                    mentions.add(new Mention(s.type(), s.text(), s.canonical(), start, end));
                }
            }
        }
        return new Fixture(article, List.copyOf(mentions));
    }
}
