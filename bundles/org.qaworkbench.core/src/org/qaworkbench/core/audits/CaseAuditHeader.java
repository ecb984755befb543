package org.qaworkbench.core.audits;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.qaworkbench.core.store.Records;
import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.KeyDate;
import org.qaworkbench.model.KeyDateKind;
import org.qaworkbench.model.QaPackage.Literals;
import org.qaworkbench.model.StaffMember;

/**
 * The case audit tool's header (its "Case details" questions) as the case record has it on the day of the audit:
 * locality, current and previous worker with their dates, LLCS number, line manager, auditors, status, child,
 * family, DOB, and the latest assessment, support plan and casework supervision. Answers by item id, dates as stored (ISO);
 * null where the record has nothing. The desktop pre-fills a new audit with it, the demo data answers with it.
 */
public final class CaseAuditHeader {

	/**
	 * What the header needs beyond the case: its locality's name, how to name a member of staff (references may be
	 * proxies holding only an id), the auditors, the day of the audit and the case's casework supervision records.
	 */
	public record Context(String locality, Function<StaffMember, String> names, List<StaffMember> auditors, LocalDate auditDate,
			List<CaseworkSupervision> supervision) {
	}

	private CaseAuditHeader() {
	}

	public static Map<String, String> values(Case aCase, Context context) {
		LocalDate asOf = context.auditDate();
		Map<String, String> values = new LinkedHashMap<>();
		values.put("details-locality", context.locality()); //$NON-NLS-1$
		values.put("details-audit-date", iso(asOf)); //$NON-NLS-1$
		Optional<Allocation> current = aCase.getAllocations().stream()
				.filter(a -> !a.getAllocatedOn().isAfter(asOf) && (a.getClosedOn() == null || a.getClosedOn().isAfter(asOf))).reduce((first, second) -> second);
		values.put("details-current-worker", current.map(a -> name(context, a.getWorker())).orElse(null)); //$NON-NLS-1$
		values.put("details-current-allocated", current.map(a -> iso(a.getAllocatedOn())).orElse(null)); //$NON-NLS-1$
		values.put("details-llcs", aCase.getCaseNumber()); //$NON-NLS-1$
		Optional<Allocation> previous = aCase.getAllocations().stream().filter(a -> a.getClosedOn() != null && !a.getClosedOn().isAfter(asOf))
				.reduce((first, second) -> second);
		values.put("details-previous-worker", previous.map(a -> name(context, a.getWorker())).orElse(null)); //$NON-NLS-1$
		values.put("details-previous-allocated", previous.map(a -> iso(a.getAllocatedOn())).orElse(null)); //$NON-NLS-1$
		values.put("details-previous-closed", previous.map(a -> iso(a.getClosedOn())).orElse(null)); //$NON-NLS-1$
		values.put("details-line-manager", name(context, aCase.getLineManager())); //$NON-NLS-1$
		values.put("details-auditors", context.auditors().stream().map(context.names()).collect(Collectors.joining(", "))); //$NON-NLS-1$ //$NON-NLS-2$
		values.put("details-status", status(aCase)); //$NON-NLS-1$
		values.put("details-child", aCase.getChild() == null ? null : aCase.getChild().getName()); //$NON-NLS-1$
		values.put("details-family", aCase.getFamilyNames()); //$NON-NLS-1$
		values.put("details-dob", aCase.getChild() == null ? null : iso(aCase.getChild().getDateOfBirth())); //$NON-NLS-1$
		Optional<KeyDate> assessment = latest(aCase, KeyDateKind.ASSESSMENT.getName(), asOf);
		values.put("details-assessment-type", assessment.map(KeyDate::getDetail).orElse(null)); //$NON-NLS-1$
		values.put("details-assessment-date", assessment.map(k -> iso(k.getDate())).orElse(null)); //$NON-NLS-1$
		Optional<KeyDate> plan = latest(aCase, KeyDateKind.SUPPORT_PLAN.getName(), asOf);
		values.put("details-plan-type", plan.map(KeyDate::getDetail).orElse(null)); //$NON-NLS-1$
		values.put("details-plan-date", plan.map(k -> iso(k.getDate())).orElse(null)); //$NON-NLS-1$
		values.put("details-supervision-date", iso(lastSupervision(aCase, context.supervision(), asOf).orElse(null))); //$NON-NLS-1$
		return values;
	}

	/**
	 * The case's most recent supervision on or before the day: its latest casework supervision record (the policy's
	 * record of supervision about this child), else a supervision among its key dates.
	 */
	public static Optional<LocalDate> lastSupervision(Case aCase, List<CaseworkSupervision> supervision, LocalDate asOf) {
		Optional<LocalDate> recorded = supervision.stream().filter(record -> aCase.getCaseNumber().equals(record.getCaseNumber()))
				.map(CaseworkSupervision::getHeldOn).filter(on -> on != null && !on.isAfter(asOf)).max(Comparator.naturalOrder());
		return recorded.isPresent() ? recorded : latest(aCase, KeyDateKind.SUPERVISION.getName(), asOf).map(KeyDate::getDate);
	}

	/** The casework supervision records of a case, as the store has them. */
	public static List<CaseworkSupervision> supervisionOf(Records records, Case aCase) {
		return records.where(CaseworkSupervision.class, Literals.CASEWORK_SUPERVISION__CASE_NUMBER, aCase.getCaseNumber());
	}

	private static Optional<KeyDate> latest(Case aCase, String kind, LocalDate asOf) {
		return aCase.getKeyDates().stream().filter(k -> kind.equals(k.getKind()) && k.getDate() != null && !k.getDate().isAfter(asOf))
				.max(Comparator.comparing(KeyDate::getDate));
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

	private static String name(Context context, StaffMember staff) {
		return staff == null ? null : context.names().apply(staff);
	}

	private static String iso(LocalDate date) {
		return date == null ? null : date.toString();
	}
}
