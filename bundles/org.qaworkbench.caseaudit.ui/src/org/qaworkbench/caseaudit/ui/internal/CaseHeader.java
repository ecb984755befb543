package org.qaworkbench.caseaudit.ui.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.store.Records;
import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.KeyDate;
import org.qaworkbench.model.KeyDateKind;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.QaPackage.Literals;
import org.qaworkbench.model.StaffMember;

/**
 * The case audit tool's header (its "details" section) as the case record has it: locality, workers and dates,
 * line manager, auditors, status, child, most recent assessment, support plan and supervision. Only empty answers
 * are filled, so whatever the auditor corrected stays; they remain answers the auditor can change.
 */
final class CaseHeader {

	private final Records records;

	CaseHeader(Records records) {
		this.records = records;
	}

	/** Fills the header questions the audit has not answered yet; returns how many it filled. */
	int prefill(Assessment audit, Case aCase, LocalDate auditDate) {
		int filled = 0;
		for (Map.Entry<String, String> value : values(audit, aCase, auditDate).entrySet()) {
			if (value.getValue() != null && !value.getValue().isBlank() && audit.getAnswers().stream().noneMatch(answer -> answer.getItemId().equals(value.getKey()))) {
				Answer answer = QaFactory.eINSTANCE.createAnswer();
				answer.setItemId(value.getKey());
				answer.setValue(value.getValue());
				audit.getAnswers().add(answer);
				filled++;
			}
		}
		return filled;
	}

	/** Item id to answer (dates as stored: ISO), in the order of the form. */
	Map<String, String> values(Assessment audit, Case aCase, LocalDate auditDate) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("details-locality", aCase.getLocality() == null ? null : records.resolve(aCase.getLocality()).map(l -> l.getName()).orElse(null)); //$NON-NLS-1$
		values.put("details-audit-date", iso(auditDate)); //$NON-NLS-1$
		Optional<Allocation> current = aCase.getAllocations().stream().filter(a -> a.getClosedOn() == null).reduce((first, second) -> second);
		values.put("details-current-worker", current.map(a -> name(a.getWorker())).orElse(null)); //$NON-NLS-1$
		values.put("details-current-allocated", current.map(a -> iso(a.getAllocatedOn())).orElse(null)); //$NON-NLS-1$
		values.put("details-llcs", aCase.getCaseNumber()); //$NON-NLS-1$
		Optional<Allocation> previous = Staff.previousAllocation(aCase);
		values.put("details-previous-worker", previous.map(a -> name(a.getWorker())).orElse(null)); //$NON-NLS-1$
		values.put("details-previous-allocated", previous.map(a -> iso(a.getAllocatedOn())).orElse(null)); //$NON-NLS-1$
		values.put("details-previous-closed", previous.map(a -> iso(a.getClosedOn())).orElse(null)); //$NON-NLS-1$
		values.put("details-line-manager", name(aCase.getLineManager())); //$NON-NLS-1$
		values.put("details-auditors", audit.getAssessors().stream().map(this::name).collect(Collectors.joining(", "))); //$NON-NLS-1$ //$NON-NLS-2$
		values.put("details-status", status(aCase)); //$NON-NLS-1$
		values.put("details-child", aCase.getChild() == null ? null : aCase.getChild().getName()); //$NON-NLS-1$
		values.put("details-family", aCase.getFamilyNames()); //$NON-NLS-1$
		values.put("details-dob", aCase.getChild() == null ? null : iso(aCase.getChild().getDateOfBirth())); //$NON-NLS-1$
		Optional<KeyDate> assessment = latest(aCase, KeyDateKind.ASSESSMENT);
		values.put("details-assessment-type", assessment.map(KeyDate::getDetail).orElse(null)); //$NON-NLS-1$
		values.put("details-assessment-date", assessment.map(k -> iso(k.getDate())).orElse(null)); //$NON-NLS-1$
		Optional<KeyDate> plan = latest(aCase, KeyDateKind.SUPPORT_PLAN);
		values.put("details-plan-type", plan.map(KeyDate::getDetail).orElse(null)); //$NON-NLS-1$
		values.put("details-plan-date", plan.map(k -> iso(k.getDate())).orElse(null)); //$NON-NLS-1$
		values.put("details-supervision-date", iso(lastSupervision(aCase))); //$NON-NLS-1$
		return values;
	}

	/** The newest casework supervision of the case on record, or its newest supervision key date. */
	private LocalDate lastSupervision(Case aCase) {
		Optional<LocalDate> recorded = records.where(CaseworkSupervision.class, Literals.CASEWORK_SUPERVISION__CASE_NUMBER, aCase.getCaseNumber()).stream()
				.map(CaseworkSupervision::getHeldOn).filter(d -> d != null).max(Comparator.naturalOrder());
		return recorded.orElse(latest(aCase, KeyDateKind.SUPERVISION).map(KeyDate::getDate).orElse(null));
	}

	private static Optional<KeyDate> latest(Case aCase, KeyDateKind kind) {
		return aCase.getKeyDates().stream().filter(k -> k.getKind() == kind && k.getDate() != null).max(Comparator.comparing(KeyDate::getDate));
	}

	/** The case statuses the form offers; early help and closed cases have none of them. */
	private static String status(Case aCase) {
		if (aCase.getStatus() == null) {
			return null;
		}
		return switch (aCase.getStatus()) {
		case CHILD_PROTECTION -> "CP"; //$NON-NLS-1$
		case STEP_DOWN -> "Step Down"; //$NON-NLS-1$
		case CHILD_IN_NEED -> "CIN"; //$NON-NLS-1$
		case STRENGTHENING_FAMILIES -> "Strengthening Families"; //$NON-NLS-1$
		case CHILD_IN_CARE -> "CIC"; //$NON-NLS-1$
		default -> null;
		};
	}

	private String name(StaffMember staff) {
		return staff == null ? null : records.resolve(staff).map(StaffMember::getName).orElse(null);
	}

	private static String iso(LocalDate date) {
		return date == null ? null : date.toString();
	}
}
