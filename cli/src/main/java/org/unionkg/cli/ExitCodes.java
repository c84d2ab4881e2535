package org.unionkg.cli;

/** What the exit code of a command says. */
final class ExitCodes {
    static final int OK = 0;
    /** something failed: a page did not load, the graph does not validate */
    static final int FAILURE = 1;
    /** the command was used wrongly: an unknown query, a bad parameter */
    static final int USAGE = 2;

    private ExitCodes() {}
}
