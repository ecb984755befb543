package org.qaworkbench.core.supervisionaudit;

import java.util.List;

import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.SupervisionSession;

/**
 * One supervisee's supervision file as the audit reads it: their contracts, the sessions planned (held or missed),
 * the records of supervision, the open cases allocated to them and the casework supervision on those cases, and
 * their direct observations.
 */
public record SupervisionFile(StaffMember supervisee, List<SupervisionContract> contracts, List<SupervisionSession> sessions,
		List<SupervisionRecord> records, List<Case> openCases, List<CaseworkSupervision> casework, List<DirectObservation> observations) {

	public SupervisionFile {
		contracts = List.copyOf(contracts);
		sessions = List.copyOf(sessions);
		records = List.copyOf(records);
		openCases = List.copyOf(openCases);
		casework = List.copyOf(casework);
		observations = List.copyOf(observations);
	}
}
