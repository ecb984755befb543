package org.qaworkbench.core.queries;

import java.time.LocalDate;

import org.qaworkbench.model.SupervisionState;

/** A record of supervision as lists and compliance read it: who, when it was held, when the next is, its state. */
public record SupervisionRecordEntry(long id, long supervisorId, long superviseeId, LocalDate heldOn, LocalDate nextOn, String nextTime, SupervisionState state) {
}
