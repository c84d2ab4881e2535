package org.unionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds organisation, union and venue names by how they end (总工会, 有限公司, 医院, 展览馆 — see
 * {@code org-suffixes.tsv}) and where they start. A name starts after the last stop word of its clause (来到, 与, 的),
 * at a place name if one opens it (北京, 朝阳区, 东京 — the usual start of a long name), else after the last verb
 * or function word. Names without a place, a proper-name word or a legal form (有限公司) are dropped: they are
 * generic (医院工会, 园区工会). Departments that follow a found name extend it (…人民检察院第七检察部).
 * Short forms that only context can resolve (区总工会, 镇总工会, 该集团工会) are reported as written.
 * Thread-safe.
 */
public final class OrgPatternFinder implements MentionFinder {
    private static final int MAX_NAME = 32;
    private static final java.util.regex.Pattern UNION_JOINED = java.util.regex.Pattern.compile("(?:工会|劳动组合)(?:联合|携手|会同|与|和|及)");
    private static final Set<String> LEGAL_FORMS = Set.of("有限公司", "有限责任公司", "股份有限公司", "集团公司");
    private static final List<String> TOWN_ENDINGS = List.of("街道", "地区", "镇", "乡");
    private static final Set<String> SHORT_GENERAL = Set.of("市", "区", "镇", "乡", "街道", "地区");
    /** 京津两地, 三地, 各区: a count of places before 工会 speaks of the unions of several places, not of one body. */
    private static final java.util.regex.Pattern PLACE_COUNT = java.util.regex.Pattern.compile("[两三四五六多各](?:地|省|市|区|县)$");
    private static final List<String> DEMONSTRATIVE_EMPLOYERS = List.of("该集团", "该公司", "该校", "该院", "该中心");

    private final Lexicon lexicon;
    private final CountyNames counties;
    /** Verbs and objects around 工会 used as a modifier (贡献工会力量, 交流工会工作): {@code union-as-object.tsv}. */
    private final List<String> objectVerbs;
    private final List<String> unionObjects;

    public OrgPatternFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.counties = new CountyNames(lexicon);
        LexiconTable t = LexiconTable.resource("union-as-object.tsv");
        this.objectVerbs = t.rows().stream().filter(r -> r.get(1).equals("verb")).map(r -> r.get(0)).toList();
        this.unionObjects = t.rows().stream().filter(r -> r.get(1).equals("object")).map(r -> r.get(0)).toList();
    }

    @Override
    public List<Mention> find(ArticleText t) {
        String s = t.text();
        boolean[] quotedTitle = bookTitles(s);
        List<Mention> out = new ArrayList<>();
        for (int e = 1; e <= s.length(); e++) {
            Lexicon.Suffix suffix = suffixEndingAt(s, e);
            if (suffix == null) {
                continue;
            }
            int ss = e - suffix.suffix().length();
            if (quotedTitle[ss] || straddles(t, e) && !titleFromSuffix(t, ss, e) || unionInsideBody(t, suffix, e)) {
                continue;
            }
            Mention m = nameEndingWith(t, ss, e, suffix);
            if (m != null) {
                out.add(m);
            }
        }
        List<Mention> extended = new ArrayList<>();
        for (Mention m : out) {
            if (m.type() == MentionType.ORGANIZATION) {
                Mention x = withDepartment(t, m);
                if (x != null) {
                    extended.add(x);
                }
            }
        }
        out.addAll(extended);
        out.addAll(employersAgain(s, out));
        return out;
    }

    /**
     * The employer of a union found by its name (某某友好医院 in 某某友好医院工会), wherever the text names it again
     * alone: the segmenter often reads the employer's name alone as no name (某某友好医院呼吸科).
     */
    private List<Mention> employersAgain(String s, List<Mention> found) {
        List<Mention> more = new ArrayList<>();
        for (Mention m : found) {
            if (m.type() != MentionType.UNION || !m.text().endsWith("工会") || m.text().endsWith("总工会")) {
                continue;
            }
            String employer = m.text().substring(0, m.text().length() - 2);
            if (employer.length() < 4 || lexicon.suffixOf(employer).filter(x -> x.type() == MentionType.ORGANIZATION && x.strong()).isEmpty()) {
                continue;
            }
            for (int i = s.indexOf(employer); i >= 0; i = s.indexOf(employer, i + 1)) {
                final int at = i;
                boolean known = found.stream().anyMatch(o -> o.start() <= at && o.end() >= at + employer.length())
                        || more.stream().anyMatch(o -> o.start() == at);
                if (!known) {
                    more.add(new Mention(MentionType.ORGANIZATION, employer, employer, i, i + employer.length()));
                }
            }
        }
        return more;
    }

    private Mention nameEndingWith(ArticleText t, int ss, int e, Lexicon.Suffix suffix) {
        String s = t.text();
        MentionType type = suffix.type();
        for (String d : DEMONSTRATIVE_EMPLOYERS) {
            if (type == MentionType.UNION && ss >= d.length() && s.startsWith(d, ss - d.length())) {
                return new Mention(type, s.substring(ss - d.length(), e), s.substring(ss - d.length(), e), ss - d.length(), e);
            }
        }
        // 公司工会, 校工会, 院工会 written alone (after a clause mark or a joining word): the union of the employer named
        // before, read in context like 该公司工会 (GUIDELINES: anaphora are resolved but are not names)
        if (type == MentionType.UNION && suffix.suffix().equals("工会")) {
            for (String bare : UnionNames.BARE_EMPLOYERS) {
                int b = ss - bare.length();
                if (b >= 0 && s.startsWith(bare, b) && (b == 0 || ArticleText.isClauseMark(s.charAt(b - 1))
                        || "由与和及在的".indexOf(s.charAt(b - 1)) >= 0 || s.charAt(b - 1) == '\n')) {
                    return new Mention(type, s.substring(b, e), s.substring(b, e), b, e);
                }
            }
        }
        int start = nameStart(t, ss);
        // 八宝山街道总工会联合北京京能热力股份有限公司工会: a union joined to the next body is not part of its name
        java.util.regex.Matcher joined = UNION_JOINED.matcher(s.substring(start, ss));
        int cut = 0;
        while (joined.find()) {
            cut = joined.end();
        }
        start += cut;
        String inner = s.substring(start, ss);
        if (type == MentionType.UNION && (inner.contains("工会") || inner.contains("劳动组合"))) {
            // 通州区总工会联合武清区总工会: one union's name never holds another's
            int after = Math.max(s.lastIndexOf("工会", ss - 1) + 2, s.lastIndexOf("劳动组合", ss - 1) + 4);
            start = -1;
            for (int a = after; a < ss && start < 0; a++) {
                if (anchorAt(s, a, ss) > 0) {
                    start = a;
                }
            }
            if (start < 0) {
                return null;
            }
        }
        start = throughConjunction(t, start, ss);
        String prefix = s.substring(start, ss);
        if (PLACE_COUNT.matcher(prefix).find()) {
            return null;
        }
        // 贡献|工会|力量, 学习交流|工会|工作: 工会 modifies the object of a verb; no union ends there
        if (type == MentionType.UNION && suffix.suffix().equals("工会") && objectVerbs.stream().anyMatch(prefix::endsWith)
                && unionObjects.stream().anyMatch(o -> s.startsWith(o, e))) {
            return null;
        }
        if (suffix.suffix().equals("总工会") && SHORT_GENERAL.contains(prefix)) {
            return new Mention(type, s.substring(start, e), s.substring(start, e), start, e);
        }
        if (prefix.length() < 2 || lexicon.isGenericName(prefix) || startsWithGeneric(prefix) && !anchored(t, start)
                || "该本各此这".indexOf(prefix.charAt(0)) >= 0) {
            return null;
        }
        boolean anchored = anchored(t, start);
        String bare = withoutPlaces(prefix);
        // 某地集团有限公司: a place and 集团 before a legal form is a group's company, not a generic word
        boolean groupCompany = LEGAL_FORMS.contains(suffix.suffix()) && lexicon.suffixOf(bare)
                .filter(x -> x.type() == MentionType.ORGANIZATION && x.suffix().equals(bare)).isPresent();
        // 延庆区医院: a district's own hospital is named so (the district's name and 医院), unlike 朝阳区直属医院
        String before = prefix.length() > bare.length() ? prefix.substring(0, prefix.length() - bare.length()) : "";
        boolean districtHospital = bare.equals("医院") && lexicon.district(before).filter(before::equals).isPresent();
        if (lexicon.isGenericName(bare) && !groupCompany && !districtHospital) {
            return null; // 朝阳区直属医院, 北京市女职工委员会: a place and a generic word
        }
        // a proper-name word inside the prefix; HanLP's organisation words that run over the suffix do not count,
        // they are often wrong (促进工会, 交流工会)
        boolean proper = t.tokensIn(start, ss).stream().anyMatch(Token::isProper)
                || type == MentionType.VENUE && Character.isDigit(s.charAt(start))
                || type == MentionType.UNION && wholeOrganisationWord(t, start, e) && start == t.clauseStart(start)
                        && lexicon.suffixOf(prefix).filter(x -> x.type() == MentionType.ORGANIZATION && x.strong()).isPresent()
                || type == MentionType.ORGANIZATION && wholeOrganisationWord(t, start, e) && start == t.clauseStart(start)
                        && titleAt(t, e);
        // a legal form, or a foreign union's form (越南劳动总联合会: HanLP reads the whole as one organisation word)
        // (某某建设发展有限公司工会: the union of a company registered so is named by it, whatever the words before)
        boolean legal = LEGAL_FORMS.contains(suffix.suffix()) || type == MentionType.UNION && "foreign".equals(suffix.kind())
                || type == MentionType.UNION && LEGAL_FORMS.stream().anyMatch(prefix::endsWith);
        Token first = t.tokenAt(start);
        if (!anchored && first != null && first.start() != start) {
            return null; // starts inside a word: 交|通运输…
        }
        // “暖蜂驿站”: quotes make a name of a common word's phrase
        boolean quoted = suffix.placeOrQuotes() && start > 0 && s.charAt(start - 1) == '“' && e < s.length() && s.charAt(e) == '”';
        // 三河市总工会, 丰宁满族自治县总工会: a county of another province that no list holds, by its shape, when the
        // segmenter reads it as a place or the whole as one body's name (not 各县总工会, not a phrase)
        boolean county = type == MentionType.UNION && suffix.suffix().equals("总工会") && counties.read(prefix).isPresent()
                && placeOrBodyWord(t, start, e);
        if (!anchored && !proper && !legal && !quoted && !county) {
            return null;
        }
        if (!anchored && !suffix.strong() && !proper && !quoted) {
            return null;
        }
        if (suffix.placeOrQuotes() && !anchored && !quoted) {
            return null;
        }
        String name = s.substring(start, e);
        return new Mention(type, name, name, start, e);
    }

    /**
     * Whether one HanLP organisation word (nt) spans exactly the name (某某友好医院工会 as one word). It is a proper
     * name only when it opens its clause and is a union whose employer ends like a body (医院) or a body whose post
     * title follows (某县委|常委): elsewhere such words are often wrong (促进工会, 交流工会, 结合法院).
     */
    private static boolean wholeOrganisationWord(ArticleText t, int start, int e) {
        Token tok = t.tokenAt(start);
        return tok != null && tok.start() == start && tok.end() == e && tok.nature().startsWith("nt") && e - start >= 4;
    }

    /**
     * A company's name with 和 inside it (北京某和居餐饮管理有限公司, 北京某某仪器和传感器有限公司): 和 stops a name as a
     * conjunction, but not when a place opens the words before it and those words end no name of their own (北京市总工会
     * 和… ends one) and are one or two short words. The name then starts at the place. Only for a legal form, or a
     * union whose employer has one: such names are registered whole.
     */
    private int throughConjunction(ArticleText t, int start, int ss) {
        String s = t.text();
        String before = s.substring(start, ss);
        boolean legal = LEGAL_FORMS.stream().anyMatch(f -> before.endsWith(f) || s.startsWith(f, ss));
        int he = start - 1;
        Token conj = he >= 0 ? t.tokenAt(he) : null;
        // a place right after 和 opens a second name (北京某某和北京某某有限公司)
        if (!legal || conj == null || !conj.word().equals("和") || conj.start() != he || !lexicon.anchorsAt(s, start).isEmpty()) {
            return start;
        }
        int from = t.clauseStart(he);
        for (Token tok : t.tokensIn(from, he)) {
            if (lexicon.isStopWord(tok.word()) || tok.isVerb() || tok.isFunctionWord()) {
                from = Math.max(from, tok.end());
            }
        }
        int a = from;
        List<String> anchors = lexicon.anchorsAt(s, a);
        if (anchors.isEmpty()) {
            return start;
        }
        while (!anchors.isEmpty() && a + anchors.get(0).length() < he) {
            a += anchors.get(0).length();
            anchors = lexicon.anchorsAt(s, a);
        }
        int rest = he - a;
        if (rest < 1 || rest > 4 || lexicon.suffixEndingAt(s, he) != null) {
            return start;
        }
        return from;
    }

    /** Whether the segmenter's word at start opens there and is a place (ns) or an organisation running to e (nt). */
    private static boolean placeOrBodyWord(ArticleText t, int start, int e) {
        Token tok = t.tokenAt(start);
        return tok != null && tok.start() == start
                && (tok.nature().startsWith("ns") || tok.nature().startsWith("nt") && tok.end() == e);
    }

    /** Whether a post title (HanLP's nnt) starts at pos: 某县委|常委. */
    private static boolean titleAt(ArticleText t, int pos) {
        Token tok = pos < t.length() ? t.tokenAt(pos) : null;
        return tok != null && tok.start() == pos && tok.nature().startsWith("nnt");
    }

    /** The prefix without the places that open it (北京市朝阳区直属 → 直属). */
    private String withoutPlaces(String prefix) {
        String rest = prefix;
        boolean moved = true;
        while (moved) {
            moved = false;
            List<String> at = lexicon.anchorsAt(rest, 0);
            if (!at.isEmpty()) {
                rest = rest.substring(at.get(0).length());
                // 平谷区金海湖镇总工会: a town's short form and its ending are one place, whichever ending the list has
                for (String ending : TOWN_ENDINGS) {
                    if (rest.equals(ending)) {
                        rest = rest.substring(ending.length());
                        break;
                    }
                }
                moved = true;
            }
        }
        return rest;
    }

    private boolean startsWithGeneric(String prefix) {
        for (int n = Math.min(3, prefix.length()); n >= 2; n--) {
            if (lexicon.isGenericName(prefix.substring(0, n))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name starts with a place (北京, 朝阳区, 东京) or Beijing's 市/区; two-character places must start a word. */
    private boolean anchored(ArticleText t, int start) {
        String s = t.text();
        Token tok = t.tokenAt(start);
        boolean wordStart = tok == null || tok.start() == start;
        if (start + 2 <= s.length() && (s.charAt(start) == '市' || s.charAt(start) == '区') && wordStart
                && !lexicon.isGenericName(s.substring(start, start + 2))) {
            return true; // 市服务工会, 区教育工会; not 区域工会, 市场 (generic-names.tsv)
        }
        return lexicon.anchorsAt(s, start).stream().anyMatch(a -> wordStart || a.length() >= 3);
    }

    /** Where a name whose suffix starts at ss begins (see the class comment). */
    int nameStart(ArticleText t, int ss) {
        String s = t.text();
        int clause = t.clauseStart(ss);
        // a short bracketed part belongs to the name: 北京市工业（国防）工会
        if (clause == ss && ss > 0 && (s.charAt(ss - 1) == '）' || s.charAt(ss - 1) == ')')) {
            int open = Math.max(s.lastIndexOf('（', ss - 1), s.lastIndexOf('(', ss - 1));
            if (open >= 0 && ss - 1 - open <= 5 && !s.substring(open, ss).contains("简称")) {
                clause = t.clauseStart(open);
            }
        }
        int limit = Math.max(clause, ss - MAX_NAME);
        int hard = limit;
        for (Token tok : t.tokensIn(limit, ss)) {
            if (lexicon.isStopWord(tok.word())) {
                hard = Math.max(hard, tok.end());
            }
        }
        int soft = hard;
        List<Token> inside = t.tokensIn(hard, ss);
        for (Token tok : inside) {
            if (tok.isVerb() || tok.isFunctionWord() || tok.nature().startsWith("t")) {
                soft = Math.max(soft, tok.end());
            }
        }
        int leftmost = -1;
        int rightmost = -1;
        for (int a = hard; a < ss; a++) {
            if (anchorAt(s, a, ss) > 0) {
                if (leftmost < 0) {
                    leftmost = a;
                }
                rightmost = a;
            }
        }
        if (leftmost < 0) {
            return soft;
        }
        final int lm = leftmost;
        boolean clean = t.tokensIn(leftmost, ss).stream()
                .noneMatch(tok -> tok.start() >= lm && (tok.isVerb() && !tok.isProper() || tok.isFunctionWord()));
        int a = clean ? leftmost : rightmost;
        final int ra = rightmost;
        // 丰台|把|工会服务: 把 or 被 after the place makes a clause about the place, not the inside of a name (other
        // prepositions may be misread characters of a name: 北京握奇数据, 握|奇数|据)
        boolean verbAfter = t.tokensIn(rightmost, ss).stream().anyMatch(tok -> tok.start() > ra
                && (tok.isVerb() && tok.word().length() > 1 || tok.nature().equals("pba") || tok.nature().equals("pbei")));
        if (!clean && verbAfter && !brandBetween(t, leftmost, ss)) {
            // 北京市自来水集团工会召开基层单位工会: a verb between the place and the suffix ends the first name
            return soft;
        }
        // take in place names written right before: 北京市朝阳区…, 朝阳区东湖街道…
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int b = a - 1; b >= Math.max(hard, a - 10) && !moved; b--) {
                final int len = a - b;
                if (lexicon.anchorsAt(s, b).stream().anyMatch(x -> x.length() == len)) {
                    a = b;
                    moved = true;
                }
            }
        }
        // 、国网北京市丰台供电公司: a brand word (nz, j) that opens the clause right before the place belongs to the name;
        // so does a group's name (某建设集团北京某某有限公司: the group's company in Beijing, one registered name)
        if (a > hard && hard == clause) {
            List<Token> before = t.tokensIn(hard, a);
            boolean whole = !before.isEmpty() && before.get(0).start() == hard && before.get(before.size() - 1).end() == a;
            if (whole && before.size() == 1) {
                Token brand = before.get(0);
                if (a - hard <= 3 && (brand.nature().startsWith("nz") || brand.nature().startsWith("j"))) {
                    a = hard;
                }
            }
            // 国家税务总局北京市某区税务局: a national agency before Beijing opens its office's name
            String lead = s.substring(hard, a);
            Lexicon.Suffix agency = lexicon.suffixOf(lead).orElse(null);
            if (whole && lead.startsWith("国家") && a - hard <= 10 && agency != null && "government".equals(agency.kind())
                    && s.startsWith("北京", a)) {
                a = hard;
            }
            boolean group = whole && a - hard <= 10 && before.get(before.size() - 1).word().endsWith("集团")
                    && before.stream().allMatch(x -> x.nature().startsWith("nt") || x.nature().startsWith("nz") || x.nature().startsWith("j"));
            if (group) {
                a = hard;
            }
        }
        return a;
    }

    /**
     * Whether the words from a place to the suffix are the place, one two-character word and an organisation word
     * that ends the name (北京|某某|汽车有限公司): the word is a brand even when the segmenter reads it as a verb.
     */
    private boolean brandBetween(ArticleText t, int place, int ss) {
        List<String> anchors = lexicon.anchorsAt(t.text(), place);
        if (anchors.isEmpty()) {
            return false;
        }
        int after = place + anchors.get(0).length();
        List<Token> rest = t.tokensIn(after, ss);
        if (rest.size() != 1 || rest.get(0).start() != after || rest.get(0).word().length() != 2
                || lexicon.isStopWord(rest.get(0).word()) || rest.get(0).isFunctionWord()) {
            return false;
        }
        Token name = t.tokenAt(rest.get(0).end());
        return name != null && name.start() == rest.get(0).end() && name.nature().startsWith("nt") && name.end() > ss;
    }

    private int anchorAt(String s, int a, int ss) {
        for (String anchor : lexicon.anchorsAt(s, a)) {
            if (a + anchor.length() <= ss) {
                return anchor.length();
            }
        }
        return 0;
    }

    private Lexicon.Suffix suffixEndingAt(String s, int e) {
        // 北京市总工会职工服务中心: a union's own institution is an organisation, not a venue
        return lexicon.suffixEndingAt(s, e, suffix -> !(suffix.placeOrQuotes()
                && e - suffix.suffix().length() >= 2 && s.startsWith("工会", e - suffix.suffix().length() - 2)));
    }

    /** Whether a word runs on past e (工会|法): then e ends no name. HanLP's organisation words may run on. */
    private static boolean straddles(ArticleText t, int e) {
        if (e >= t.length()) {
            return false;
        }
        Token tok = t.tokenAt(e - 1);
        return tok != null && tok.end() > e && !tok.nature().startsWith("nt") && !tok.nature().startsWith("nis");
    }

    /**
     * Whether a union's suffix is the inside of a longer body's name the segmenter read as one word that ends like
     * an organisation (北京|工会管理职业学院: a school named after unions, not a union).
     */
    private boolean unionInsideBody(ArticleText t, Lexicon.Suffix suffix, int e) {
        if (suffix.type() != MentionType.UNION || e >= t.length()) {
            return false;
        }
        Token tok = t.tokenAt(e - 1);
        if (tok == null || tok.end() <= e || !tok.nature().startsWith("nt")) {
            return false;
        }
        Lexicon.Suffix outer = lexicon.suffixEndingAt(t.text(), tok.end());
        return outer != null && outer.type() == MentionType.ORGANIZATION;
    }

    /**
     * Whether the word running on past e is a title that opens with two or more characters of the suffix
     * (某某镇|党委副书记); not one that takes only its last character (某中学|校长).
     */
    private static boolean titleFromSuffix(ArticleText t, int ss, int e) {
        Token tok = t.tokenAt(e - 1);
        return tok != null && tok.start() >= ss && tok.start() <= e - 2 && tok.nature().startsWith("nnt");
    }

    /** The name extended by a department that follows it, or null. */
    private Mention withDepartment(ArticleText t, Mention m) {
        String s = t.text();
        for (int end = m.end() + 1; end <= Math.min(s.length(), m.end() + 10); end++) {
            if (ArticleText.isClauseMark(s.charAt(end - 1))) {
                return null;
            }
            for (String unit : lexicon.subUnits()) {
                if (end - unit.length() >= m.end() && s.startsWith(unit, end - unit.length())) {
                    int from = m.end();
                    int to = end;
                    boolean stop = s.substring(from, to).contains("工会") || t.tokensIn(from, to).stream()
                            .anyMatch(tok -> lexicon.isStopWord(tok.word()) || tok.isFunctionWord());
                    if (stop || straddles(t, end)) {
                        return null;
                    }
                    String name = s.substring(m.start(), end);
                    return new Mention(MentionType.ORGANIZATION, name, name, m.start(), end);
                }
            }
        }
        return null;
    }

    private static boolean[] bookTitles(String s) {
        boolean[] in = new boolean[s.length() + 1];
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '《') {
                depth++;
            }
            in[i] = depth > 0;
            if (c == '》' && depth > 0) {
                depth--;
            }
        }
        return in;
    }
}
