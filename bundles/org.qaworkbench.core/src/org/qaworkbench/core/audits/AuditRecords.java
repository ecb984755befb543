package org.qaworkbench.core.audits;

import java.util.List;
import java.util.Optional;

import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.StaffMember;

/**
 * What {@link AuditWorkflow} reads and where it puts each step's result: the store ({@link StoredAudits}), or one
 * audit with its actions being made in memory for a bulk insert ({@link AuditUnit}). The rules stay in the workflow
 * whichever it is.
 */
interface AuditRecords {

	/** The member of staff the actor signs in as. */
	Optional<StaffMember> staff(Actor actor);

	/** The member of staff a reference stands for (a stored reference carries only the id). */
	Optional<StaffMember> resolve(StaffMember reference);

	/** The case an audit is about. */
	Optional<Case> caseOf(Assessment audit);

	/** The audit's actions, in the order they were added. */
	List<RemedialAction> actionsOf(Assessment audit);

	/** The audit an action belongs to, as it stands. */
	Assessment auditOf(RemedialAction action);

	/** The audit as it stands, which {@code audit} may be a changed copy of. */
	Assessment stored(Assessment audit);

	Optional<ChecklistDefinition> definition(String hash);

	/** Keeps a step's result: the root with its parts as one unit. */
	<T extends Identified> T save(T root, List<? extends Identified> parts, Actor actor) throws SaveRefusedException;
}
