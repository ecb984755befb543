package org.qaworkbench.core.observations;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.ObservationState;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;

/**
 * Never missed: every frontline practitioner and assistant is observed at least once a year (supervision policy,
 * section 5). For each, their last signed-off observation, the next due date (a year after it; a year after they
 * started when never observed), the observation in progress if any, and whether they are overdue.
 */
public final class ObservationsDue {

	/** How long an observation lasts before the next is due. */
	public static final int MONTHS_BETWEEN = 12;

	/** One practitioner's line of the due list. */
	public record Row(StaffMember practitioner, Optional<DirectObservation> last, LocalDate lastOn, LocalDate nextDue,
			Optional<DirectObservation> inProgress, boolean overdue) {
	}

	private ObservationsDue() {
	}

	/**
	 * The due list of the practitioners {@code person} may see (themself, or those they manage), soonest due first.
	 * {@code observations} may hold everyone's: only each practitioner's own count.
	 */
	public static List<Row> of(Collection<StaffMember> staff, Collection<DirectObservation> observations, ObservationAccess access, StaffMember person,
			LocalDate today, ZoneId zone) {
		List<Row> rows = new ArrayList<>();
		for (StaffMember practitioner : staff) {
			if (!observed(practitioner) || !access.maySeeAbout(practitioner, person)) {
				continue;
			}
			List<DirectObservation> theirs = observations.stream().filter(observation -> Staff.same(observation.getPractitioner(), practitioner)).toList();
			Optional<DirectObservation> last = theirs.stream().filter(observation -> observation.getState() == ObservationState.SIGNED_OFF)
					.max(Comparator.comparing(observation -> ObservationWorkflow.signedOffOn(observation, zone).orElse(LocalDate.MIN)));
			LocalDate lastOn = last.flatMap(observation -> ObservationWorkflow.signedOffOn(observation, zone)).orElse(null);
			LocalDate from = lastOn != null ? lastOn : practitioner.getStartDate() != null ? practitioner.getStartDate() : today.minusMonths(MONTHS_BETWEEN);
			LocalDate nextDue = from.plusMonths(MONTHS_BETWEEN);
			Optional<DirectObservation> inProgress = theirs.stream().filter(observation -> observation.getState() != ObservationState.SIGNED_OFF)
					.max(Comparator.comparingLong(DirectObservation::getId));
			rows.add(new Row(practitioner, last, lastOn, nextDue, inProgress, nextDue.isBefore(today)));
		}
		rows.sort(Comparator.comparing(Row::nextDue).thenComparing(row -> row.practitioner().getName(), Comparator.nullsLast(Comparator.naturalOrder())));
		return rows;
	}

	/** Frontline practitioners and assistants are observed; managers and support staff are not. */
	public static boolean observed(StaffMember staff) {
		return staff.getRoles().contains(Role.PRACTITIONER) || staff.getRoles().contains(Role.ASSISTANT);
	}
}
