package org.qaworkbench.core.supervision;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.StaffMember;

/**
 * The supervision policy's rules as data (a policy file a plugin contributes to
 * {@code org.qaworkbench.core.supervisionForms}), which compliance is computed against: the interval the council
 * expects, the intervals a contract may agree, when a contract falls due for review, how often every open case (and
 * cases of a status) must have casework supervision, and the window sessions held are counted over. Another
 * authority's policy ("supervision every 8 weeks") is another file, never code.
 *
 * @param id        the policy's id
 * @param version   its version (the newest contributed is used)
 * @param expected  the interval the council expects; a contract agreeing a longer one records the reasons
 * @param contractReview how long after signing a contract falls due for review
 * @param window    sessions held against planned are counted over this period back from today
 * @param frequencies the intervals a contract may agree, in the file's order
 * @param caseworkEvery the longest any open case may go without casework supervision
 * @param caseworkByStatus shorter intervals for cases of a status (child protection: monthly)
 */
public record SupervisionPolicy(String id, String version, Interval expected, Interval contractReview, Interval window, List<Frequency> frequencies,
		Interval caseworkEvery, Map<CaseStatus, Interval> caseworkByStatus) {

	/** An interval a contract may agree, with its label ("6-weekly"). */
	public record Frequency(Interval interval, String label, boolean isDefault, boolean partTime) {
	}

	public SupervisionPolicy {
		frequencies = List.copyOf(frequencies);
		caseworkByStatus = Map.copyOf(caseworkByStatus);
	}

	/** The interval a new contract with this supervisee starts with: the part-time one for a part-time worker. */
	public Interval defaultFrequency(StaffMember supervisee) {
		Optional<Frequency> partTime = supervisee != null && supervisee.isPartTime() ? frequencies.stream().filter(Frequency::partTime).findFirst() : Optional.empty();
		return partTime.or(() -> frequencies.stream().filter(Frequency::isDefault).findFirst()).map(Frequency::interval).orElse(expected);
	}

	/** "6-weekly" for {@code P6W}; the period as written when the policy names no such frequency. */
	public String label(String period) {
		if (period == null || period.isBlank()) {
			return ""; //$NON-NLS-1$
		}
		return frequencies.stream().filter(frequency -> frequency.interval().iso().equalsIgnoreCase(period.strip())).map(Frequency::label).findFirst()
				.orElse(period.strip());
	}

	/** Whether a contract agreeing {@code agreed} must record why supervision is less frequent than expected. */
	public boolean needsReasons(Interval agreed) {
		return agreed.longerThan(expected);
	}

	/** The longest a case of this status may go without casework supervision. */
	public Interval caseworkInterval(CaseStatus status) {
		return status == null ? caseworkEvery : caseworkByStatus.getOrDefault(status, caseworkEvery);
	}
}
