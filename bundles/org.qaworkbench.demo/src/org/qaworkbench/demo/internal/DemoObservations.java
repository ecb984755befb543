package org.qaworkbench.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;

import org.qaworkbench.core.observations.ObservationAccess;
import org.qaworkbench.core.observations.ObservationForm;
import org.qaworkbench.core.observations.ObservationWorkflow;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.store.Records.BulkInsert;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Consent;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.StaffMember;

/**
 * A year of direct observations, made step by step through {@link ObservationWorkflow} on the days they happened, so
 * every record is one the application could have made: most practitioners signed off within the year (with their
 * development actions), some planned, observed or shared now, and some overdue (last signed off over a year ago).
 */
final class DemoObservations {

	private static final List<String> SETTINGS = List.of("Home visit", "Family Circle", "School meeting", "Children's centre"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final List<String> RECOMMENDATIONS = List.of("Share the visit plan with the family beforehand.", //$NON-NLS-1$
			"Use a direct-work tool (three houses) to capture the child's views.", "Summarise agreed actions before leaving the visit.", //$NON-NLS-1$ //$NON-NLS-2$
			"Record the visit on the Work Plan within two working days."); //$NON-NLS-1$

	private final ObservationForm form;
	private final String formHash;
	private final LocalDate today;
	private final SplittableRandom random;
	private final DemoNames names;
	private final ZoneId zone = ZoneId.systemDefault();
	private int made;

	private DemoObservations(ObservationForm form, String formHash, LocalDate today, SplittableRandom random, DemoNames names) {
		this.form = form;
		this.formHash = formHash;
		this.today = today;
		this.random = random;
		this.names = names;
	}

	/** Observations after the form the service ships; none when it is not installed (the demo still runs). */
	static DemoObservations of(Store store, Actor actor, LocalDate today, SplittableRandom random, DemoNames names) {
		return org.qaworkbench.core.observations.ObservationForms.newest()
				.map(form -> new DemoObservations(form, store.definitions().store(form.definition(), actor), today, random, names)).orElse(null);
	}

	int made() {
		return made;
	}

	/**
	 * The observations of one practitioner by their line manager (a senior practitioner): a signed-off one last year
	 * for most, and, by chance, one in progress now or none within the year (overdue).
	 */
	void observe(BulkInsert bulk, StaffMember practitioner, StaffMember observer, StaffMember teamLeader) throws InvalidRecordException {
		ObservationAccess access = new ObservationAccess(List.of(practitioner, observer, teamLeader));
		int kind = random.nextInt(10);
		try {
			if (kind <= 1) {
				// Overdue: the last signed off 13 to 16 months ago, nothing since (one of them with a plan now).
				add(bulk, signedOff(access, practitioner, observer, today.minusDays(395 + random.nextInt(90))));
				if (kind == 1) {
					add(bulk, planned(access, practitioner, observer, today.plusDays(7 + random.nextInt(21)), random.nextBoolean()));
				}
			} else if (kind <= 6) {
				add(bulk, signedOff(access, practitioner, observer, today.minusDays(30 + random.nextInt(300))));
			} else {
				LocalDate last = today.minusDays(300 + random.nextInt(120));
				add(bulk, signedOff(access, practitioner, observer, last));
				LocalDate on = today.minusDays(3 + random.nextInt(20));
				DirectObservation now = kind == 7 ? planned(access, practitioner, observer, today.plusDays(10), true)
						: kind == 8 ? observed(access, practitioner, observer, on) : shared(access, practitioner, observer, on);
				add(bulk, now);
			}
		} catch (NotPermittedException e) {
			throw new IllegalStateException("demo observation refused: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	private DirectObservation planned(ObservationAccess access, StaffMember practitioner, StaffMember observer, LocalDate on, boolean consented)
			throws NotPermittedException {
		DirectObservation observation = workflow(access, on.minusDays(14)).plan(practitioner, observer, on, form, formHash);
		observation.setCaseNumber(String.format("LL%06d", 100001 + random.nextInt(900))); //$NON-NLS-1$
		observation.setSetting(names.pick(SETTINGS));
		observation.setAgreedObjectives("Observe how the practitioner gathers the child's views and reviews the plan with the family."); //$NON-NLS-1$
		observation.setLearningFocus(names.pick(List.of("Direct work with a teenager", "Ending a visit well", "Challenging a parent respectfully"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		observation.setObserverRole("Introduced as a colleague learning about the family's plan; intervenes only if a child is at risk."); //$NON-NLS-1$
		observation.setFeedbackPlan("Verbal feedback after the visit; the written report within a week, discussed in supervision."); //$NON-NLS-1$
		if (consented) {
			Consent consent = QaFactory.eINSTANCE.createConsent();
			consent.setGivenBy(names.pick(List.of("Mother", "Father", "Carer"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			consent.setGivenTo(practitioner.getName());
			consent.setGivenOn(on.minusDays(7));
			observation.setConsent(consent);
		}
		return observation;
	}

	private DirectObservation observed(ObservationAccess access, StaffMember practitioner, StaffMember observer, LocalDate on)
			throws NotPermittedException, InvalidRecordException {
		DirectObservation observation = planned(access, practitioner, observer, on, true);
		for (Item prompt : form.prompts()) {
			ObservationWorkflow.setNarrative(observation, prompt.getItemId(), names.pick(DemoNames.COMMENTS));
		}
		observation.setGrade(form.grades().get(random.nextInt(10) < 8 ? 1 : random.nextInt(form.grades().size())).getValue());
		observation.setRecommendations(names.pick(RECOMMENDATIONS) + "\n" + names.pick(RECOMMENDATIONS)); //$NON-NLS-1$
		observation.setActionsDueOn(on.plusMonths(3));
		return workflow(access, on.plusDays(1)).record(observation, observer, form);
	}

	private DirectObservation shared(ObservationAccess access, StaffMember practitioner, StaffMember observer, LocalDate on)
			throws NotPermittedException, InvalidRecordException {
		return workflow(access, on.plusDays(2)).share(observed(access, practitioner, observer, on), observer);
	}

	private DirectObservation signedOff(ObservationAccess access, StaffMember practitioner, StaffMember observer, LocalDate on)
			throws NotPermittedException, InvalidRecordException {
		DirectObservation shared = shared(access, practitioner, observer, on);
		ObservationWorkflow later = workflow(access, on.plusDays(9));
		DirectObservation replied = later.reflect(shared, practitioner, "On reflection I would plan the ending of the visit with the family.", //$NON-NLS-1$
				"A fair account of the visit.", random.nextBoolean() ? "She listened and explained things clearly." : null); //$NON-NLS-1$ //$NON-NLS-2$
		return later.signOff(later.signOff(replied, practitioner), observer);
	}

	private ObservationWorkflow workflow(ObservationAccess access, LocalDate on) {
		return new ObservationWorkflow(Clock.fixed(on.atTime(11, 0).atZone(zone).toInstant(), zone), access);
	}

	/** The observation with, once signed off, the development actions its recommendations made. */
	private void add(BulkInsert bulk, DirectObservation observation) throws InvalidRecordException {
		bulk.add(observation, ObservationWorkflow.developmentActions(observation).stream()
				.filter(action -> observation.getState() == org.qaworkbench.model.ObservationState.SIGNED_OFF).toList());
		made++;
	}
}
