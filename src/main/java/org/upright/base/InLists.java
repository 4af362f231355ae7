package org.upright.base;

import java.util.Collections;

/** IN lists for set-based queries: how many ids one statement takes, and its placeholders. */
public final class InLists {

    /** How many ids go into one IN list; more are read in several statements. */
    public static final int CHUNK = 1000;

    private InLists() {}

    /** "?,?,…" for n values. */
    public static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
