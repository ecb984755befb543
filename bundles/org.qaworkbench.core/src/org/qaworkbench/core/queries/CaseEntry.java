package org.qaworkbench.core.queries;

/** A case as a list shows it: its number and family, never the child's name. */
public record CaseEntry(long id, String caseNumber, String familyNames, long localityId, boolean hasAssessments) {
}
