package org.qaworkbench.core.queries;

/** A locality as a list shows it. */
public record LocalityEntry(long id, String name, boolean hasCases) {
}
