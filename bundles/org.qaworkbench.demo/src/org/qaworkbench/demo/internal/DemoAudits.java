package org.qaworkbench.demo.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.qaworkbench.core.audits.AuditWorkflow;
import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.checklists.scoring.Scoring;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.Records.BulkInsert;
import org.qaworkbench.demo.internal.DemoService.LocalityStaff;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.AuditKind;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.FollowUp;
import org.qaworkbench.model.KeyDate;
import org.qaworkbench.model.KeyDateKind;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.SignOff;
import org.qaworkbench.model.SignOffStep;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SubjectKind;
import org.qaworkbench.model.SupervisionSession;

/**
 * Case file audits as {@link AuditWorkflow} leaves them, each step taken by the person the workflow allows: the
 * auditor completes, the service delivery manager moderates (about one in six with a changed grade), the case's
 * line manager shares the outcome at the practitioner's next supervision, the practitioner sometimes responds, and
 * the auditor closes the audit once every action's follow-up is recorded and found it done. The older an audit, the
 * further along.
 */
final class DemoAudits {

	private static final QaFactory QA = QaFactory.eINSTANCE;
	private static final ZoneId LONDON = ZoneId.of("Europe/London"); //$NON-NLS-1$

	private final SplittableRandom random;
	private final DemoNames names;
	private final DemoAnswers answers;
	private final LocalDate today;
	private final DemoService.Summary summary;
	private final ChecklistDefinition definition;
	private final String hash;
	private final StaffMember manager;
	private final List<LocalityStaff> localities;
	private final List<String> themes;

	DemoAudits(DemoService service, ChecklistDefinition definition, String hash, StaffMember manager, List<LocalityStaff> localities, List<String> themes) {
		this.random = service.random();
		this.names = service.names();
		this.answers = service.answers();
		this.today = service.today();
		this.summary = service.summary();
		this.definition = definition;
		this.hash = hash;
		this.manager = manager;
		this.localities = localities;
		this.themes = themes;
	}

	/**
	 * An audit of the case some time in the last year while it was allocated and open, with the actions it raised;
	 * {@code supervision} holds the current worker's sessions with their line manager, where the outcome is shared;
	 * {@code casework} the case's casework supervision records, the most recent of which the header gives.
	 */
	void audit(BulkInsert bulk, Case aCase, LocalityStaff locality, int quality, List<SupervisionSession> supervision, List<CaseworkSupervision> casework)
			throws InvalidRecordException {
		LocalDate earliest = latest(currentAllocation(aCase).plusDays(28), today.minusDays(364));
		LocalDate latest = closure(aCase).filter(today::isAfter).orElse(today);
		if (earliest.isAfter(latest)) {
			return;
		}
		LocalDate completed = earliest.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(earliest, latest) + 1));
		long age = ChronoUnit.DAYS.between(completed, today);
		Assessment audit = newAudit(aCase, locality, completed.minusDays(random.nextInt(10)));
		StaffMember auditor = audit.getAssessors().get(0);
		String judgement = answers.answer(definition, audit, completed, quality,
				DemoCaseDetails.of(aCase, locality.locality().getName(), auditor, completed, casework));
		if (age < 7) {
			audit.setState(AssessmentState.DRAFT);
			add(bulk, audit, List.of());
			return;
		}
		audit.setCompletedOn(completed);
		audit.setJudgement(judgement);
		audit.setComments(names.pick(DemoNames.COMMENTS));
		Scoring.apply(definition, audit);
		audit.setState(AssessmentState.COMPLETED);
		signOff(audit, SignOffStep.COMPLETION, auditor, completed, null);
		List<RemedialAction> actions = actions(audit, aCase, judgement, completed);
		LocalDate followedUp = actions.isEmpty() ? completed.plusMonths(AuditWorkflow.FOLLOW_UP_MONTHS) : lastFollowUp(actions);
		LocalDate moderatedOn = age < 20 ? null : moderate(audit, judgement, completed.plusDays(1 + random.nextInt(7)));
		Optional<LocalDate> sharedOn = age < 40 ? Optional.empty() : nextSupervision(supervision, moderatedOn);
		if (sharedOn.isPresent()) {
			LocalDate lastStep = share(audit, aCase, sharedOn.get());
			if (followedUp != null) {
				LocalDate closedOn = latest(lastStep, followedUp).plusDays(1 + random.nextInt(14));
				if (!closedOn.isAfter(today)) {
					audit.setState(AssessmentState.CLOSED);
					signOff(audit, SignOffStep.CLOSURE, auditor, closedOn, null);
				}
			}
		}
		add(bulk, audit, actions);
	}

	private Assessment newAudit(Case aCase, LocalityStaff locality, LocalDate startedOn) {
		Assessment audit = QA.createAssessment();
		audit.setDefinitionId(definition.getDefinitionId());
		audit.setDefinitionVersion(definition.getVersion());
		audit.setDefinitionHash(hash);
		audit.setSubjectKind(SubjectKind.CASE);
		audit.setSubjectKey(aCase.getCaseNumber());
		audit.setLocality(locality.locality());
		audit.setStartedOn(startedOn);
		// About a third are cross-locality themed audits by a team leader of another locality.
		if (!themes.isEmpty() && random.nextInt(3) == 0) {
			audit.setAuditKind(AuditKind.CROSS_LOCALITY);
			audit.setTheme(names.pick(themes));
			LocalityStaff other = localities.get((localities.indexOf(locality) + 1 + random.nextInt(localities.size() - 1)) % localities.size());
			audit.getAssessors().add(other.teamLeader());
		} else {
			audit.setAuditKind(AuditKind.PRACTITIONER);
			audit.getAssessors().add(ownAuditor(locality, aCase.getLineManager()));
		}
		return audit;
	}

	/** The locality's team leader or one of its senior practitioners, never the case's own line manager. */
	private StaffMember ownAuditor(LocalityStaff locality, StaffMember lineManager) {
		List<StaffMember> seniors = locality.seniors().stream().filter(senior -> !Staff.same(senior, lineManager)).toList();
		return seniors.isEmpty() || random.nextBoolean() ? locality.teamLeader() : names.pick(seniors);
	}

	/**
	 * The manager agrees, or (one in six) changes the grade by one with a reason that says which way it went (1 is
	 * the best grade, so a lower number is a better grade); returns {@code on}.
	 */
	private LocalDate moderate(Assessment audit, String judgement, LocalDate on) {
		audit.setState(AssessmentState.MODERATED);
		String note = DemoNames.AGREED;
		if (judgement != null && random.nextInt(6) == 0) {
			int grade = Integer.parseInt(judgement);
			int changed = grade <= 1 ? 2 : grade >= 4 ? 3 : grade + (random.nextBoolean() ? 1 : -1);
			audit.setModeratedJudgement(String.valueOf(changed));
			audit.setModerationReason(names.pick(changed < grade ? DemoNames.REASONS_FOR_BETTER : DemoNames.REASONS_FOR_WORSE));
			note = audit.getModerationReason();
		}
		signOff(audit, SignOffStep.MODERATION, manager, on, note);
		return on;
	}

	/** The line manager shares it on {@code sharedOn}; the worker may respond. Returns the date of the last step. */
	private LocalDate share(Assessment audit, Case aCase, LocalDate sharedOn) {
		audit.setState(AssessmentState.SHARED);
		audit.setSharedOn(sharedOn);
		signOff(audit, SignOffStep.SHARING, aCase.getLineManager(), sharedOn, null);
		LocalDate respondedOn = sharedOn.plusDays(1 + random.nextInt(14));
		if (random.nextBoolean() && !respondedOn.isAfter(today)) {
			audit.setPractitionerResponse(names.pick(DemoNames.RESPONSES));
			signOff(audit, SignOffStep.PRACTITIONER_RESPONSE, Staff.currentWorker(aCase).orElseThrow(), respondedOn, null);
			return respondedOn;
		}
		return sharedOn;
	}

	/** The first supervision held after moderation, if one has been held yet. */
	private Optional<LocalDate> nextSupervision(List<SupervisionSession> supervision, LocalDate moderatedOn) {
		return supervision.stream().filter(SupervisionSession::isHeld).map(SupervisionSession::getSessionOn)
				.filter(on -> on.isAfter(moderatedOn) && !on.isAfter(today)).findFirst();
	}

	/** Up to two actions for an audit graded Good or worse, owned by the case's worker. */
	private List<RemedialAction> actions(Assessment audit, Case aCase, String judgement, LocalDate completed) {
		List<RemedialAction> actions = new ArrayList<>();
		if (judgement == null || Integer.parseInt(judgement) < 2) {
			return actions;
		}
		List<String> texts = new ArrayList<>(DemoNames.ACTIONS); // no action twice in one audit
		for (int i = random.nextInt(3); i > 0; i--) {
			actions.add(action(audit, aCase, completed, texts.remove(random.nextInt(texts.size()))));
		}
		return actions;
	}

	/**
	 * An action due weeks after the audit: addressed (recorded by the line manager) mostly by its due date, otherwise
	 * open, and overdue once due. Its follow-up falls due three months after completion and is checked on most
	 * past ones, a little after its date.
	 */
	private RemedialAction action(Assessment audit, Case aCase, LocalDate completed, String text) {
		RemedialAction action = QA.createRemedialAction();
		action.setAssessment(audit);
		action.setAction(text);
		action.setOwner(Staff.currentWorker(aCase).orElseThrow());
		action.setDueOn(completed.plusDays(14 + random.nextInt(46)));
		LocalDate doneOn = action.getDueOn().minusDays(random.nextInt(14));
		if (!doneOn.isAfter(today) && random.nextInt(10) < (action.getDueOn().plusDays(20).isBefore(today) ? 9 : 4)) {
			action.setCompletedOn(doneOn);
			action.setHowAddressed(names.pick(DemoNames.HOW_ADDRESSED));
			action.setInitials(aCase.getLineManager().getInitials());
		}
		FollowUp followUp = QA.createFollowUp();
		followUp.setDueOn(completed.plusMonths(AuditWorkflow.FOLLOW_UP_MONTHS));
		boolean longDue = followUp.getDueOn().plusDays(45).isBefore(today);
		if (!followUp.getDueOn().isAfter(today) && random.nextInt(10) < (longDue ? 9 : 6)) {
			followUp.setCheckedOn(earliest(followUp.getDueOn().plusDays(random.nextInt(14)), today));
			followUp.setDone(action.getCompletedOn() != null);
			followUp.setOutcome(followUp.isDone() ? "Action completed; the case file now meets the standard." //$NON-NLS-1$
					: "Not yet done; raised again in supervision."); //$NON-NLS-1$
		}
		action.setFollowUp(followUp);
		summary.actions++;
		summary.overdueActions += AuditWorkflow.overdue(action, today) ? 1 : 0;
		summary.followUpsOverdue += AuditWorkflow.followUpOverdue(action, today) ? 1 : 0;
		return action;
	}

	/**
	 * When the last follow-up was recorded, or null while the audit cannot be closed: a follow-up is still open or
	 * found its action not done (the workflow's rule for closing).
	 */
	private static LocalDate lastFollowUp(List<RemedialAction> actions) {
		if (!actions.stream().allMatch(AuditWorkflow::followedUpDone)) {
			return null;
		}
		return actions.stream().map(action -> action.getFollowUp().getCheckedOn()).max(LocalDate::compareTo).orElseThrow();
	}

	/** Records the step with the user id and (first) role of who took it, at a time during that working day. */
	private void signOff(Assessment audit, SignOffStep step, StaffMember by, LocalDate on, String note) {
		SignOff signOff = QA.createSignOff();
		signOff.setStep(step);
		signOff.setBy(by.getUserId());
		signOff.setRole(by.getRoles().get(0));
		signOff.setAt(on.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(LONDON).toInstant());
		signOff.setNote(note);
		audit.getSignOffs().add(signOff);
	}

	/** The audit with its actions as one unit: an interrupted run never leaves an audit without its actions. */
	private void add(BulkInsert bulk, Assessment audit, List<RemedialAction> actions) throws InvalidRecordException {
		bulk.add(audit, actions);
		summary.audits++;
	}

	private static LocalDate currentAllocation(Case aCase) {
		return aCase.getAllocations().get(aCase.getAllocations().size() - 1).getAllocatedOn();
	}

	private static Optional<LocalDate> closure(Case aCase) {
		return aCase.getKeyDates().stream().filter(keyDate -> KeyDateKind.CLOSURE.getName().equals(keyDate.getKind())).map(KeyDate::getDate).findFirst();
	}

	private static LocalDate latest(LocalDate one, LocalDate other) {
		return one.isAfter(other) ? one : other;
	}

	private static LocalDate earliest(LocalDate one, LocalDate other) {
		return one.isBefore(other) ? one : other;
	}
}
