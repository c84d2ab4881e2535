package org.unionkg.graph;

/**
 * A directed edge of a {@link GraphView}: one triple between two nodes.
 *
 * @param id       {@code e0}, {@code e1} … in the view's order
 * @param source   the subject's IRI
 * @param target   the object's IRI
 * @param relation the predicate as a prefixed name ({@code org:subOrganizationOf})
 */
public record GraphEdge(String id, String source, String target, String relation) {}
