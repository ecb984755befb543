package org.qaworkbench.core.audits;

import java.util.List;
import java.util.Optional;

import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.QaPackage.Literals;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.StaffMember;

/** The workflow on stored audits: each step is saved as it is taken, one transaction a step. */
final class StoredAudits implements AuditRecords {

	private final Store store;

	StoredAudits(Store store) {
		this.store = store;
	}

	@Override
	public Optional<StaffMember> staff(Actor actor) {
		return Staff.of(store.records(), actor);
	}

	@Override
	public Optional<StaffMember> resolve(StaffMember reference) {
		return store.records().resolve(reference);
	}

	@Override
	public Optional<Case> caseOf(Assessment audit) {
		return Staff.caseOf(store.records(), audit);
	}

	@Override
	public List<RemedialAction> actionsOf(Assessment audit) {
		return audit.getId() == 0 ? List.of() : store.records().where(RemedialAction.class, Literals.REMEDIAL_ACTION__ASSESSMENT, audit);
	}

	@Override
	public Assessment auditOf(RemedialAction action) {
		return store.records().resolve(action.getAssessment()).orElseThrow();
	}

	@Override
	public Assessment stored(Assessment audit) {
		return store.records().resolve(audit).orElseThrow();
	}

	@Override
	public Optional<ChecklistDefinition> definition(String hash) {
		return store.definitions().find(hash);
	}

	@Override
	public <T extends Identified> T save(T root, List<? extends Identified> parts, Actor actor) throws SaveRefusedException {
		return store.records().save(root, parts, actor);
	}
}
