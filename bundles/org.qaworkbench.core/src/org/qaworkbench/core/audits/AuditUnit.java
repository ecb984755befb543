package org.qaworkbench.core.audits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.Records.BulkInsert;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.StaffMember;

/**
 * A new audit with its actions, taken through {@link AuditWorkflow}'s steps in memory ({@code new AuditWorkflow(unit,
 * clock)}) and then {@linkplain #addTo added} to a bulk insert as one unit, which validates it as every change is:
 * how demo data and imports make audits in any state by the workflow itself at the speed of a bulk insert. The
 * case and the people are records the caller has added already (they have ids), so nothing is read from a store,
 * and no record of the unit is stored before it is added whole.
 */
public final class AuditUnit implements AuditRecords {

	private final Case aCase;
	private final Function<String, Optional<StaffMember>> staffByUserId;
	private final ChecklistDefinition definition;
	private final String definitionHash;
	private Assessment audit;
	private final List<RemedialAction> actions;

	/**
	 * A draft audit of {@code aCase} against {@code definition} (stored under the audit's definition hash) with the
	 * actions it raises; {@code staffByUserId} finds who signs in as a user id.
	 */
	public AuditUnit(Assessment draft, List<RemedialAction> actions, Case aCase, Function<String, Optional<StaffMember>> staffByUserId,
			ChecklistDefinition definition) {
		this.audit = draft;
		this.actions = new ArrayList<>(actions);
		this.aCase = aCase;
		this.staffByUserId = staffByUserId;
		this.definition = definition;
		this.definitionHash = draft.getDefinitionHash();
		// Provisional ids tell the actions apart while the workflow hands back changed copies of them.
		for (int i = 0; i < this.actions.size(); i++) {
			this.actions.get(i).setId(-(i + 1));
		}
	}

	/** The audit as the steps so far left it. */
	public Assessment audit() {
		return audit;
	}

	/** The actions as the steps so far left them, in order. */
	public List<RemedialAction> actions() {
		return List.copyOf(actions);
	}

	/** Adds the audit with its actions to the bulk insert as one unit and returns the audit's id. */
	public long addTo(BulkInsert bulk) throws InvalidRecordException {
		audit.setId(0);
		for (RemedialAction action : actions) {
			action.setId(0);
			action.setAssessment(audit);
		}
		return bulk.add(audit, actions);
	}

	@Override
	public Optional<StaffMember> staff(Actor actor) {
		return staffByUserId.apply(actor.userId());
	}

	@Override
	public Optional<StaffMember> resolve(StaffMember reference) {
		return Optional.of(reference);
	}

	@Override
	public Optional<Case> caseOf(Assessment unitAudit) {
		return Optional.of(aCase);
	}

	@Override
	public List<RemedialAction> actionsOf(Assessment unitAudit) {
		return actions();
	}

	@Override
	public Assessment auditOf(RemedialAction action) {
		return audit;
	}

	@Override
	public Assessment stored(Assessment changed) {
		return audit;
	}

	@Override
	public Optional<ChecklistDefinition> definition(String hash) {
		return hash != null && hash.equals(definitionHash) ? Optional.of(definition) : Optional.empty();
	}

	@Override
	public <T extends Identified> T save(T root, List<? extends Identified> parts, Actor actor) {
		keep(root);
		parts.forEach(this::keep);
		return root;
	}

	private void keep(Identified record) {
		if (record instanceof Assessment changed) {
			audit = changed;
		} else if (record instanceof RemedialAction changed && changed.getId() < 0 && -changed.getId() <= actions.size()) {
			actions.set((int) -changed.getId() - 1, changed);
		} else {
			throw new IllegalArgumentException("not a record of this unit: " + record); //$NON-NLS-1$
		}
	}
}
