package org.qaworkbench.core.audits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.access.Permissions;
import org.qaworkbench.core.checklists.scoring.Scoring;
import org.qaworkbench.core.internal.Messages;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.InvalidRecordException.Problem;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.validation.RecordValidator;
import org.qaworkbench.model.Amendment;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.AuditKind;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.FollowUp;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.SignOff;
import org.qaworkbench.model.SignOffStep;
import org.qaworkbench.model.StaffMember;

/**
 * The case file audit's life after the draft, as the SOP has it: the auditor completes it, the service delivery
 * manager moderates it (agrees, or changes the overall grade with a reason), the case's line manager shares it with
 * the practitioner in supervision, the practitioner may respond, and the audit is closed once the 3-month follow-up
 * of its actions is done. Each step is taken by the right person only, in order, and records who and when. After
 * completion the content changes only by an amendment with a reason ({@link AssessmentLock}).
 * <p>
 * Today comes from the clock, so tests (and the follow-up that falls due 3 months on) can move time.
 * <p>
 * Completion is the same for any checklist (the generic editor's Complete too): a checklist without case, actions,
 * theme or grade simply has none of those to check. Editors ask {@link #availableSteps} which steps to offer.
 */
public final class AuditWorkflow {

	/** How long after completion the auditor checks the actions. */
	public static final int FOLLOW_UP_MONTHS = 3;
	/** An open action or follow-up counts as due this many days before its date. */
	public static final int DUE_SOON_DAYS = 28;

	/** The steps a person can be offered on an assessment. */
	public enum Step {
		COMPLETE, MODERATE, SHARE, RESPOND, CLOSE, AMEND
	}

	/** The steps a person can be offered on an audit's remedial actions. */
	public enum ActionStep {
		/** Add an action: while the audit is a draft. */
		ADD,
		/** Change an action's text, owner or date due: while the audit is a draft. */
		EDIT,
		/** Record how an action was addressed: the case's line manager, once the audit is completed. */
		ADDRESS,
		/** Record an action's 3-month follow-up: the auditor, once the audit is completed. */
		FOLLOW_UP
	}

	/** The case file audit's checklist: its steps are the permission matrix's case audit rows. */
	public static final String CASE_AUDIT = "org.qaworkbench.checklists.caseaudit"; //$NON-NLS-1$

	private final AuditRecords records;
	private final Clock clock;

	/** Each step is saved in the store as it is taken. */
	public AuditWorkflow(Store store, Clock clock) {
		this(new StoredAudits(store), clock);
	}

	/**
	 * Each step is taken on the unit in memory, to be added whole to a bulk insert afterwards ({@link AuditUnit}):
	 * the same rules, the same people, the clock set to the day (and time) the step is taken.
	 */
	public AuditWorkflow(AuditUnit unit, Clock clock) {
		this((AuditRecords) unit, clock);
	}

	private AuditWorkflow(AuditRecords records, Clock clock) {
		this.records = records;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The actions raised by an audit, in the order they were added. */
	public List<RemedialAction> actionsOf(Assessment audit) {
		return records.actionsOf(audit);
	}

	/** The member of staff acting, or a refusal saying they must sign in as one. */
	public StaffMember who(Actor actor) throws NotPermittedException {
		return records.staff(actor).orElseThrow(() -> new NotPermittedException(NLS.bind(Messages.Workflow_notStaff, actor.userId())));
	}

	/**
	 * The auditor completes the audit: every relevant required question answered, every action with a due date, a
	 * theme for a themed audit and a reason when the auditor is from the case's own locality. The overall judgement
	 * defaults to the computed score. Each action's follow-up falls due {@value #FOLLOW_UP_MONTHS} months on.
	 */
	public Assessment complete(Assessment audit, Actor actor) throws SaveRefusedException {
		StaffMember auditor = mayComplete(audit, actor);
		List<RemedialAction> actions = actionsOf(audit);
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < actions.size(); i++) {
			if (actions.get(i).getDueOn() == null) {
				problems.add(new Problem("actions[" + (i + 1) + "].dueOn", NLS.bind(Messages.Workflow_actionNeedsDueDate, actions.get(i).getAction()))); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (audit.getAuditKind() == AuditKind.CROSS_LOCALITY) {
			if (blank(audit.getTheme())) {
				problems.add(new Problem("theme", Messages.Workflow_themeNeeded)); //$NON-NLS-1$
			}
			boolean ownLocality = audit.getAssessors().stream().map(records::resolve).flatMap(Optional::stream).anyMatch(assessor -> Staff.same(assessor.getLocality(), audit.getLocality()));
			if (ownLocality && blank(audit.getOwnLocalityReason())) {
				problems.add(new Problem("ownLocalityReason", Messages.Workflow_ownLocalityNeedsReason)); //$NON-NLS-1$
			}
		}
		Assessment completed = EcoreUtil.copy(audit);
		completed.setState(AssessmentState.COMPLETED);
		completed.setCompletedOn(today());
		if (completed.getAssessors().isEmpty()) {
			// Started before anyone signed in: whoever completes it is the one who assessed.
			completed.getAssessors().add(auditor);
		}
		ChecklistDefinition definition = definitionOf(audit);
		Scoring.apply(definition, completed);
		if (blank(completed.getJudgement())) {
			// Only a grade (an overall score with a level's label) makes a judgement; a count or percentage does not.
			completed.getScores().stream().filter(score -> score.getSectionId().isEmpty() && score.getValue() != null && score.getLabel() != null).findFirst()
					.ifPresent(overall -> completed.setJudgement(overall.getValue().setScale(0, java.math.RoundingMode.HALF_UP).toPlainString()));
		}
		problems.addAll(0, new RecordValidator(records::definition, clock).problems(completed));
		if (!problems.isEmpty()) {
			throw new InvalidRecordException(problems);
		}
		signOff(completed, SignOffStep.COMPLETION, auditor, null);
		for (RemedialAction action : actions) {
			FollowUp followUp = action.getFollowUp() == null ? QaFactory.eINSTANCE.createFollowUp() : action.getFollowUp();
			followUp.setDueOn(today().plusMonths(FOLLOW_UP_MONTHS));
			action.setFollowUp(followUp);
		}
		// One unit: a completed audit never has actions without their follow-up date.
		return records.save(completed, actions, actor);
	}

	/**
	 * The auditor who may complete this draft now, or why not: one of its assessors, or anyone on the staff list for a
	 * checklist started before anyone signed in (it has no assessor yet).
	 */
	public StaffMember mayComplete(Assessment audit, Actor actor) throws NotPermittedException {
		StaffMember auditor = who(actor);
		requireState(audit, AssessmentState.DRAFT, Messages.Workflow_stepComplete);
		if (CASE_AUDIT.equals(audit.getDefinitionId())) {
			Permissions.require(auditor, Permission.COMPLETE_CASE_AUDIT);
		}
		if (!audit.getAssessors().isEmpty() && !Staff.isAssessor(audit, auditor)) {
			throw refused(Messages.Workflow_onlyAuditor, Messages.Workflow_stepComplete, auditor);
		}
		return auditor;
	}

	/**
	 * Whether this person may start a checklist with this id about a case: a case audit needs a role that audits (the
	 * permission matrix); other checklists anyone on the staff list may start. Nothing when they may.
	 */
	public static void mayStart(String definitionId, StaffMember person) throws NotPermittedException {
		if (CASE_AUDIT.equals(definitionId)) {
			Permissions.require(person, Permission.START_CASE_AUDIT);
		}
	}

	/** The steps this person may take on this record now: editors offer these and no others. */
	public Set<Step> availableSteps(Assessment audit, Actor actor) {
		Set<Step> steps = EnumSet.noneOf(Step.class);
		for (Step step : Step.values()) {
			if (whyNot(step, audit, actor).isEmpty()) {
				steps.add(step);
			}
		}
		return steps;
	}

	/** Why this person may not take the step on this record now; empty when they may. */
	public Optional<String> whyNot(Step step, Assessment audit, Actor actor) {
		try {
			switch (step) {
			case COMPLETE -> mayComplete(audit, actor);
			case MODERATE -> mayModerate(audit, actor);
			case SHARE -> mayShare(audit, actor);
			case RESPOND -> mayRespond(audit, actor);
			case CLOSE -> mayClose(audit, actor);
			case AMEND -> mayAmend(audit, actor);
			}
			return Optional.empty();
		} catch (NotPermittedException e) {
			return Optional.of(e.getMessage());
		}
	}

	/**
	 * The service delivery manager moderates a completed audit: {@code grade} null (or the auditor's own) agrees;
	 * another grade changes the overall grade and needs a reason. The auditor's grade is kept beside it.
	 */
	public Assessment moderate(Assessment audit, String grade, String reason, Actor actor) throws SaveRefusedException {
		StaffMember moderator = mayModerate(audit, actor);
		boolean changed = !blank(grade) && !grade.equals(audit.getJudgement());
		if (changed && blank(reason)) {
			throw new InvalidRecordException(List.of(new Problem("moderationReason", Messages.Workflow_gradeChangeNeedsReason))); //$NON-NLS-1$
		}
		Assessment moderated = EcoreUtil.copy(audit);
		moderated.setState(AssessmentState.MODERATED);
		moderated.setModeratedJudgement(changed ? grade : null);
		moderated.setModerationReason(changed ? reason : null);
		signOff(moderated, SignOffStep.MODERATION, moderator, changed ? reason : Messages.Workflow_agreed);
		return records.save(moderated, List.of(), actor);
	}

	/** The service delivery manager who may moderate this audit now, or why not. */
	public StaffMember mayModerate(Assessment audit, Actor actor) throws NotPermittedException {
		StaffMember moderator = who(actor);
		requireState(audit, AssessmentState.COMPLETED, Messages.Workflow_stepModerate);
		Permissions.require(moderator, Permission.MODERATE_CASE_AUDIT);
		return moderator;
	}

	/** The case's line manager records the supervision in which they shared the outcome with the practitioner. */
	public Assessment share(Assessment audit, LocalDate supervisionOn, Actor actor) throws SaveRefusedException {
		StaffMember lineManager = mayShare(audit, actor);
		if (supervisionOn == null) {
			throw new InvalidRecordException(List.of(new Problem("sharedOn", Messages.Workflow_sharedOnNeeded))); //$NON-NLS-1$
		}
		if (supervisionOn.isAfter(today()) || supervisionOn.isBefore(audit.getCompletedOn())) {
			throw new InvalidRecordException(List.of(new Problem("sharedOn", Messages.Workflow_sharedOnOutOfRange))); //$NON-NLS-1$
		}
		Assessment shared = EcoreUtil.copy(audit);
		shared.setState(AssessmentState.SHARED);
		shared.setSharedOn(supervisionOn);
		signOff(shared, SignOffStep.SHARING, lineManager, null);
		return records.save(shared, List.of(), actor);
	}

	/** The case's line manager who may record this audit's sharing now, or why not. */
	public StaffMember mayShare(Assessment audit, Actor actor) throws NotPermittedException {
		StaffMember lineManager = who(actor);
		requireState(audit, AssessmentState.MODERATED, Messages.Workflow_stepShare);
		Permissions.require(lineManager, Permission.SHARE_CASE_AUDIT);
		if (!Staff.same(caseOf(audit).getLineManager(), lineManager)) {
			throw refused(Messages.Workflow_onlyLineManager, Messages.Workflow_stepShare, lineManager);
		}
		return lineManager;
	}

	/** The practitioner whose case it is writes their response to a shared audit (again, to replace it). */
	public Assessment respond(Assessment audit, String response, Actor actor) throws SaveRefusedException {
		StaffMember practitioner = mayRespond(audit, actor);
		if (blank(response)) {
			throw new InvalidRecordException(List.of(new Problem("practitionerResponse", Messages.Workflow_responseNeeded))); //$NON-NLS-1$
		}
		Assessment responded = EcoreUtil.copy(audit);
		responded.setPractitionerResponse(response);
		signOff(responded, SignOffStep.PRACTITIONER_RESPONSE, practitioner, null);
		return records.save(responded, List.of(), actor);
	}

	/** The practitioner who may respond to this audit now, or why not. */
	public StaffMember mayRespond(Assessment audit, Actor actor) throws NotPermittedException {
		StaffMember practitioner = who(actor);
		requireState(audit, AssessmentState.SHARED, Messages.Workflow_stepRespond);
		Permissions.require(practitioner, Permission.RESPOND_TO_CASE_AUDIT);
		if (!Staff.same(Staff.currentWorker(caseOf(audit)).orElse(null), practitioner)) {
			throw refused(Messages.Workflow_onlyPractitioner, Messages.Workflow_stepRespond, practitioner);
		}
		return practitioner;
	}

	/**
	 * The auditor (or the service delivery manager) closes a shared audit once every action's follow-up is recorded
	 * and found it done: a closed audit has no action left open.
	 */
	public Assessment close(Assessment audit, Actor actor) throws SaveRefusedException {
		StaffMember closer = mayClose(audit, actor);
		Assessment closed = EcoreUtil.copy(audit);
		closed.setState(AssessmentState.CLOSED);
		signOff(closed, SignOffStep.CLOSURE, closer, null);
		return records.save(closed, List.of(), actor);
	}

	/** The auditor or service delivery manager who may close this audit now, or why not. */
	public StaffMember mayClose(Assessment audit, Actor actor) throws NotPermittedException {
		StaffMember closer = who(actor);
		requireState(audit, AssessmentState.SHARED, Messages.Workflow_stepClose);
		if (!Staff.isAssessor(audit, closer) && !Permissions.allows(closer, Permission.MODERATE_CASE_AUDIT)) {
			throw refused(Messages.Workflow_onlyAuditorOrManager, Messages.Workflow_stepClose, closer);
		}
		List<RemedialAction> actions = actionsOf(audit);
		long open = actions.stream().filter(followUpOpen()).count();
		if (open > 0) {
			throw new NotPermittedException(NLS.bind(Messages.Workflow_followUpsOpen, open));
		}
		long notDone = actions.stream().filter(action -> !followedUpDone(action)).count();
		if (notDone > 0) {
			throw new NotPermittedException(NLS.bind(Messages.Workflow_actionsNotDone, notDone));
		}
		return closer;
	}

	/**
	 * Changes a completed audit's content: {@code changed} is the audit as it should be, {@code reason} why. Taken by
	 * an auditor or the service delivery manager before the audit is closed; the amendment and the changed values land
	 * in the history.
	 */
	public Assessment amend(Assessment changed, String reason, Actor actor) throws SaveRefusedException {
		mayAmend(changed, actor);
		if (blank(reason)) {
			throw new InvalidRecordException(List.of(new Problem("amendments.reason", Messages.Workflow_amendmentNeedsReason))); //$NON-NLS-1$
		}
		Assessment amended = EcoreUtil.copy(changed);
		Scoring.apply(definitionOf(changed), amended);
		Assessment stored = records.stored(changed);
		if (!AssessmentLock.contentDiffers(stored, amended)) {
			throw new NotPermittedException(Messages.Workflow_amendmentChangesNothing);
		}
		Amendment amendment = QaFactory.eINSTANCE.createAmendment();
		amendment.setBy(actor.userId());
		amendment.setAt(clock.instant());
		amendment.setReason(reason);
		amended.getAmendments().add(amendment);
		return records.save(amended, List.of(), actor);
	}

	/** The auditor or service delivery manager who may amend this signed-off audit now, or why not. */
	public StaffMember mayAmend(Assessment audit, Actor actor) throws NotPermittedException {
		StaffMember amender = who(actor);
		if (audit.getState() == AssessmentState.DRAFT || audit.getState() == AssessmentState.CLOSED) {
			throw new NotPermittedException(NLS.bind(Messages.Workflow_notAmendable, audit.getState().getLiteral()));
		}
		if (!Staff.isAssessor(audit, amender) && !Permissions.allows(amender, Permission.MODERATE_CASE_AUDIT)) {
			throw refused(Messages.Workflow_onlyAuditorOrManager, Messages.Workflow_stepAmend, amender);
		}
		return amender;
	}

	/**
	 * The case's line manager records how an action was addressed, when, with their initials (their own when none are
	 * given).
	 */
	public RemedialAction recordAddressed(RemedialAction action, String howAddressed, LocalDate completedOn, String initials, Actor actor)
			throws SaveRefusedException {
		StaffMember lineManager = mayAddress(records.auditOf(action), actor);
		List<Problem> problems = new ArrayList<>();
		if (blank(howAddressed)) {
			problems.add(new Problem("howAddressed", Messages.Workflow_howAddressedNeeded)); //$NON-NLS-1$
		}
		if (completedOn != null && completedOn.isAfter(today())) {
			problems.add(new Problem("completedOn", Messages.Workflow_completedInFuture)); //$NON-NLS-1$
		}
		if (!problems.isEmpty()) {
			throw new InvalidRecordException(problems);
		}
		RemedialAction addressed = EcoreUtil.copy(action);
		addressed.setHowAddressed(howAddressed);
		addressed.setCompletedOn(completedOn);
		addressed.setInitials(blank(initials) ? lineManager.getInitials() : initials);
		return records.save(addressed, List.of(), actor);
	}

	/**
	 * The auditor records at the follow-up whether an action was done and what difference it made. Done means the case's
	 * line manager has recorded it addressed: an action cannot be both done and overdue.
	 */
	public RemedialAction recordFollowUp(RemedialAction action, boolean done, String outcome, Actor actor) throws SaveRefusedException {
		mayFollowUp(records.auditOf(action), actor);
		List<Problem> problems = new ArrayList<>();
		if (done && action.getCompletedOn() == null) {
			problems.add(new Problem("followUp.done", Messages.Workflow_doneButNotAddressed)); //$NON-NLS-1$
		}
		if (blank(outcome)) {
			problems.add(new Problem("followUp.outcome", Messages.Workflow_outcomeNeeded)); //$NON-NLS-1$
		}
		if (!problems.isEmpty()) {
			throw new InvalidRecordException(problems);
		}
		RemedialAction checked = EcoreUtil.copy(action);
		FollowUp followUp = checked.getFollowUp() == null ? QaFactory.eINSTANCE.createFollowUp() : checked.getFollowUp();
		followUp.setCheckedOn(today());
		followUp.setDone(done);
		followUp.setOutcome(outcome);
		checked.setFollowUp(followUp);
		return records.save(checked, List.of(), actor);
	}

	/** The steps on its remedial actions this person may take on this audit now: editors offer these and no others. */
	public Set<ActionStep> availableActionSteps(Assessment audit, Actor actor) {
		Set<ActionStep> steps = EnumSet.noneOf(ActionStep.class);
		for (ActionStep step : ActionStep.values()) {
			if (whyNot(step, audit, actor).isEmpty()) {
				steps.add(step);
			}
		}
		return steps;
	}

	/** Why this person may not take the step on this audit's actions now; empty when they may. */
	public Optional<String> whyNot(ActionStep step, Assessment audit, Actor actor) {
		try {
			if (step != ActionStep.ADD && actionsOf(audit).isEmpty()) {
				return Optional.of(Messages.Workflow_noActions);
			}
			switch (step) {
			case ADD, EDIT -> mayChangeActions(audit);
			case ADDRESS -> mayAddress(audit, actor);
			case FOLLOW_UP -> mayFollowUp(audit, actor);
			}
			return Optional.empty();
		} catch (NotPermittedException e) {
			return Optional.of(e.getMessage());
		}
	}

	/** Actions are the audit's content: added and changed while it is a draft, by whoever may edit it. */
	public void mayChangeActions(Assessment audit) throws NotPermittedException {
		if (audit.getState() != AssessmentState.DRAFT) {
			throw new NotPermittedException(NLS.bind(Messages.Workflow_actionsFixed, audit.getState().getLiteral()));
		}
	}

	/** The case's line manager who may record how this audit's actions were addressed now, or why not. */
	public StaffMember mayAddress(Assessment audit, Actor actor) throws NotPermittedException {
		StaffMember lineManager = who(actor);
		if (audit.getState() == AssessmentState.DRAFT) {
			throw new NotPermittedException(Messages.Workflow_actionBeforeCompletion);
		}
		if (audit.getState() == AssessmentState.CLOSED) {
			throw new NotPermittedException(Messages.Workflow_actionsOfClosedAudit);
		}
		Permissions.require(lineManager, Permission.SHARE_CASE_AUDIT);
		if (!Staff.same(caseOf(audit).getLineManager(), lineManager)) {
			throw refused(Messages.Workflow_onlyLineManager, Messages.Workflow_stepAddressed, lineManager);
		}
		return lineManager;
	}

	/** The auditor who may record the follow-up of this audit's actions now, or why not. */
	public StaffMember mayFollowUp(Assessment audit, Actor actor) throws NotPermittedException {
		StaffMember auditor = who(actor);
		if (audit.getState() == AssessmentState.DRAFT || audit.getState() == AssessmentState.CLOSED) {
			throw new NotPermittedException(NLS.bind(Messages.Workflow_followUpState, audit.getState().getLiteral()));
		}
		if (!Staff.isAssessor(audit, auditor)) {
			throw refused(Messages.Workflow_onlyAuditor, Messages.Workflow_stepFollowUp, auditor);
		}
		return auditor;
	}

	/** Actions whose follow-up is not yet recorded. */
	public static Predicate<RemedialAction> followUpOpen() {
		return action -> action.getFollowUp() == null || action.getFollowUp().getCheckedOn() == null;
	}

	/** The follow-up is recorded and found the action done (so it was addressed). */
	public static boolean followedUpDone(RemedialAction action) {
		return !followUpOpen().test(action) && action.getFollowUp().isDone() && action.getCompletedOn() != null;
	}

	/** The follow-up falls due: its date has come (or passed: see {@link #followUpOverdue}) and nobody has recorded it. */
	public static boolean followUpDue(RemedialAction action, LocalDate today) {
		return followUpOpen().test(action) && action.getFollowUp() != null && action.getFollowUp().getDueOn() != null
				&& !action.getFollowUp().getDueOn().isAfter(today);
	}

	/** The follow-up is past its date and nobody has recorded it. */
	public static boolean followUpOverdue(RemedialAction action, LocalDate today) {
		return followUpDue(action, today) && action.getFollowUp().getDueOn().isBefore(today);
	}

	/** The action is past its due date and not completed. */
	public static boolean overdue(RemedialAction action, LocalDate today) {
		return action.getCompletedOn() == null && action.getDueOn() != null && action.getDueOn().isBefore(today);
	}

	private Case caseOf(Assessment audit) throws NotPermittedException {
		return records.caseOf(audit).orElseThrow(() -> new NotPermittedException(NLS.bind(Messages.Workflow_noCase, audit.getSubjectKey())));
	}

	private ChecklistDefinition definitionOf(Assessment audit) {
		return records.definition(audit.getDefinitionHash()).orElseThrow();
	}

	private static void requireState(Assessment audit, AssessmentState expected, String step) throws NotPermittedException {
		if (audit.getState() != expected) {
			throw new NotPermittedException(NLS.bind(Messages.Workflow_wrongState, new Object[] { step, expected.getLiteral(), audit.getState().getLiteral() }));
		}
	}

	private static NotPermittedException refused(String who, String step, StaffMember staff) {
		String roles = staff.getRoles().stream().map(Role::getLiteral).map(String::toLowerCase).reduce((a, b) -> a + ", " + b).orElse("-"); //$NON-NLS-1$ //$NON-NLS-2$
		return new NotPermittedException(NLS.bind(who, step) + " " + NLS.bind(Messages.Workflow_youAre, staff.getName(), roles)); //$NON-NLS-1$
	}

	/** Records the step with the role the person holds (their first, for someone with several). */
	private void signOff(Assessment audit, SignOffStep step, StaffMember by, String note) {
		SignOff signOff = QaFactory.eINSTANCE.createSignOff();
		signOff.setStep(step);
		signOff.setBy(by.getUserId());
		signOff.setRole(by.getRoles().isEmpty() ? null : by.getRoles().get(0));
		signOff.setAt(clock.instant());
		signOff.setNote(note);
		audit.getSignOffs().add(signOff);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
