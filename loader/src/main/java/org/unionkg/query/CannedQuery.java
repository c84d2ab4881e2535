package org.unionkg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SPARQL query shipped in {@code queries/}, with what its header comment says:
 * <pre>
 * # title: Articles per page
 * # question: How many articles does each page hold, and what are their headlines?
 * # param: journalist string  the journalist's name as in the byline, e.g. 刘欣欣
 * # param: district name?  optional (the question mark): a district's name narrows the answer, e.g. 朝阳区
 * # cost: whole-graph aggregate — every article of every page
 * </pre>
 * The {@code cost} line says how the query finds its rows: {@code index lookup}, {@code text index}, or, for the
 * queries that must read everything by design, {@code whole-graph aggregate} / {@code whole-graph listing}.
 */
public record CannedQuery(String name, String title, String question, List<QueryParam> params, String sparql) {
    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|question|param)\\s*:\\s*(.*)$");
    private static final Pattern COST = Pattern.compile("^#\\s*cost\\s*:\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile("^\\??(\\w+)\\s+(\\w+)(\\?)?\\s*(.*)$");

    public CannedQuery {
        params = List.copyOf(params);
    }

    public static CannedQuery parse(String name, String sparql) {
        String title = name;
        StringBuilder question = new StringBuilder();
        List<QueryParam> params = new ArrayList<>();
        for (String line : sparql.split("\n")) {
            Matcher m = HEADER.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            String value = m.group(2).strip();
            switch (m.group(1)) {
                case "title" -> title = value;
                case "question" -> question.append(question.length() > 0 ? " " : "").append(value);
                default -> {
                    Matcher p = PARAM.matcher(value);
                    if (!p.matches()) {
                        throw new IllegalArgumentException(name + ": bad param line '" + value + "' (want: name type description)");
                    }
                    params.add(new QueryParam(p.group(1), QueryParam.Type.of(p.group(2)), p.group(4).strip(),
                            p.group(3) != null));
                }
            }
        }
        return new CannedQuery(name, title, question.toString(), params, sparql);
    }

    /** The {@code # cost:} line, when the query has one: how it finds its rows (see the class comment). */
    public Optional<String> cost() {
        for (String line : sparql.split("\n")) {
            Matcher m = COST.matcher(line.strip());
            if (m.matches()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }

    /** True when the {@code # cost:} line says the query reads the whole graph by design. */
    public boolean wholeGraphByDesign() {
        return cost().map(c -> c.startsWith("whole-graph")).orElse(false);
    }

    public Optional<QueryParam> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
