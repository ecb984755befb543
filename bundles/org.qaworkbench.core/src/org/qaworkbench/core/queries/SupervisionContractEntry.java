package org.qaworkbench.core.queries;

import java.time.LocalDate;

import org.qaworkbench.model.SupervisionState;

/** A supervision contract as compliance reads it; ids are 0 where none is recorded. */
public record SupervisionContractEntry(long id, long supervisorId, long superviseeId, String frequencyPeriod, SupervisionState state,
		LocalDate signedBySuperviseeOn, LocalDate signedBySupervisorOn, LocalDate reviewOn, long supersedesId) {
}
