package org.unionkg.extract;

import java.util.List;

/** Prints what extraction finds in fixture articles: {@code java ... ExtractionDump 000_8c79aeed4abb6d7c-01 …}. */
public final class ExtractionDump {
    public static void main(String[] args) {
        ArticleExtractor x = ArticleExtractor.standard();
        for (String id : args) {
            ArticleFacts f = x.extract(ArticleFixtures.article(id), ArticleFixtures.META_2025);
            System.out.println("=== " + id);
            f.mentions().forEach(m -> System.out.println("  M " + m.type() + " " + m.text() + " -> " + m.canonical() + " @" + m.start()));
            f.orgs().values().stream().sorted(java.util.Comparator.comparing(OrgFact::name)).forEach(o -> System.out.println("  O " + o));
            f.places().values().forEach(p -> System.out.println("  L " + p));
            System.out.println("  P " + f.persons());
            f.posts().forEach(p -> System.out.println("  J " + p.person() + " | " + p.organization() + " | " + p.roleText() + " | " + p.roles()));
            f.awards().forEach(a -> System.out.println("  A " + a.awardee() + " | " + a.honour() + " | " + a.year() + " | " + a.conferredBy()));
        }
    }
}
