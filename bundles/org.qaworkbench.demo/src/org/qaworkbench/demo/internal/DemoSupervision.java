package org.qaworkbench.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.store.Records.BulkInsert;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.supervision.CarryForward;
import org.qaworkbench.core.supervision.Interval;
import org.qaworkbench.core.supervision.SupervisionAccess;
import org.qaworkbench.core.supervision.SupervisionForm;
import org.qaworkbench.core.supervision.SupervisionForms;
import org.qaworkbench.core.supervision.SupervisionPolicy;
import org.qaworkbench.core.supervision.SupervisionWorkflow;
import org.qaworkbench.model.ActionReview;
import org.qaworkbench.model.AgendaItem;
import org.qaworkbench.model.AgreedAction;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.KeyDate;
import org.qaworkbench.model.KeyDateKind;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.SupervisionSession;

/**
 * A year of supervision made step by step through {@link SupervisionWorkflow} on the days it happened, so every record
 * is one the application could have made: a contract for each practitioner at the policy's interval for them, signed
 * by both (some falling due for review now), a record of each session held (its agenda, the actions carried forward
 * from the last, signed by both within a few days) with its line in the sessions log, the missed sessions with why,
 * and casework supervision of open cases at the policy's interval for their status (some left overdue).
 */
final class DemoSupervision {

	private static final String TIME = "10:00"; //$NON-NLS-1$

	private final SupervisionForm contractForm;
	private final String contractHash;
	private final SupervisionForm recordForm;
	private final String recordHash;
	private final SupervisionForm caseworkForm;
	private final String caseworkHash;
	private final SupervisionPolicy policy;
	private final LocalDate today;
	private final SplittableRandom random;
	private final ZoneId zone = ZoneId.systemDefault();
	private int records;

	private DemoSupervision(Store store, Actor actor, SupervisionForm contract, SupervisionForm record, SupervisionForm casework, SupervisionPolicy policy,
			LocalDate today, SplittableRandom random) {
		this.contractForm = contract;
		this.contractHash = store.definitions().store(contract.definition(), actor);
		this.recordForm = record;
		this.recordHash = store.definitions().store(record.definition(), actor);
		this.caseworkForm = casework;
		this.caseworkHash = store.definitions().store(casework.definition(), actor);
		this.policy = policy;
		this.today = today;
		this.random = random;
	}

	/** Supervision after the forms and policy the service ships; none when they are not installed (the demo still runs). */
	static DemoSupervision of(Store store, Actor actor, LocalDate today, SplittableRandom random) {
		Optional<SupervisionForm> contract = SupervisionForms.newest(SupervisionForms.CONTRACT);
		Optional<SupervisionForm> record = SupervisionForms.newest(SupervisionForms.RECORD);
		Optional<SupervisionForm> casework = SupervisionForms.newest(SupervisionForms.CASEWORK);
		Optional<SupervisionPolicy> policy = SupervisionForms.policy();
		if (contract.isEmpty() || record.isEmpty() || casework.isEmpty() || policy.isEmpty()) {
			return null;
		}
		return new DemoSupervision(store, actor, contract.get(), record.get(), casework.get(), policy.get(), today, random);
	}

	int records() {
		return records;
	}

	/**
	 * The sessions of the year before today at the interval the policy gives the practitioner, one in ten missed: planned
	 * before their cases, because audits are shared in them. Only dates and whether each was held: {@link #supervise}
	 * makes the records.
	 */
	List<SupervisionSession> schedule(StaffMember practitioner) {
		Interval interval = policy.defaultFrequency(practitioner);
		List<SupervisionSession> sessions = new ArrayList<>();
		for (LocalDate on = interval.after(today.minusDays(365)); on.isBefore(today); on = interval.after(on)) {
			SupervisionSession session = QaFactory.eINSTANCE.createSupervisionSession();
			session.setSupervisee(practitioner);
			session.setSessionOn(on);
			session.setHeld(random.nextInt(10) > 0);
			sessions.add(session);
		}
		return sessions;
	}

	/**
	 * The practitioner's contract with their line manager, signed 7 to 14 months ago (so some are due for review), then
	 * each scheduled session: a record signed by both, or a missed session with its reason.
	 */
	void supervise(BulkInsert bulk, StaffMember practitioner, List<StaffMember> line, List<SupervisionSession> schedule) throws InvalidRecordException {
		StaffMember supervisor = practitioner.getLineManager();
		SupervisionAccess access = new SupervisionAccess(line);
		try {
			LocalDate signed = today.minusDays(210 + random.nextInt(220));
			SupervisionContract contract = workflow(access, signed).newContract(supervisor, practitioner, contractForm, contractHash);
			contract.setPreparation("Both bring the agenda items and the actions from the last record."); //$NON-NLS-1$
			contract.setStorage("Supervision folder on SharePoint (CPFS Staff Reporting - Staff One to One)."); //$NON-NLS-1$
			if (policy.needsReasons(Interval.parse(contract.getFrequencyPeriod()))) {
				contract.setReasonsLessFrequent("Part-time hours."); //$NON-NLS-1$
			}
			contract = workflow(access, signed).sign(contract, practitioner);
			bulk.add(workflow(access, signed.plusDays(random.nextInt(4))).sign(contract, supervisor));

			Interval interval = policy.defaultFrequency(practitioner);
			SupervisionRecord previous = null;
			for (SupervisionSession planned : schedule) {
				LocalDate on = planned.getSessionOn();
				if (!planned.isHeld()) {
					bulk.add(workflow(access, on).missed(supervisor, practitioner, on, pick(DemoNames.MISSED), on.plusDays(7)));
					continue;
				}
				SupervisionRecord record = record(access, supervisor, practitioner, on, interval, Optional.ofNullable(previous));
				LocalDate superviseeSigns = on.plusDays(random.nextInt(5));
				if (superviseeSigns.isAfter(today)) {
					bulk.add(record);
				} else {
					record = workflow(access, superviseeSigns).sign(record, practitioner);
					bulk.add(record, List.of(workflow(access, superviseeSigns).heldSession(record)));
				}
				previous = record;
				records++;
			}
		} catch (NotPermittedException e) {
			throw new IllegalStateException("demo supervision refused: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/** A record of the session on {@code on}: the agenda discussed, an action or two, the carried-forward actions reviewed; signed by the supervisor. */
	private SupervisionRecord record(SupervisionAccess access, StaffMember supervisor, StaffMember practitioner, LocalDate on, Interval interval,
			Optional<SupervisionRecord> previous) throws NotPermittedException, InvalidRecordException {
		SupervisionWorkflow workflow = workflow(access, on);
		SupervisionRecord record = workflow.newRecord(supervisor, practitioner, on, recordForm, recordHash, CarryForward.of(previous, List.of()));
		for (AgendaItem item : record.getAgendaItems()) {
			item.setDiscussion(pick(DemoNames.COMMENTS));
			if (random.nextInt(3) == 0) {
				item.setDecision("Agreed in supervision."); //$NON-NLS-1$
				item.setActions(pick(DemoNames.ACTIONS));
				item.setByWhom(practitioner.getInitials());
				item.setTimescale("Before the next supervision"); //$NON-NLS-1$
			}
		}
		for (ActionReview review : record.getReviews()) {
			review.setDone(random.nextInt(4) > 0);
			review.setComment(review.isDone() ? "Done." : "Not yet: carried forward."); //$NON-NLS-1$ //$NON-NLS-2$
		}
		record.setNextOn(interval.after(on));
		record.setNextTime(TIME);
		return workflow.sign(record, supervisor);
	}

	/**
	 * Casework supervision of a case while it is open, at the policy's interval for its status, by the case's line
	 * manager: none on one open case in ten, and one in six left without its latest (overdue now). Made before the
	 * case's audit, whose header gives the date of the most recent one.
	 */
	List<CaseworkSupervision> casework(Case aCase, StaffMember worker, List<StaffMember> line) {
		List<CaseworkSupervision> casework = new ArrayList<>();
		LocalDate allocated = aCase.getAllocations().get(aCase.getAllocations().size() - 1).getAllocatedOn();
		LocalDate end = aCase.getKeyDates().stream().filter(keyDate -> KeyDateKind.CLOSURE.getName().equals(keyDate.getKind())).map(KeyDate::getDate).findFirst()
				.orElse(today);
		boolean open = end.equals(today);
		int kind = random.nextInt(60);
		if (open && kind < 6) {
			return casework;
		}
		if (open && kind < 16) {
			end = end.minusDays(100);
		}
		Interval interval = policy.caseworkInterval(aCase.getStatus());
		SupervisionAccess access = new SupervisionAccess(line);
		Optional<CaseworkSupervision> previous = Optional.empty();
		try {
			for (LocalDate on = interval.after(allocated).minusDays(random.nextInt(10)); on.isBefore(end); on = interval.after(on).minusDays(random.nextInt(10))) {
				SupervisionWorkflow workflow = workflow(access, on);
				CaseworkSupervision supervision = workflow.newCasework(aCase, worker.getLineManager(), on, previous, caseworkForm, caseworkHash);
				if (supervision.getPurposeOfInvolvement() == null) {
					supervision.setPurposeOfInvolvement("Support the family to improve school attendance and routines."); //$NON-NLS-1$
				}
				supervision.setChildLastSeenOn(on.minusDays(random.nextInt(20)));
				supervision.setWhatHasHappened(pick(DemoNames.COMMENTS));
				supervision.setSupportPlanUpToDate(random.nextInt(5) > 0);
				supervision.setSmartPlan("Plan reviewed at the last support meeting."); //$NON-NLS-1$
				supervision.setRiskAnalysis("Risks known and managed through the plan."); //$NON-NLS-1$
				supervision.setAgreedActions(pick(DemoNames.ACTIONS));
				AgreedAction action = QaFactory.eINSTANCE.createAgreedAction();
				action.setAction(supervision.getAgreedActions());
				action.setByWhom(worker.getInitials());
				action.setDueOn(on.plusDays(28));
				supervision.getActions().add(action);
				supervision = workflow.sign(supervision, worker.getLineManager());
				casework.add(supervision);
				previous = Optional.of(supervision);
			}
		} catch (NotPermittedException | InvalidRecordException e) {
			throw new IllegalStateException("demo casework supervision refused: " + e.getMessage(), e); //$NON-NLS-1$
		}
		return casework;
	}

	private String pick(List<String> texts) {
		return texts.get(random.nextInt(texts.size()));
	}

	private SupervisionWorkflow workflow(SupervisionAccess access, LocalDate on) {
		return new SupervisionWorkflow(Clock.fixed(on.atTime(11, 0).atZone(zone).toInstant(), zone), access, policy);
	}
}
