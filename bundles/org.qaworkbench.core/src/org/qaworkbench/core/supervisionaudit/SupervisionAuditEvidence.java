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
import java.time.Period;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.internal.SupervisionAuditMessages;
import org.qaworkbench.core.supervision.SupervisionCompliance.CaseRow;
import org.qaworkbench.core.supervision.SupervisionCompliance.SuperviseeRow;
import org.qaworkbench.core.supervision.SupervisionPolicy;
import org.qaworkbench.model.ActionReview;
import org.qaworkbench.model.AgendaItem;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.ObservationState;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionRecord;

/**
 * The evidence beside each question of the supervision audit for one file. Whether supervision is at the contracted
 * frequency, the contract in date and casework supervision within the policy's interval are the compliance report's
 * ({@code SupervisionCompliance}, measured against the installed policy): this only words them; the rest is counted
 * from the supervisee's records over the 12 months before the audit's day (the audit is annual). Each line is a
 * suggestion ({@link FileEvidence}); nothing here writes into an audit.
 */
public final class SupervisionAuditEvidence {

	private final SupervisionPolicy policy;

	public SupervisionAuditEvidence(SupervisionPolicy policy) {
		this.policy = policy;
	}

	/** The evidence for one file, by question id; only "not visible to you" for a file the auditor may not see. */
	public Map<String, FileEvidence> of(SupervisionFile file, LocalDate today) {
		Map<String, FileEvidence> evidence = new LinkedHashMap<>();
		if (file.compliance().isEmpty()) {
			for (String question : List.of(AGREEMENT, FREQUENCY, IN_CASE_NOTES, GUIDES_PRACTICE, ACTIONS_CHECKED, EVERY_OPEN_CASE, READ_AND_AGREED, REFLECTION,
					DECISIONS_ON_RECORD, MANAGEMENT_DECISIONS, PERFORMANCE, PROTECTION_PLANS)) {
				evidence.put(question, FileEvidence.fact(SupervisionAuditMessages.evidenceNotVisible));
			}
			return evidence;
		}
		SuperviseeRow row = file.compliance().get();
		LocalDate from = today.minusMonths(12);
		List<SupervisionRecord> records = file.records().stream().filter(r -> within(r.getHeldOn(), from, today))
				.sorted(Comparator.comparing(SupervisionRecord::getHeldOn)).toList();
		List<CaseworkSupervision> casework = file.casework().stream().filter(c -> within(c.getHeldOn(), from, today)).toList();
		evidence.put(AGREEMENT, agreement(file, row));
		evidence.put(FREQUENCY, frequency(row));
		evidence.put(IN_CASE_NOTES, inCaseNotes(file));
		evidence.put(GUIDES_PRACTICE, FileEvidence.fact(NLS.bind(SupervisionAuditMessages.evidenceActionsAgreed,
				count(records, SupervisionAuditEvidence::agreesActions), records.size())));
		evidence.put(ACTIONS_CHECKED, actionsChecked(records));
		evidence.put(EVERY_OPEN_CASE, everyOpenCase(file));
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
		evidence.put(PROTECTION_PLANS, protectionPlans(file));
		return evidence;
	}

	private static FileEvidence agreement(SupervisionFile file, SuperviseeRow row) {
		if (!row.contractSigned()) {
			return FileEvidence.suggesting(file.contracts().isEmpty() ? SupervisionAuditMessages.evidenceNoContract : SupervisionAuditMessages.evidenceContractUnsigned,
					false);
		}
		Optional<LocalDate> signedOn = file.contracts().stream().filter(c -> c.getId() == row.contractId()).findFirst().map(SupervisionAuditEvidence::signedOn);
		String text = signedOn.map(day -> NLS.bind(SupervisionAuditMessages.evidenceContractSigned, Formats.date(day)))
				.orElse(SupervisionAuditMessages.evidenceContractSignedUndated);
		if (row.reviewDue() != null) {
			text += NLS.bind(row.contractInDate() ? SupervisionAuditMessages.evidenceReviewDue : SupervisionAuditMessages.evidenceReviewOverdue,
					Formats.date(row.reviewDue()));
		}
		return FileEvidence.suggesting(text, row.contractInDate());
	}

	/** The day a contract was signed: when the second of the two signed it. */
	private static LocalDate signedOn(SupervisionContract contract) {
		LocalDate supervisee = contract.getSignedBySuperviseeOn();
		LocalDate supervisor = contract.getSignedBySupervisorOn();
		return supervisee == null ? supervisor : supervisor == null || supervisee.isAfter(supervisor) ? supervisee : supervisor;
	}

	private static FileEvidence frequency(SuperviseeRow row) {
		if (row.planned() == 0 && row.held() == 0) {
			return FileEvidence.suggesting(SupervisionAuditMessages.evidenceNoSessions, false);
		}
		String text = NLS.bind(SupervisionAuditMessages.evidenceSessionsAtFrequency, new Object[] { Math.min(row.held(), row.planned()), row.planned(),
				row.frequencyLabel() });
		if (row.missed() > 0) {
			text += NLS.bind(SupervisionAuditMessages.evidenceMissed, row.missed());
		}
		if (row.overdue()) {
			text += NLS.bind(SupervisionAuditMessages.evidenceOverdue, Formats.date(row.nextDue()));
		}
		return FileEvidence.suggesting(text, row.held() >= row.planned() && !row.overdue());
	}

	private static FileEvidence inCaseNotes(SupervisionFile file) {
		if (file.cases().isEmpty()) {
			return FileEvidence.notApplicable(SupervisionAuditMessages.evidenceNoOpenCases);
		}
		long recorded = file.cases().stream().filter(row -> row.lastSupervision() != null).count();
		return FileEvidence.suggesting(NLS.bind(SupervisionAuditMessages.evidenceRecordedBySupervisor, recorded, file.cases().size()),
				recorded == file.cases().size());
	}

	/** Actions brought forward into a session (the previous record's, audit and observation actions) and checked there. */
	private static FileEvidence actionsChecked(List<SupervisionRecord> records) {
		List<ActionReview> reviews = records.stream().flatMap(record -> record.getReviews().stream()).toList();
		if (reviews.isEmpty()) {
			return FileEvidence.fact(SupervisionAuditMessages.evidenceNoActionsForward);
		}
		long checked = reviews.stream().filter(review -> review.isDone() || filled(review.getComment())).count();
		return FileEvidence.suggesting(NLS.bind(SupervisionAuditMessages.evidenceActionsFollowed, checked, reviews.size()), checked == reviews.size());
	}

	private FileEvidence everyOpenCase(SupervisionFile file) {
		if (file.cases().isEmpty()) {
			return FileEvidence.notApplicable(SupervisionAuditMessages.evidenceNoOpenCases);
		}
		long inTime = file.cases().stream().filter(row -> !row.overdue()).count();
		return FileEvidence.suggesting(NLS.bind(SupervisionAuditMessages.evidenceEveryOpenCase, new Object[] { inTime, file.cases().size(),
				words(policy.caseworkInterval(null).period()), words(policy.caseworkInterval(CaseStatus.CHILD_PROTECTION).period()) }), inTime == file.cases().size());
	}

	private static FileEvidence performance(SupervisionFile file, LocalDate from, LocalDate today) {
		Optional<DirectObservation> last = file.observations().stream()
				.filter(o -> o.getState() == ObservationState.SIGNED_OFF && within(o.getObservedOn(), from, today))
				.max(Comparator.comparing(DirectObservation::getObservedOn));
		return FileEvidence.fact(last.map(o -> NLS.bind(SupervisionAuditMessages.evidenceObservation, Formats.date(o.getObservedOn())))
				.orElse(SupervisionAuditMessages.evidenceNoObservation));
	}

	private FileEvidence protectionPlans(SupervisionFile file) {
		List<CaseRow> protection = file.cases().stream().filter(row -> row.status() == CaseStatus.CHILD_PROTECTION).toList();
		if (protection.isEmpty()) {
			return FileEvidence.notApplicable(SupervisionAuditMessages.evidenceNoProtectionCases);
		}
		long inTime = protection.stream().filter(row -> !row.overdue()).count();
		return FileEvidence.suggesting(NLS.bind(SupervisionAuditMessages.evidenceProtectionPlans,
				new Object[] { inTime, protection.size(), words(policy.caseworkInterval(CaseStatus.CHILD_PROTECTION).period()) }), inTime == protection.size());
	}

	/** "3 months", "a month", "6 weeks": an interval of the policy as the evidence says it. */
	static String words(Period period) {
		if (period.getYears() == 0 && period.getMonths() > 0 && period.getDays() == 0) {
			return period.getMonths() == 1 ? SupervisionAuditMessages.aMonth : NLS.bind(SupervisionAuditMessages.months, period.getMonths());
		}
		if (period.getYears() == 0 && period.getMonths() == 0 && period.getDays() % 7 == 0) {
			return period.getDays() == 7 ? SupervisionAuditMessages.aWeek : NLS.bind(SupervisionAuditMessages.weeks, period.getDays() / 7);
		}
		return period.toString();
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
