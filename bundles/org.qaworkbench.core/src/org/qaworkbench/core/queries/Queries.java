package org.qaworkbench.core.queries;

import java.util.List;
import java.util.function.Consumer;

/**
 * Named read models for lists and figures: each query reads only the columns it shows, as small records, in one
 * statement or a few, and counts in the database. Nothing here loads a whole record; a view that needs one (an
 * editor) asks {@code Records} for it by the id a row carries. Implementations run standard SQL that works on every
 * engine the store supports, and are thread-safe; views call them off the UI thread.
 */
public interface Queries {

	/** Every locality in id order, with whether it has cases (the navigator's first level). */
	List<LocalityEntry> localities();

	/** The cases of a locality in id order, each with whether it has assessments (the navigator's second level). */
	List<CaseEntry> casesOf(long localityId);

	/** The assessments of a case in id order (the navigator's third level). */
	List<AssessmentEntry> assessmentsOf(String caseNumber);

	/** Every remedial action with what the Actions view shows of its audit and people, in action id order. */
	List<ActionEntry> actions();

	/** The audits the criteria take, in id order, streamed: one row in memory at a time ({@code qa audits list}). */
	void audits(AuditCriteria criteria, Consumer<? super AuditEntry> each);

	/**
	 * How many completed audits (any state after draft) the criteria take stand at each overall grade: the
	 * moderator's grade where there is one, else the auditor's judgement; ordered by grade, ungraded last.
	 */
	List<GradeCount> gradeDistribution(AuditCriteria criteria);

	/** How many completed audits the criteria take, per locality (of the audit) and month completed, in that order. */
	List<MonthCount> completedByLocalityAndMonth(AuditCriteria criteria);

	/** The read models of supervision: contracts, records, sessions, open cases and their casework supervision. */
	SupervisionQueries supervision();
}
