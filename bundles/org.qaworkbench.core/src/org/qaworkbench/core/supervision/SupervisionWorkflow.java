package org.qaworkbench.core.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.access.Permissions;
import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.internal.SupervisionMessages;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.InvalidRecordException.Problem;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.model.ActionReview;
import org.qaworkbench.model.AgendaItem;
import org.qaworkbench.model.Amendment;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.KeyDate;
import org.qaworkbench.model.KeyDateKind;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.SignOff;
import org.qaworkbench.model.SignOffStep;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.SupervisionSession;
import org.qaworkbench.model.SupervisionState;

/**
 * The rules of supervision records (supervision policy, sections 3 and 6; Appendices A and B), once, for editors,
 * commands and demo data alike. A contract and a record of supervision are drawn up by the supervisor with the
 * supervisee, then signed by the supervisee and by the supervisor, each only as themselves, with the date; once both
 * have signed they are locked and change only by an amendment with a reason. Casework supervision is signed by the
 * supervisor alone, and is then locked the same way. A contract falls due for review a set time after it was signed
 * (12 months by the policy); a new contract supersedes the old, which stays as it was.
 * <p>
 * Pure: it decides on records and people handed to it and returns changed copies; {@link Supervision} stores them.
 * Today comes from the clock.
 */
public final class SupervisionWorkflow {

	/** The steps a person can be offered on a supervision record. */
	public enum Step {
		/** The supervisee signs (contract, record of supervision). */
		SIGN_AS_SUPERVISEE,
		/** The supervisor signs (contract, record, casework supervision). */
		SIGN_AS_SUPERVISOR,
		/** Changes a signed record, with a reason. */
		AMEND,
		/** Draws up a new contract in place of this signed one. */
		SUPERSEDE
	}

	private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d"); //$NON-NLS-1$

	private final Clock clock;
	private final SupervisionAccess access;
	private final SupervisionPolicy policy;

	public SupervisionWorkflow(Clock clock, SupervisionAccess access, SupervisionPolicy policy) {
		this.clock = clock;
		this.access = access;
		this.policy = policy;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public SupervisionAccess access() {
		return access;
	}

	public SupervisionPolicy policy() {
		return policy;
	}

	/**
	 * A new draft contract between {@code supervisor} (who draws it up: someone in the supervisee's management line)
	 * and {@code supervisee}, at the policy's default interval for them, following the form whose stored version has
	 * {@code formHash}.
	 */
	public SupervisionContract newContract(StaffMember supervisor, StaffMember supervisee, SupervisionForm form, String formHash) throws NotPermittedException {
		requireSupervises(supervisor, supervisee);
		SupervisionContract contract = QaFactory.eINSTANCE.createSupervisionContract();
		contract.setSupervisor(access.full(supervisor));
		contract.setSupervisee(access.full(supervisee));
		contract.setFrequencyPeriod(policy.defaultFrequency(access.full(supervisee)).iso());
		contract.setReviewPeriod(policy.contractReview().iso());
		contract.setState(SupervisionState.DRAFT);
		follow(contract, form, formHash);
		return contract;
	}

	/**
	 * A new draft contract in place of a signed one: the same supervisee and terms, drawn up by {@code supervisor},
	 * pointing at the one it supersedes. The old contract is not changed: it stays readable as it was signed.
	 */
	public SupervisionContract supersede(SupervisionContract old, StaffMember supervisor, SupervisionForm form, String formHash) throws NotPermittedException {
		check(Step.SUPERSEDE, old, supervisor);
		SupervisionContract next = newContract(supervisor, old.getSupervisee(), form, formHash);
		next.setFrequencyPeriod(old.getFrequencyPeriod());
		next.setReasonsLessFrequent(old.getReasonsLessFrequent());
		next.setPreparation(old.getPreparation());
		next.setStorage(old.getStorage());
		next.setSupersedes(old);
		return next;
	}

	/**
	 * A new draft record of supervision of {@code supervisee} by {@code supervisor} held on {@code heldOn}: a row for
	 * each of the form's fixed agenda items, and the actions carried forward to be reviewed ({@link CarryForward}).
	 */
	public SupervisionRecord newRecord(StaffMember supervisor, StaffMember supervisee, LocalDate heldOn, SupervisionForm form, String formHash,
			List<ActionReview> carriedForward) throws NotPermittedException {
		requireSupervises(supervisor, supervisee);
		SupervisionRecord record = QaFactory.eINSTANCE.createSupervisionRecord();
		record.setSupervisor(access.full(supervisor));
		record.setSupervisee(access.full(supervisee));
		record.setHeldOn(heldOn);
		record.setState(SupervisionState.DRAFT);
		for (Item row : form.agendaRows()) {
			AgendaItem item = QaFactory.eINSTANCE.createAgendaItem();
			item.setItemId(row.getItemId());
			item.setTopic(row.getText());
			record.getAgendaItems().add(item);
		}
		record.getReviews().addAll(EcoreUtil.copyAll(carriedForward));
		follow(record, form, formHash);
		return record;
	}

	/**
	 * A new draft casework supervision of a case by {@code supervisor} on {@code heldOn}, filled from the case record
	 * where it has the answers: its status, its current worker, the dates of its latest assessment and of the last time
	 * the child was seen (its latest {@code CHILD_SEEN} key date, not later than the supervision); and from the
	 * case's previous casework supervision ({@code previous}, if any): the purpose of involvement, and its agreed
	 * actions as the actions to review.
	 */
	public CaseworkSupervision newCasework(Case aCase, StaffMember supervisor, LocalDate heldOn, Optional<CaseworkSupervision> previous, SupervisionForm form,
			String formHash) throws NotPermittedException {
		Permissions.require(access.full(supervisor), Permission.WRITE_SUPERVISION);
		StaffMember worker = Staff.currentWorker(aCase).map(access::full).orElse(null);
		if (!Staff.same(aCase.getLineManager(), supervisor) && (worker == null || !access.personal().inManagementLine(worker, supervisor))) {
			throw new NotPermittedException(NLS.bind(SupervisionMessages.notCaseSupervisor, access.full(supervisor).getName(), aCase.getCaseNumber()));
		}
		CaseworkSupervision casework = QaFactory.eINSTANCE.createCaseworkSupervision();
		casework.setCaseNumber(aCase.getCaseNumber());
		casework.setSupervisor(access.full(supervisor));
		casework.setWorker(worker);
		casework.setHeldOn(heldOn);
		casework.setCaseStatus(aCase.getStatus());
		casework.setLastAssessmentOn(latest(aCase, KeyDateKind.ASSESSMENT).orElse(null));
		// A visit planned after the sitting (or a record back-dated) is not when the child was last seen.
		casework.setChildLastSeenOn(latest(aCase, KeyDateKind.CHILD_SEEN, heldOn).orElse(null));
		previous.ifPresent(last -> {
			casework.setPurposeOfInvolvement(last.getPurposeOfInvolvement());
			casework.setReviewOfActions(CarryForward.describe(last.getActions()));
		});
		casework.setState(SupervisionState.DRAFT);
		follow(casework, form, formHash);
		return casework;
	}

	/**
	 * A line of the sessions log (Appendix C) for a session that did not take place: on {@code on}, why, and the date
	 * of the next session if one is set. Recorded by the supervisor (someone in the supervisee's management line).
	 */
	public SupervisionSession missed(StaffMember supervisor, StaffMember supervisee, LocalDate on, String reason, LocalDate nextOn)
			throws NotPermittedException, InvalidRecordException {
		requireSupervises(supervisor, supervisee);
		List<Problem> problems = new ArrayList<>();
		if (on == null) {
			problems.add(new Problem("sessionOn", SupervisionMessages.needed_sessionOn)); //$NON-NLS-1$
		}
		if (blank(reason)) {
			problems.add(new Problem("missedReason", SupervisionMessages.needed_missedReason)); //$NON-NLS-1$
		}
		if (on != null && nextOn != null && !nextOn.isAfter(on)) {
			problems.add(new Problem("nextOn", SupervisionMessages.nextNotAfter)); //$NON-NLS-1$
		}
		if (!problems.isEmpty()) {
			throw new InvalidRecordException(problems);
		}
		SupervisionSession session = QaFactory.eINSTANCE.createSupervisionSession();
		session.setSupervisor(access.full(supervisor));
		session.setSupervisee(access.full(supervisee));
		session.setSessionOn(on);
		session.setHeld(false);
		session.setMissedReason(reason.strip());
		session.setNextOn(nextOn);
		return session;
	}

	/** The line of the sessions log a record of supervision fills once both have signed it: held, by whom, the next date. */
	public SupervisionSession heldSession(SupervisionRecord record) {
		SupervisionSession session = QaFactory.eINSTANCE.createSupervisionSession();
		StaffMember supervisor = access.full(record.getSupervisor());
		session.setSupervisor(supervisor);
		session.setSupervisee(access.full(record.getSupervisee()));
		session.setSessionOn(record.getHeldOn());
		session.setHeld(true);
		session.setInitials(supervisor == null ? null : supervisor.getInitials());
		session.setNextOn(record.getNextOn());
		session.setRecord(record);
		return session;
	}

	/** The steps this person may take on this contract, record or casework supervision now. */
	public Set<Step> availableSteps(Identified record, StaffMember person) {
		Set<Step> steps = EnumSet.noneOf(Step.class);
		for (Step step : Step.values()) {
			if (whyNot(step, record, person).isEmpty()) {
				steps.add(step);
			}
		}
		return steps;
	}

	/** Why this person may not take the step now; empty when they may. */
	public Optional<String> whyNot(Step step, Identified record, StaffMember person) {
		try {
			check(step, record, person);
			return Optional.empty();
		} catch (NotPermittedException e) {
			return Optional.of(e.getMessage());
		}
	}

	/** Whether this person may change the record's content now: a draft, theirs, that nobody has signed yet. */
	public Optional<String> whyNotEdit(Identified record, StaffMember person) {
		if (!access.maySee(record, person)) {
			return Optional.of(SupervisionMessages.notYours);
		}
		if (state(record) == SupervisionState.SIGNED) {
			return Optional.of(NLS.bind(SupervisionMessages.locked, describe(record)));
		}
		if (!Staff.same(supervisor(record), person) && !Staff.same(supervisee(record), person)) {
			return Optional.of(SupervisionMessages.onlyTheTwo);
		}
		if (!signOffs(record).isEmpty()) {
			return Optional.of(NLS.bind(SupervisionMessages.signedByOne, describe(record)));
		}
		return Optional.empty();
	}

	/**
	 * Refuses a change to a stored record this person may not make now. A signed record changes by {@link #amend}
	 * only (the domain layer's {@link SupervisionLock} holds every save to that as well).
	 */
	public void checkChange(Identified stored, Identified changed, StaffMember person) throws NotPermittedException {
		if (!access.maySee(stored, person)) {
			throw new NotPermittedException(SupervisionMessages.notYours);
		}
		if (SupervisionLock.contentDiffers(stored, changed)) {
			Optional<String> why = whyNotEdit(stored, person);
			if (why.isPresent()) {
				throw new NotPermittedException(why.get());
			}
		}
	}

	/**
	 * This person signs, as themselves: the supervisee or the supervisor, with today's date. Once both have signed (for
	 * casework supervision, once the supervisor has), the record is signed and locked; a contract then falls due for
	 * review its review period after the later signature.
	 */
	public <T extends Identified> T sign(T record, StaffMember person) throws NotPermittedException, InvalidRecordException {
		Step step = Staff.same(supervisee(record), person) && !(record instanceof CaseworkSupervision) ? Step.SIGN_AS_SUPERVISEE : Step.SIGN_AS_SUPERVISOR;
		check(step, record, person);
		List<Problem> problems = problems(record);
		if (!problems.isEmpty()) {
			throw new InvalidRecordException(problems);
		}
		T signed = EcoreUtil.copy(record);
		LocalDate today = today();
		signOff(signed, step == Step.SIGN_AS_SUPERVISEE ? SignOffStep.SUPERVISEE_SIGN_OFF : SignOffStep.SUPERVISOR_SIGN_OFF, person);
		if (signed instanceof SupervisionContract contract) {
			if (step == Step.SIGN_AS_SUPERVISEE) {
				contract.setSignedBySuperviseeOn(today);
			} else {
				contract.setSignedBySupervisorOn(today);
			}
		} else if (signed instanceof SupervisionRecord supervision) {
			if (step == Step.SIGN_AS_SUPERVISEE) {
				supervision.setSignedBySuperviseeOn(today);
			} else {
				supervision.setSignedBySupervisorOn(today);
			}
		}
		boolean done = signed instanceof CaseworkSupervision || signedBy(signed, SignOffStep.SUPERVISEE_SIGN_OFF) && signedBy(signed, SignOffStep.SUPERVISOR_SIGN_OFF);
		if (done) {
			setState(signed, SupervisionState.SIGNED);
			if (signed instanceof SupervisionContract contract) {
				contract.setReviewOn(reviewInterval(contract).after(today));
			}
		}
		return signed;
	}

	/** Changes a signed record: {@code changed} as it should be, {@code reason} why; only the supervisor or the supervisee's line manager. */
	public <T extends Identified> T amend(T stored, T changed, StaffMember person, String reason) throws NotPermittedException, InvalidRecordException {
		check(Step.AMEND, stored, person);
		if (reason == null || reason.isBlank()) {
			throw new InvalidRecordException(List.of(new Problem("amendments.reason", SupervisionMessages.amendmentNeedsReason))); //$NON-NLS-1$
		}
		if (!SupervisionLock.contentDiffers(stored, changed)) {
			throw new NotPermittedException(SupervisionMessages.amendmentChangesNothing);
		}
		List<Problem> problems = problems(changed);
		if (!problems.isEmpty()) {
			throw new InvalidRecordException(problems);
		}
		T amended = EcoreUtil.copy(changed);
		for (EStructuralFeature feature : stored.eClass().getEAllStructuralFeatures()) {
			if (SupervisionLock.isWorkflow(feature)) {
				amended.eSet(feature, feature.isMany() ? EcoreUtil.copyAll((List<?>) stored.eGet(feature)) : stored.eGet(feature));
			}
		}
		Amendment amendment = QaFactory.eINSTANCE.createAmendment();
		amendment.setBy(access.full(person).getUserId());
		amendment.setAt(clock.instant());
		amendment.setReason(reason);
		amendments(amended).add(amendment);
		return amended;
	}

	/** When a signed contract falls due for review; empty before both have signed. */
	public static Optional<LocalDate> reviewDue(SupervisionContract contract) {
		return contract.getState() == SupervisionState.SIGNED ? Optional.ofNullable(contract.getReviewOn()) : Optional.empty();
	}

	/** Whether a signed contract's review has fallen due by {@code today}. */
	public static boolean reviewIsDue(SupervisionContract contract, LocalDate today) {
		return reviewDue(contract).map(due -> !due.isAfter(today)).orElse(false);
	}

	/** The contract's agreed interval; the policy's default when none is recorded or it cannot be read. */
	public Interval frequency(SupervisionContract contract) {
		try {
			return Interval.parse(contract.getFrequencyPeriod());
		} catch (IllegalArgumentException e) {
			return policy.defaultFrequency(access.full(contract.getSupervisee()));
		}
	}

	/** What the record needs before it can be signed, each problem at its field. */
	public List<Problem> problems(Identified record) {
		List<Problem> problems = new ArrayList<>();
		if (record instanceof SupervisionContract contract) {
			Interval interval = null;
			try {
				interval = Interval.parse(contract.getFrequencyPeriod());
			} catch (IllegalArgumentException e) {
				problems.add(new Problem("frequencyPeriod", NLS.bind(SupervisionMessages.notInterval, contract.getFrequencyPeriod()))); //$NON-NLS-1$
			}
			if (interval != null && policy.needsReasons(interval) && blank(contract.getReasonsLessFrequent())) {
				problems.add(new Problem("reasonsLessFrequent", NLS.bind(SupervisionMessages.needsReasons, policy.label(interval.iso()), //$NON-NLS-1$
						policy.label(policy.expected().iso()))));
			}
		} else if (record instanceof SupervisionRecord supervision) {
			if (supervision.getHeldOn() == null) {
				problems.add(new Problem("heldOn", SupervisionMessages.needed_heldOn)); //$NON-NLS-1$
			} else if (supervision.getHeldOn().isAfter(today())) {
				problems.add(new Problem("heldOn", SupervisionMessages.heldInFuture)); //$NON-NLS-1$
			}
			if (supervision.getNextOn() != null && supervision.getHeldOn() != null && !supervision.getNextOn().isAfter(supervision.getHeldOn())) {
				problems.add(new Problem("nextOn", SupervisionMessages.nextNotAfter)); //$NON-NLS-1$
			}
			if (!blank(supervision.getNextTime()) && !TIME.matcher(supervision.getNextTime().strip()).matches()) {
				problems.add(new Problem("nextTime", NLS.bind(SupervisionMessages.notTime, supervision.getNextTime()))); //$NON-NLS-1$
			}
		} else if (record instanceof CaseworkSupervision casework) {
			if (casework.getHeldOn() == null) {
				problems.add(new Problem("heldOn", SupervisionMessages.needed_heldOn)); //$NON-NLS-1$
			} else if (casework.getHeldOn().isAfter(today())) {
				problems.add(new Problem("heldOn", SupervisionMessages.heldInFuture)); //$NON-NLS-1$
			}
			for (int i = 0; i < casework.getActions().size(); i++) {
				var action = casework.getActions().get(i);
				if (blank(action.getAction())) {
					problems.add(new Problem("actions[" + i + "].action", SupervisionMessages.needed_action)); //$NON-NLS-1$ //$NON-NLS-2$
				} else if (blank(action.getByWhom()) || action.getDueOn() == null) {
					problems.add(new Problem("actions[" + i + "].byWhom", NLS.bind(SupervisionMessages.needed_whoAndWhen, action.getAction()))); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		return problems;
	}

	private void check(Step step, Identified record, StaffMember person) throws NotPermittedException {
		if (!access.maySee(record, person)) {
			throw new NotPermittedException(SupervisionMessages.notYours);
		}
		switch (step) {
		case SIGN_AS_SUPERVISEE -> {
			if (record instanceof CaseworkSupervision) {
				throw new NotPermittedException(SupervisionMessages.caseworkSignedBySupervisor);
			}
			requireDraft(record);
			if (!Staff.same(supervisee(record), person)) {
				throw new NotPermittedException(NLS.bind(SupervisionMessages.onlySupervisee, name(supervisee(record))));
			}
			if (signedBy(record, SignOffStep.SUPERVISEE_SIGN_OFF)) {
				throw new NotPermittedException(NLS.bind(SupervisionMessages.alreadySigned, name(person)));
			}
		}
		case SIGN_AS_SUPERVISOR -> {
			requireDraft(record);
			Permissions.require(access.full(person), Permission.WRITE_SUPERVISION);
			if (!Staff.same(supervisor(record), person)) {
				throw new NotPermittedException(NLS.bind(SupervisionMessages.onlySupervisor, name(supervisor(record))));
			}
			if (signedBy(record, SignOffStep.SUPERVISOR_SIGN_OFF)) {
				throw new NotPermittedException(NLS.bind(SupervisionMessages.alreadySigned, name(person)));
			}
		}
		case AMEND -> {
			if (state(record) != SupervisionState.SIGNED) {
				throw new NotPermittedException(SupervisionMessages.amendOnlySigned);
			}
			StaffMember lineManager = access.full(access.full(supervisee(record)) == null ? null : access.full(supervisee(record)).getLineManager());
			if (!Staff.same(supervisor(record), person) && !Staff.same(lineManager, person)) {
				throw new NotPermittedException(SupervisionMessages.onlySupervisorOrManager);
			}
		}
		case SUPERSEDE -> {
			if (!(record instanceof SupervisionContract contract)) {
				throw new NotPermittedException(SupervisionMessages.supersedeOnlyContracts);
			}
			if (contract.getState() != SupervisionState.SIGNED) {
				throw new NotPermittedException(SupervisionMessages.supersedeOnlySigned);
			}
			requireSupervises(person, contract.getSupervisee());
		}
		}
	}

	private void requireSupervises(StaffMember supervisor, StaffMember supervisee) throws NotPermittedException {
		if (supervisor == null || supervisee == null || Staff.same(supervisor, supervisee)) {
			throw new NotPermittedException(SupervisionMessages.supervisorCannotBeSupervisee);
		}
		Permissions.require(access.full(supervisor), Permission.WRITE_SUPERVISION);
		if (!access.personal().inManagementLine(supervisee, supervisor)) {
			throw new NotPermittedException(NLS.bind(SupervisionMessages.notInLine, name(supervisor), name(supervisee)));
		}
	}

	private static void requireDraft(Identified record) throws NotPermittedException {
		if (state(record) == SupervisionState.SIGNED) {
			throw new NotPermittedException(NLS.bind(SupervisionMessages.locked, describe(record)));
		}
	}

	private Interval reviewInterval(SupervisionContract contract) {
		try {
			return Interval.parse(contract.getReviewPeriod());
		} catch (IllegalArgumentException e) {
			return policy.contractReview();
		}
	}

	private void signOff(Identified record, SignOffStep step, StaffMember by) {
		StaffMember full = access.full(by);
		SignOff signOff = QaFactory.eINSTANCE.createSignOff();
		signOff.setStep(step);
		signOff.setBy(full.getUserId());
		signOff.setRole(full.getRoles().isEmpty() ? null : full.getRoles().get(0));
		signOff.setAt(clock.instant());
		signOffs(record).add(signOff);
	}

	private static void follow(Identified record, SupervisionForm form, String formHash) {
		record.eSet(record.eClass().getEStructuralFeature("definitionId"), form.definition().getDefinitionId()); //$NON-NLS-1$
		record.eSet(record.eClass().getEStructuralFeature("definitionVersion"), form.definition().getVersion()); //$NON-NLS-1$
		record.eSet(record.eClass().getEStructuralFeature("definitionHash"), formHash); //$NON-NLS-1$
	}

	private static Optional<LocalDate> latest(Case aCase, KeyDateKind kind) {
		return latest(aCase, kind, null);
	}

	/** The case's latest key date of this kind on or before {@code by} (any date when null). */
	private static Optional<LocalDate> latest(Case aCase, KeyDateKind kind, LocalDate by) {
		return aCase.getKeyDates().stream().filter(keyDate -> kind.getName().equals(keyDate.getKind())).map(KeyDate::getDate)
				.filter(date -> date != null && (by == null || !date.isAfter(by))).max(Comparator.naturalOrder());
	}

	/** Whether the record has this sign-off. */
	public static boolean signedBy(Identified record, SignOffStep step) {
		return signOffs(record).stream().anyMatch(signOff -> signOff.getStep() == step);
	}

	/** The state of a contract, record or casework supervision (draft when none is recorded). */
	public static SupervisionState state(Identified record) {
		Object state = feature(record, "state"); //$NON-NLS-1$
		return state instanceof SupervisionState known ? known : SupervisionState.DRAFT;
	}

	/** The supervisor of a contract, record or casework supervision (the team manager of casework). */
	public static StaffMember supervisor(Identified record) {
		return (StaffMember) feature(record, "supervisor"); //$NON-NLS-1$
	}

	/** The supervisee of a contract or record; the practitioner of casework supervision. */
	public static StaffMember supervisee(Identified record) {
		return record instanceof CaseworkSupervision casework ? casework.getWorker() : (StaffMember) feature(record, "supervisee"); //$NON-NLS-1$
	}

	@SuppressWarnings("unchecked")
	public static List<SignOff> signOffs(Identified record) {
		return (List<SignOff>) feature(record, "signOffs"); //$NON-NLS-1$
	}

	@SuppressWarnings("unchecked")
	public static List<Amendment> amendments(Identified record) {
		return (List<Amendment>) feature(record, "amendments"); //$NON-NLS-1$
	}

	/** "the contract 123", "the record of supervision 456", "the casework supervision 789 of LL100001": for messages. */
	public static String describe(Identified record) {
		if (record instanceof SupervisionContract) {
			return NLS.bind(SupervisionMessages.describe_contract, record.getId());
		}
		if (record instanceof SupervisionRecord) {
			return NLS.bind(SupervisionMessages.describe_record, record.getId());
		}
		if (record instanceof CaseworkSupervision casework) {
			return NLS.bind(SupervisionMessages.describe_casework, record.getId(), casework.getCaseNumber());
		}
		return String.valueOf(record.getId());
	}

	private static void setState(Identified record, SupervisionState state) {
		record.eSet(record.eClass().getEStructuralFeature("state"), state); //$NON-NLS-1$
	}

	private static Object feature(EObject record, String name) {
		EStructuralFeature feature = record.eClass().getEStructuralFeature(name);
		if (feature == null) {
			throw new IllegalArgumentException(record.eClass().getName() + " is not a supervision record"); //$NON-NLS-1$
		}
		return record.eGet(feature);
	}

	private String name(StaffMember member) {
		StaffMember full = access.full(member);
		return full == null || full.getName() == null ? "-" : full.getName(); //$NON-NLS-1$
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
