package org.qaworkbench.core.queries;

import java.time.LocalDate;

import org.qaworkbench.model.CaseStatus;

/**
 * An open case as casework compliance reads it: its status, locality, line manager, current worker (the newest
 * allocation not closed; 0 when none) and when that worker was allocated, and the date of its last casework
 * supervision (null when none).
 */
public record OpenCaseEntry(long caseId, String caseNumber, CaseStatus status, long localityId, long lineManagerId, long workerId, LocalDate allocatedOn,
		LocalDate lastCaseworkOn) {
}
