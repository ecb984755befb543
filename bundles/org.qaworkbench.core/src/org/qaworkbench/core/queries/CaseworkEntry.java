package org.qaworkbench.core.queries;

import java.time.LocalDate;

import org.qaworkbench.model.SupervisionState;

/** A casework supervision as the case's list shows it. */
public record CaseworkEntry(long id, String caseNumber, long supervisorId, long workerId, LocalDate heldOn, SupervisionState state) {
}
