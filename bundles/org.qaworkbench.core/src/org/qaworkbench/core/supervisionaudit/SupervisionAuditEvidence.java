package org.qaworkbench.core.supervisionaudit;

import static org.qaworkbench.core.supervisionaudit.SupervisionAuditQuestions.ACTIONS_CHECKED;
import static org.qaworkbench.core.supervisionaudit.SupervisionAuditQuestions.AGREEMENT;
import static org.qaworkbench.core.supervisionaudit.SupervisionAuditQuestions.DECISIONS_ON_RECORD;
import static org.qaworkbench.core.supervisionaudit.SupervisionAuditQuestions.EVERY_OPEN_CASE;
import static org.qaworkbench.core.supervisionaudit.SupervisionAuditQuestions.FREQUENCY;
import static org.qaworkbench.core.supervisionaudit.SupervisionAuditQuestions.GUIDES_PRACTICE;
import static org.qaworkbench.core.supervisionaudit.SupervisionAuditQuestions.IN_CASE_NOTES;
import static org.qaworkbench.core.supervisionaudit.SupervisionAuditQuestions.MANAGEMENT_DECISIONS;
import static org.qaworkbench.core.supervisionaudit.SupervisionAuditQuestions.PERFORMANCE;
import static org.qaworkbench.core.supervisionaudit.SupervisionAuditQuestions.PROTECTION_PLANS;
import static org.qaworkbench.core.supervisionaudit.SupervisionAuditQuestions.READ_AND_AGREED;
import static org.qaworkbench.core.supervisionaudit.SupervisionAuditQuestions.REFLECTION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.internal.SupervisionAuditMessages;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.AgendaItem;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.ObservationState;
import org.qaworkbench.model.QaPackage.Literals;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.SupervisionSession;

/**
 * The evidence beside each question of the supervision audit for each file, computed from the records: the
 * contract, the sessions against the contracted frequency, the records of supervision, casework supervision on the
 * supervisee's open cases. Each is a suggestion ({@link FileEvidence}); this class only reads, and nothing it
 * returns is ever written into an audit. The period looked at is the 12 months up to the audit's day.
 */
public final class SupervisionAuditEvidence {

	private final SupervisionRules rules;

	public SupervisionAuditEvidence(SupervisionRules rules) {
		this.rules = rules;
	}

	/** The evidence for each file of a sample, by supervisee id then question id, read from the store. */
	public Map<Long, Map<String, FileEvidence>> forFiles(Store store, List<StaffMember> files, LocalDate today) {
		Map<Long, Map<String, FileEvidence>> evidence = new LinkedHashMap<>();
		if (files.isEmpty()) {
			return evidence;
		}
		Map<Long, List<Case>> openCases = new HashMap<>();
		store.records().forEach(Case.class, aCase -> {
			if (aCase.getStatus() != CaseStatus.CLOSED) {
				Staff.currentWorker(aCase).ifPresent(worker -> openCases.computeIfAbsent(worker.getId(), id -> new ArrayList<>()).add(aCase));
			}
		});
		for (StaffMember supervisee : files) {
			SupervisionFile file = new SupervisionFile(supervisee,
					store.records().where(SupervisionContract.class, Literals.SUPERVISION_CONTRACT__SUPERVISEE, supervisee),
					store.records().where(SupervisionSession.class, Literals.SUPERVISION_SESSION__SUPERVISEE, supervisee),
					store.records().where(SupervisionRecord.class, Literals.SUPERVISION_RECORD__SUPERVISEE, supervisee),
					openCases.getOrDefault(supervisee.getId(), List.of()),
					store.records().where(CaseworkSupervision.class, Literals.CASEWORK_SUPERVISION__WORKER, supervisee),
					store.records().where(DirectObservation.class, Literals.DIRECT_OBSERVATION__PRACTITIONER, supervisee));
			evidence.put(supervisee.getId(), of(file, today));
		}
		return evidence;
	}

	/** The evidence for one file, by question id. */
	public Map<String, FileEvidence> of(SupervisionFile file, LocalDate today) {
		LocalDate from = today.minusMonths(12);
		Map<String, FileEvidence> evidence = new LinkedHashMap<>();
		evidence.put(AGREEMENT, agreement(file, today));
		evidence.put(FREQUENCY, frequency(file, from, today));
		List<SupervisionRecord> records = file.records().stream().filter(r -> within(r.getHeldOn(), from, today))
				.sorted(Comparator.comparing(SupervisionRecord::getHeldOn)).toList();
		List<CaseworkSupervision> casework = file.casework().stream().filter(c -> within(c.getHeldOn(), from, today)).toList();
		evidence.put(IN_CASE_NOTES, inCaseNotes(file, casework));
		evidence.put(GUIDES_PRACTICE, FileEvidence.fact(NLS.bind(SupervisionAuditMessages.evidenceActionsAgreed,
				count(records, SupervisionAuditEvidence::agreesActions), records.size())));
		evidence.put(ACTIONS_CHECKED, actionsChecked(records));
		evidence.put(EVERY_OPEN_CASE, everyOpenCase(file, today));
		long signed = records.stream().filter(r -> r.getSignedBySupervisorOn() != null && r.getSignedBySuperviseeOn() != null).count();
		evidence.put(READ_AND_AGREED, records.isEmpty() ? FileEvidence.suggesting(SupervisionAuditMessages.evidenceNoRecords, false)
				: FileEvidence.suggesting(NLS.bind(SupervisionAuditMessages.evidenceSignedByBoth, signed, records.size()), signed == records.size()));
		evidence.put(REFLECTION, FileEvidence.fact(NLS.bind(SupervisionAuditMessages.evidenceRiskAnalysed,
				count(casework, c -> filled(c.getRiskAnalysis())), casework.size())));
		evidence.put(DECISIONS_ON_RECORD, FileEvidence.fact(NLS.bind(SupervisionAuditMessages.evidenceAgreedActionsOnCase,
				count(casework, c -> filled(c.getAgreedActions())), casework.size())));
		evidence.put(MANAGEMENT_DECISIONS, FileEvidence.fact(NLS.bind(SupervisionAuditMessages.evidenceDecisions,
				count(records, r -> r.getAgendaItems().stream().anyMatch(item -> filled(item.getDecision()))), records.size())));
		evidence.put(PERFORMANCE, performance(file, from, today));
		evidence.put(PROTECTION_PLANS, protectionPlans(file, today));
		return evidence;
	}

	private static FileEvidence agreement(SupervisionFile file, LocalDate today) {
		Optional<SupervisionContract> contract = file.contracts().stream().filter(c -> c.getSignedBySuperviseeOn() != null || c.getSignedBySupervisorOn() != null)
				.max(Comparator.comparing(SupervisionAuditEvidence::signedOn));
		if (contract.isEmpty()) {
			return FileEvidence.suggesting(file.contracts().isEmpty() ? SupervisionAuditMessages.evidenceNoContract : SupervisionAuditMessages.evidenceContractUnsigned,
					false);
		}
		SupervisionContract signed = contract.get();
		if (signed.getSignedBySuperviseeOn() == null || signed.getSignedBySupervisorOn() == null) {
			return FileEvidence.suggesting(NLS.bind(SupervisionAuditMessages.evidenceContractSignedByOne, Formats.date(signedOn(signed)),
					signed.getSignedBySupervisorOn() == null ? SupervisionAuditMessages.theSupervisor : SupervisionAuditMessages.theSupervisee), false);
		}
		String text = NLS.bind(SupervisionAuditMessages.evidenceContractSigned, Formats.date(signedOn(signed)));
		if (signed.getReviewOn() != null) {
			text += NLS.bind(signed.getReviewOn().isBefore(today) ? SupervisionAuditMessages.evidenceReviewOverdue : SupervisionAuditMessages.evidenceReviewDue,
					Formats.date(signed.getReviewOn()));
		}
		return FileEvidence.suggesting(text, true);
	}

	/** The day a contract was signed: when the second of the two signed it. */
	private static LocalDate signedOn(SupervisionContract contract) {
		LocalDate supervisee = contract.getSignedBySuperviseeOn();
		LocalDate supervisor = contract.getSignedBySupervisorOn();
		return supervisee == null ? supervisor : supervisor == null || supervisee.isAfter(supervisor) ? supervisee : supervisor;
	}

	private FileEvidence frequency(SupervisionFile file, LocalDate from, LocalDate today) {
		// The newest contract signed: the one in force (a new contract supersedes the old).
		Optional<SupervisionContract> contract = file.contracts().stream().max(Comparator.comparing(c -> Optional.ofNullable(signedOn(c)).orElse(LocalDate.MIN)));
		List<SupervisionSession> sessions = file.sessions().stream().filter(s -> within(s.getSessionOn(), from, today))
				.sorted(Comparator.comparing(SupervisionSession::getSessionOn)).toList();
		if (sessions.isEmpty()) {
			return FileEvidence.suggesting(SupervisionAuditMessages.evidenceNoSessions, false);
		}
		Optional<SupervisionRules.Interval> interval = contract.flatMap(rules::interval);
		long missed = sessions.stream().filter(s -> !s.isHeld()).count();
		if (interval.isEmpty()) {
			return FileEvidence.fact(NLS.bind(SupervisionAuditMessages.evidenceSessionsNoFrequency, sessions.size() - missed, sessions.size()));
		}
		// A held session is at the frequency when it came within the interval of the session held before it.
		LocalDate previous = file.sessions().stream().filter(s -> s.isHeld() && s.getSessionOn() != null && s.getSessionOn().isBefore(from))
				.map(SupervisionSession::getSessionOn).max(LocalDate::compareTo).orElse(null);
		int atFrequency = 0;
		for (SupervisionSession session : sessions) {
			if (session.isHeld()) {
				if (previous == null || !session.getSessionOn().isAfter(interval.get().after(previous))) {
					atFrequency++;
				}
				previous = session.getSessionOn();
			}
		}
		String text = NLS.bind(SupervisionAuditMessages.evidenceSessionsAtFrequency, new Object[] { atFrequency, sessions.size(), interval.get().label() });
		if (missed > 0) {
			text += NLS.bind(SupervisionAuditMessages.evidenceMissed, missed);
		}
		return FileEvidence.suggesting(text, atFrequency == sessions.size());
	}

	private static FileEvidence inCaseNotes(SupervisionFile file, List<CaseworkSupervision> casework) {
		if (file.openCases().isEmpty()) {
			return FileEvidence.notApplicable(SupervisionAuditMessages.evidenceNoOpenCases);
		}
		StaffMember manager = file.supervisee().getLineManager();
		long recorded = file.openCases().stream().filter(aCase -> casework.stream()
				.anyMatch(c -> aCase.getCaseNumber().equals(c.getCaseNumber()) && (manager == null || Staff.same(manager, c.getSupervisor())))).count();
		return FileEvidence.suggesting(NLS.bind(SupervisionAuditMessages.evidenceRecordedBySupervisor, recorded, file.openCases().size()),
				recorded == file.openCases().size());
	}

	private static FileEvidence actionsChecked(List<SupervisionRecord> records) {
		List<SupervisionRecord> withActions = records.stream().filter(SupervisionAuditEvidence::agreesActions).toList();
		long followed = withActions.stream().filter(r -> records.stream().anyMatch(later -> later.getHeldOn().isAfter(r.getHeldOn()))).count();
		return FileEvidence.fact(NLS.bind(SupervisionAuditMessages.evidenceActionsFollowed, followed, withActions.size()));
	}

	private FileEvidence everyOpenCase(SupervisionFile file, LocalDate today) {
		if (file.openCases().isEmpty()) {
			return FileEvidence.notApplicable(SupervisionAuditMessages.evidenceNoOpenCases);
		}
		long inTime = file.openCases().stream().filter(aCase -> supervisedInTime(file, aCase, today)).count();
		return FileEvidence.suggesting(NLS.bind(SupervisionAuditMessages.evidenceEveryOpenCase, new Object[] { inTime, file.openCases().size(),
				rules.caseworkLabel(CaseStatus.STRENGTHENING_FAMILIES), rules.caseworkLabel(CaseStatus.CHILD_PROTECTION) }), inTime == file.openCases().size());
	}

	private boolean supervisedInTime(SupervisionFile file, Case aCase, LocalDate today) {
		LocalDate since = rules.caseworkDueSince(aCase.getStatus(), today);
		return file.casework().stream().anyMatch(c -> aCase.getCaseNumber().equals(c.getCaseNumber()) && c.getHeldOn() != null && !c.getHeldOn().isBefore(since)
				&& !c.getHeldOn().isAfter(today));
	}

	private static FileEvidence performance(SupervisionFile file, LocalDate from, LocalDate today) {
		Optional<DirectObservation> last = file.observations().stream()
				.filter(o -> o.getState() == ObservationState.SIGNED_OFF && within(o.getObservedOn(), from, today))
				.max(Comparator.comparing(DirectObservation::getObservedOn));
		return FileEvidence.fact(last.map(o -> NLS.bind(SupervisionAuditMessages.evidenceObservation, Formats.date(o.getObservedOn())))
				.orElse(SupervisionAuditMessages.evidenceNoObservation));
	}

	private FileEvidence protectionPlans(SupervisionFile file, LocalDate today) {
		List<Case> protection = file.openCases().stream().filter(aCase -> aCase.getStatus() == CaseStatus.CHILD_PROTECTION).toList();
		if (protection.isEmpty()) {
			return FileEvidence.notApplicable(SupervisionAuditMessages.evidenceNoProtectionCases);
		}
		long inTime = protection.stream().filter(aCase -> supervisedInTime(file, aCase, today)).count();
		return FileEvidence.suggesting(NLS.bind(SupervisionAuditMessages.evidenceProtectionPlans,
				new Object[] { inTime, protection.size(), rules.caseworkLabel(CaseStatus.CHILD_PROTECTION) }), inTime == protection.size());
	}

	private static boolean agreesActions(SupervisionRecord record) {
		return record.getAgendaItems().stream().map(AgendaItem::getActions).anyMatch(SupervisionAuditEvidence::filled);
	}

	private static <T> long count(List<T> items, Predicate<T> test) {
		return items.stream().filter(test).count();
	}

	private static boolean filled(String text) {
		return text != null && !text.isBlank();
	}

	private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
		return day != null && !day.isBefore(from) && !day.isAfter(to);
	}
}
