package org.qaworkbench.core.queries;

import java.time.LocalDate;
import java.util.List;

/**
 * The read models of supervision: what compliance, the Supervision view and {@code qa supervision} list and count,
 * as small rows of the columns they need, read in the database (the last casework supervision of each open case is
 * a MAX there, never a load of records). Rows carry ids; whoever shows one applies
 * {@link org.qaworkbench.core.supervision.SupervisionAccess} before showing it, and opens the record by its id.
 */
public interface SupervisionQueries {

	/** Every supervision contract, in id order. */
	List<SupervisionContractEntry> contracts();

	/** Every record of supervision, in id order. */
	List<SupervisionRecordEntry> records();

	/** The session lines (Appendix C) on or after {@code from}, in id order. */
	List<SupervisionSessionEntry> sessions(LocalDate from);

	/** Every open case (any status but closed) with its last casework supervision, in case id order. */
	List<OpenCaseEntry> openCases();

	/** The casework supervision of one case, in id order (the case's own list). */
	List<CaseworkEntry> caseworkOf(String caseNumber);
}
