package org.qaworkbench.core.supervisionaudit;

import java.util.List;
import java.util.Optional;

import org.qaworkbench.core.supervision.SupervisionCompliance.CaseRow;
import org.qaworkbench.core.supervision.SupervisionCompliance.SuperviseeRow;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionRecord;

/**
 * One supervisee's supervision file as the audit reads it: their line of the compliance report (contract, sessions
 * held against planned) and its lines for their open cases (casework supervision against the policy's interval),
 * as the auditor may see them, with the contracts, records of supervision, casework supervision and direct
 * observations the report does not count. An empty {@code compliance} means the auditor may not see this file.
 */
public record SupervisionFile(StaffMember supervisee, Optional<SuperviseeRow> compliance, List<CaseRow> cases, List<SupervisionContract> contracts,
		List<SupervisionRecord> records, List<CaseworkSupervision> casework, List<DirectObservation> observations) {

	public SupervisionFile {
		cases = List.copyOf(cases);
		contracts = List.copyOf(contracts);
		records = List.copyOf(records);
		casework = List.copyOf(casework);
		observations = List.copyOf(observations);
	}
}
