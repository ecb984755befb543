package org.qaworkbench.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.SplittableRandom;

import org.qaworkbench.core.audits.AuditUnit;
import org.qaworkbench.core.audits.AuditWorkflow;
import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.Records.BulkInsert;
import org.qaworkbench.demo.internal.DemoService.LocalityStaff;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AuditKind;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.KeyDate;
import org.qaworkbench.model.KeyDateKind;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SubjectKind;
import org.qaworkbench.model.SupervisionSession;

/**
 * Case file audits made by {@link AuditWorkflow} itself, each step taken by the person the workflow allows: the
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
	private final Function<String, Optional<StaffMember>> staff;

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
		this.staff = service::staffByUserId;
	}

	/**
	 * An audit of the case some time in the last year while it was allocated and open, with the actions it raised;
	 * {@code supervision} holds the current worker's sessions with their line manager, where the outcome is shared;
	 * {@code casework} the case's casework supervision records, the most recent of which the header gives. Each step
	 * after the draft is taken through {@link AuditWorkflow} by the person who would take it, on its day, in the
	 * order of the days: the workflow refuses what it would refuse anyone.
	 */
	void audit(BulkInsert bulk, Case aCase, LocalityStaff locality, int quality, List<SupervisionSession> supervision, List<CaseworkSupervision> casework)
			throws SaveRefusedException {
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
			add(bulk, new AuditUnit(audit, List.of(), aCase, staff, definition));
			return;
		}
		audit.setJudgement(judgement);
		audit.setComments(names.pick(DemoNames.COMMENTS));
		List<RemedialAction> actions = actions(audit, aCase, judgement, completed);
		AuditUnit unit = new AuditUnit(audit, actions, aCase, staff, definition);
		Steps steps = new Steps(unit);
		steps.on(completed, auditor, workflow -> workflow.complete(unit.audit(), as(auditor)));
		LocalDate followedUp = actions.isEmpty() ? completed.plusMonths(AuditWorkflow.FOLLOW_UP_MONTHS) : followUps(steps, aCase, auditor, completed, actions.size());
		LocalDate moderatedOn = age < 20 ? null : moderate(steps, judgement, completed.plusDays(1 + random.nextInt(7)));
		Optional<LocalDate> sharedOn = age < 40 ? Optional.empty() : nextSupervision(supervision, moderatedOn);
		if (sharedOn.isPresent()) {
			LocalDate lastStep = share(steps, aCase, sharedOn.get());
			if (followedUp != null) {
				LocalDate closedOn = latest(lastStep, followedUp).plusDays(1 + random.nextInt(14));
				if (!closedOn.isAfter(today)) {
					steps.on(closedOn, auditor, workflow -> workflow.close(unit.audit(), as(auditor)));
				}
			}
		}
		steps.take();
		for (RemedialAction action : unit.actions()) {
			summary.overdueActions += AuditWorkflow.overdue(action, today) ? 1 : 0;
			summary.followUpsOverdue += AuditWorkflow.followUpOverdue(action, today) ? 1 : 0;
		}
		add(bulk, unit);
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
	private LocalDate moderate(Steps steps, String judgement, LocalDate on) {
		String grade = null;
		String reason = null;
		if (judgement != null && random.nextInt(6) == 0) {
			int given = Integer.parseInt(judgement);
			int changed = given <= 1 ? 2 : given >= 4 ? 3 : given + (random.nextBoolean() ? 1 : -1);
			grade = String.valueOf(changed);
			reason = names.pick(changed < given ? DemoNames.REASONS_FOR_BETTER : DemoNames.REASONS_FOR_WORSE);
		}
		String moderatedGrade = grade;
		String moderationReason = reason;
		steps.on(on, manager, workflow -> workflow.moderate(steps.unit.audit(), moderatedGrade, moderationReason, as(manager)));
		return on;
	}

	/** The line manager shares it on {@code sharedOn}; the worker may respond. Returns the date of the last step. */
	private LocalDate share(Steps steps, Case aCase, LocalDate sharedOn) {
		StaffMember lineManager = aCase.getLineManager();
		steps.on(sharedOn, lineManager, workflow -> workflow.share(steps.unit.audit(), sharedOn, as(lineManager)));
		LocalDate respondedOn = sharedOn.plusDays(1 + random.nextInt(14));
		if (random.nextBoolean() && !respondedOn.isAfter(today)) {
			StaffMember worker = Staff.currentWorker(aCase).orElseThrow();
			String response = names.pick(DemoNames.RESPONSES);
			steps.on(respondedOn, worker, workflow -> workflow.respond(steps.unit.audit(), response, as(worker)));
			return respondedOn;
		}
		return sharedOn;
	}

	/** The first supervision held after moderation, if one has been held yet. */
	private Optional<LocalDate> nextSupervision(List<SupervisionSession> supervision, LocalDate moderatedOn) {
		return supervision.stream().filter(SupervisionSession::isHeld).map(SupervisionSession::getSessionOn)
				.filter(on -> on.isAfter(moderatedOn) && !on.isAfter(today)).findFirst();
	}

	/** Up to two actions for an audit graded Good or worse, owned by the case's worker, due weeks after the audit. */
	private List<RemedialAction> actions(Assessment audit, Case aCase, String judgement, LocalDate completed) {
		List<RemedialAction> actions = new ArrayList<>();
		if (judgement == null || Integer.parseInt(judgement) < 2) {
			return actions;
		}
		List<String> texts = new ArrayList<>(DemoNames.ACTIONS); // no action twice in one audit
		for (int i = random.nextInt(3); i > 0; i--) {
			RemedialAction action = QA.createRemedialAction();
			action.setAssessment(audit);
			action.setAction(texts.remove(random.nextInt(texts.size())));
			action.setOwner(Staff.currentWorker(aCase).orElseThrow());
			action.setDueOn(completed.plusDays(14 + random.nextInt(46)));
			actions.add(action);
			summary.actions++;
		}
		return actions;
	}

	/**
	 * Each action is addressed (recorded by the line manager) mostly by its due date, otherwise left open, and
	 * overdue once due; its follow-up, due three months after completion, is recorded by the auditor on most past
	 * ones, a little after its date. Returns when the last follow-up was recorded, or null while the audit cannot be
	 * closed: a follow-up is still open or found its action not done (the workflow's rule for closing).
	 */
	private LocalDate followUps(Steps steps, Case aCase, StaffMember auditor, LocalDate completed, int count) {
		StaffMember lineManager = aCase.getLineManager();
		LocalDate lastFollowUp = completed;
		boolean allDone = true;
		for (int i = 0; i < count; i++) {
			int index = i;
			LocalDate dueOn = steps.unit.actions().get(i).getDueOn();
			LocalDate doneOn = dueOn.minusDays(random.nextInt(14));
			boolean addressed = !doneOn.isAfter(today) && random.nextInt(10) < (dueOn.plusDays(20).isBefore(today) ? 9 : 4);
			if (addressed) {
				String how = names.pick(DemoNames.HOW_ADDRESSED);
				steps.on(doneOn, lineManager, workflow -> workflow.recordAddressed(steps.unit.actions().get(index), how, doneOn, null, as(lineManager)));
			}
			LocalDate followUpDue = completed.plusMonths(AuditWorkflow.FOLLOW_UP_MONTHS);
			boolean longDue = followUpDue.plusDays(45).isBefore(today);
			if (!followUpDue.isAfter(today) && random.nextInt(10) < (longDue ? 9 : 6)) {
				LocalDate checkedOn = earliest(followUpDue.plusDays(random.nextInt(14)), today);
				String outcome = addressed ? "Action completed; the case file now meets the standard." //$NON-NLS-1$
						: "Not yet done; raised again in supervision."; //$NON-NLS-1$
				steps.on(checkedOn, auditor, workflow -> workflow.recordFollowUp(steps.unit.actions().get(index), addressed, outcome, as(auditor)));
				lastFollowUp = latest(lastFollowUp, checkedOn);
				allDone &= addressed;
			} else {
				allDone = false;
			}
		}
		return allDone ? lastFollowUp : null;
	}

	private static Actor as(StaffMember staff) {
		return new Actor(staff.getUserId());
	}

	/**
	 * The steps of one audit, taken in the order of their days (in the order planned on one day), each with the
	 * workflow's clock at a time during that working day.
	 */
	private final class Steps {

		private final AuditUnit unit;
		private final List<Planned> planned = new ArrayList<>();

		private record Planned(LocalDate on, StaffMember by, Step step) {
		}

		Steps(AuditUnit unit) {
			this.unit = unit;
		}

		void on(LocalDate on, StaffMember by, Step step) {
			planned.add(new Planned(on, by, step));
		}

		void take() throws SaveRefusedException {
			planned.sort(Comparator.comparing(Planned::on)); // stable: same-day steps keep their order
			for (Planned step : planned) {
				Clock clock = Clock.fixed(step.on().atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(LONDON).toInstant(), LONDON);
				step.step().take(new AuditWorkflow(unit, clock));
			}
		}
	}

	/** One step of the workflow. */
	private interface Step {
		void take(AuditWorkflow workflow) throws SaveRefusedException;
	}

	/** The audit with its actions as one unit: an interrupted run never leaves an audit without its actions. */
	private void add(BulkInsert bulk, AuditUnit unit) throws InvalidRecordException {
		unit.addTo(bulk);
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
