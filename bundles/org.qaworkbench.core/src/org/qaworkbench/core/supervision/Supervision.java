package org.qaworkbench.core.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.internal.SupervisionMessages;
import org.qaworkbench.core.queries.SupervisionQueries;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaPackage.Literals;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.SupervisionSession;
import org.qaworkbench.model.SupervisionState;
import org.qaworkbench.model.Team;

/**
 * Supervision in the store, as the person acting may see and change it: every read goes through
 * {@link SupervisionAccess}, every change through {@link SupervisionWorkflow} and then the domain layer (validation,
 * the {@link SupervisionLock}, one unit of work). Editors, the Supervision view, commands and demo data use this,
 * never the records directly.
 */
public final class Supervision {

	private final Store store;
	private final Clock clock;

	public Supervision(Store store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** The policy compliance is computed against, or a refusal saying no supervision policy is installed. */
	public SupervisionPolicy policy() throws NotPermittedException {
		return SupervisionForms.policy().orElseThrow(() -> new NotPermittedException(SupervisionMessages.noPolicy));
	}

	/** The workflow with the staff list as it is now and the installed policy. */
	public SupervisionWorkflow workflow() throws NotPermittedException {
		return new SupervisionWorkflow(clock, access(), policy());
	}

	/** Who may see what, with the staff list as it is now. */
	public SupervisionAccess access() {
		return new SupervisionAccess(store.records().list(StaffMember.class));
	}

	/** The member of staff acting, or a refusal saying they must sign in as one. */
	public StaffMember who(Actor actor) throws NotPermittedException {
		return Staff.of(store.records(), actor).orElseThrow(() -> new NotPermittedException(NLS.bind(SupervisionMessages.notStaff, actor.userId())));
	}

	/** A contract, record, session line or casework supervision by id, if this person may see it. */
	public <T extends Identified> Optional<T> find(Class<T> type, long id, StaffMember person) {
		SupervisionAccess access = access();
		return store.records().find(type, id).filter(record -> access.maySee(record, person));
	}

	/** The supervisee's contracts this person may see, newest first (a superseded one stays, readable). */
	public List<SupervisionContract> contractsOf(StaffMember supervisee, StaffMember person) {
		return visible(store.records().where(SupervisionContract.class, Literals.SUPERVISION_CONTRACT__SUPERVISEE, supervisee), person,
				Comparator.comparingLong(SupervisionContract::getId).reversed());
	}

	/** The supervisee's records of supervision this person may see, the latest session first. */
	public List<SupervisionRecord> recordsOf(StaffMember supervisee, StaffMember person) {
		return visible(store.records().where(SupervisionRecord.class, Literals.SUPERVISION_RECORD__SUPERVISEE, supervisee), person,
				Comparator.comparing(SupervisionRecord::getHeldOn, Comparator.nullsFirst(Comparator.naturalOrder())).reversed());
	}

	/** The supervisee's record of supervision sessions (Appendix C) as this person may see it, in date order. */
	public List<SupervisionSession> sessionsOf(StaffMember supervisee, StaffMember person) {
		return visible(store.records().where(SupervisionSession.class, Literals.SUPERVISION_SESSION__SUPERVISEE, supervisee), person,
				Comparator.comparing(SupervisionSession::getSessionOn, Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(SupervisionSession::getId));
	}

	/** The casework supervision of a case, the latest first: it goes with the case. */
	public List<CaseworkSupervision> caseworkOf(Case aCase, StaffMember person) {
		return visible(store.records().where(CaseworkSupervision.class, Literals.CASEWORK_SUPERVISION__CASE_NUMBER, aCase.getCaseNumber()), person,
				Comparator.comparing(CaseworkSupervision::getHeldOn, Comparator.nullsFirst(Comparator.naturalOrder())).reversed());
	}

	/** The form a record was written to, as stored with it. */
	public Optional<SupervisionForm> formOf(Identified record) {
		Object hash = record.eGet(record.eClass().getEStructuralFeature("definitionHash")); //$NON-NLS-1$
		return Optional.ofNullable((String) hash).flatMap(store.definitions()::find).map(SupervisionForm::new);
	}

	/** Draws up a new contract with {@code supervisee}, the person acting as supervisor, on the newest contract form. */
	public SupervisionContract startContract(StaffMember supervisee, Actor actor) throws SaveRefusedException {
		StaffMember supervisor = who(actor);
		SupervisionForm form = form(SupervisionForms.CONTRACT);
		String hash = store.definitions().store(form.definition(), actor);
		return store.records().save(workflow().newContract(supervisor, supervisee, form, hash), actor);
	}

	/** Draws up a new contract in place of a signed one; refused when another already supersedes it. */
	public SupervisionContract supersede(SupervisionContract old, Actor actor) throws SaveRefusedException {
		StaffMember supervisor = who(actor);
		SupervisionContract stored = store.records().resolve(old).orElseThrow();
		if (!store.records().where(SupervisionContract.class, Literals.SUPERVISION_CONTRACT__SUPERSEDES, stored).isEmpty()) {
			throw new NotPermittedException(SupervisionMessages.alreadySuperseded);
		}
		SupervisionForm form = form(SupervisionForms.CONTRACT);
		String hash = store.definitions().store(form.definition(), actor);
		return store.records().save(workflow().supersede(stored, supervisor, form, hash), actor);
	}

	/**
	 * Starts the record of a supervision of {@code supervisee} held on {@code heldOn}, the person acting as supervisor,
	 * with the actions carried forward to be reviewed: the previous record's, and the supervisee's open audit remedial
	 * actions and observation development actions.
	 */
	public SupervisionRecord startRecord(StaffMember supervisee, LocalDate heldOn, Actor actor) throws SaveRefusedException {
		StaffMember supervisor = who(actor);
		SupervisionForm form = form(SupervisionForms.RECORD);
		Optional<SupervisionRecord> previous = store.records().where(SupervisionRecord.class, Literals.SUPERVISION_RECORD__SUPERVISEE, supervisee).stream()
				.filter(record -> record.getHeldOn() != null && record.getHeldOn().isBefore(heldOn))
				.max(Comparator.comparing(SupervisionRecord::getHeldOn).thenComparingLong(SupervisionRecord::getId));
		List<RemedialAction> open = store.records().where(RemedialAction.class, Literals.REMEDIAL_ACTION__OWNER, supervisee).stream()
				.filter(action -> action.getCompletedOn() == null).toList();
		String hash = store.definitions().store(form.definition(), actor);
		return store.records().save(workflow().newRecord(supervisor, supervisee, heldOn, form, hash, CarryForward.of(previous, open)), actor);
	}

	/**
	 * What to open for a supervisee (Enter on them in the Supervision view): their contract while none is signed and in
	 * date ({@link #contractToOpen}), else the record of supervision to write ({@link #recordToWrite}).
	 */
	public Identified toOpen(StaffMember supervisee, Actor actor) throws SaveRefusedException {
		LocalDate today = LocalDate.now(clock);
		Optional<org.qaworkbench.core.queries.SupervisionContractEntry> current = SupervisionCompliance
				.currentContract(store.queries().supervision().contracts(), supervisee.getId());
		return SupervisionCompliance.inDate(current, today) ? recordToWrite(supervisee, actor) : contractToOpen(supervisee, actor);
	}

	/**
	 * The supervisee's contract as the person acting may open it: the newest (one being drawn up, or the one signed; a
	 * superseded one stays readable from it), or a new one drawn up when there is none.
	 */
	public SupervisionContract contractToOpen(StaffMember supervisee, Actor actor) throws SaveRefusedException {
		Optional<SupervisionContract> newest = contractsOf(supervisee, who(actor)).stream().findFirst();
		return newest.isPresent() ? newest.get() : startContract(supervisee, actor);
	}

	/**
	 * The record of supervision to write with the supervisee: the latest not yet signed by both that the person acting
	 * may see (carried on, never a second begun beside it), else a new one for today's session.
	 */
	public SupervisionRecord recordToWrite(StaffMember supervisee, Actor actor) throws SaveRefusedException {
		Optional<SupervisionRecord> inProgress = recordsOf(supervisee, who(actor)).stream().filter(record -> record.getState() != SupervisionState.SIGNED)
				.findFirst();
		return inProgress.isPresent() ? inProgress.get() : startRecord(supervisee, LocalDate.now(clock), actor);
	}

	/** Starts the casework supervision of a case held on {@code heldOn}, the person acting as supervisor, filled from the case. */
	public CaseworkSupervision startCasework(Case aCase, LocalDate heldOn, Actor actor) throws SaveRefusedException {
		StaffMember supervisor = who(actor);
		SupervisionForm form = form(SupervisionForms.CASEWORK);
		Optional<CaseworkSupervision> previous = store.records().where(CaseworkSupervision.class, Literals.CASEWORK_SUPERVISION__CASE_NUMBER, aCase.getCaseNumber())
				.stream().filter(casework -> casework.getHeldOn() != null && casework.getHeldOn().isBefore(heldOn))
				.max(Comparator.comparing(CaseworkSupervision::getHeldOn).thenComparingLong(CaseworkSupervision::getId));
		String hash = store.definitions().store(form.definition(), actor);
		return store.records().save(workflow().newCasework(aCase, supervisor, heldOn, previous, form, hash), actor);
	}

	/** Saves changes the person may make now (a draft, theirs, nobody has signed); a signed record is locked. */
	public <T extends Identified> T save(T changed, Actor actor) throws SaveRefusedException {
		StaffMember person = who(actor);
		T stored = store.records().resolve(changed).orElseThrow();
		workflow().checkChange(stored, changed, person);
		return store.records().save(changed, actor);
	}

	/**
	 * The person acting signs the record as given (unsaved edits they may make go with it). A record of supervision
	 * signed by both fills its line of the sessions log, in the same unit.
	 */
	public <T extends Identified> T sign(T record, Actor actor) throws SaveRefusedException {
		StaffMember person = who(actor);
		SupervisionWorkflow workflow = workflow();
		T stored = store.records().resolve(record).orElseThrow();
		workflow.checkChange(stored, record, person);
		T signed = workflow.sign(record, person);
		if (signed instanceof SupervisionRecord supervision && supervision.getState() == SupervisionState.SIGNED
				&& SupervisionWorkflow.state(stored) != SupervisionState.SIGNED) {
			return store.records().save(signed, List.of(workflow.heldSession(supervision)), actor);
		}
		return store.records().save(signed, actor);
	}

	/** Changes a signed record with a reason (the supervisor or the supervisee's line manager). */
	public <T extends Identified> T amend(T changed, String reason, Actor actor) throws SaveRefusedException {
		StaffMember person = who(actor);
		T stored = store.records().resolve(changed).orElseThrow();
		return store.records().save(workflow().amend(stored, changed, person, reason), actor);
	}

	/** Records a session that did not take place, with why (two keystrokes in the view), the person acting as supervisor. */
	public SupervisionSession recordMissed(StaffMember supervisee, LocalDate on, String reason, LocalDate nextOn, Actor actor) throws SaveRefusedException {
		StaffMember supervisor = who(actor);
		return store.records().save(workflow().missed(supervisor, supervisee, on, reason, nextOn), actor);
	}

	/** Compliance as this person may see it, narrowed by {@code filter}, on today's date. */
	public SupervisionCompliance.Report compliance(StaffMember person, SupervisionCompliance.Filter filter) throws NotPermittedException {
		SupervisionPolicy policy = policy();
		LocalDate today = LocalDate.now(clock);
		SupervisionQueries queries = store.queries().supervision();
		SupervisionCompliance.Facts facts = new SupervisionCompliance.Facts(store.records().list(StaffMember.class), store.records().list(Team.class),
				store.records().list(Locality.class), queries.contracts(), queries.records(), queries.sessions(policy.window().before(today).minus(policy.expected().period())),
				queries.openCases());
		return SupervisionCompliance.compute(facts, policy, access(), person, filter, today);
	}

	private SupervisionForm form(String definitionId) throws NotPermittedException {
		return SupervisionForms.newest(definitionId).orElseThrow(() -> new NotPermittedException(NLS.bind(SupervisionMessages.noForm, definitionId)));
	}

	private <T extends Identified> List<T> visible(List<T> records, StaffMember person, Comparator<T> order) {
		SupervisionAccess access = access();
		List<T> visible = new ArrayList<>(records.stream().filter(record -> access.maySee(record, person)).toList());
		visible.sort(order);
		return visible;
	}
}
