package org.qaworkbench.core.observations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.internal.ObservationMessages;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.ObservationState;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.QaPackage.Literals;

/**
 * Direct observations in the store, as the person acting may see and change them: every read goes through
 * {@link ObservationAccess} and every change through {@link ObservationWorkflow}. Commands and views use this, never
 * the records directly.
 */
public final class Observations {

	private final Store store;
	private final Clock clock;

	public Observations(Store store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** The workflow with the staff list as it is now. */
	public ObservationWorkflow workflow() {
		return new ObservationWorkflow(clock, new ObservationAccess(store.records().list(StaffMember.class)));
	}

	/** The member of staff acting, or a refusal saying they must sign in as one. */
	public StaffMember who(Actor actor) throws NotPermittedException {
		return Staff.of(store.records(), actor).orElseThrow(() -> new NotPermittedException(NLS.bind(ObservationMessages.notStaff, actor.userId())));
	}

	/** Every observation this person may see, in id order. */
	public List<DirectObservation> visibleTo(StaffMember person) {
		ObservationAccess access = workflow().access();
		List<DirectObservation> visible = new ArrayList<>();
		store.records().forEach(DirectObservation.class, observation -> {
			if (access.maySee(observation, person)) {
				visible.add(observation);
			}
		});
		return visible;
	}

	/** The observation with this id if this person may see it; empty when there is none or it is not theirs to see. */
	public Optional<DirectObservation> find(long id, StaffMember person) {
		return store.records().find(DirectObservation.class, id).filter(observation -> workflow().access().maySee(observation, person));
	}

	/** The due list as this person may see it. */
	public List<ObservationsDue.Row> due(StaffMember person) {
		List<DirectObservation> all = new ArrayList<>();
		store.records().forEach(DirectObservation.class, all::add);
		ObservationWorkflow workflow = workflow();
		return ObservationsDue.of(store.records().list(StaffMember.class), all, workflow.access(), person, workflow.today(), clock.getZone());
	}

	/** Plans a new observation of {@code practitioner} by the person acting, on {@code on}, with the newest form. */
	public DirectObservation plan(StaffMember practitioner, LocalDate on, Actor actor) throws SaveRefusedException {
		StaffMember observer = who(actor);
		ObservationForm form = ObservationForms.newest().orElseThrow(() -> new NotPermittedException(ObservationMessages.noForm));
		String hash = store.definitions().store(form.definition(), actor);
		return store.records().save(workflow().plan(practitioner, observer, on, form, hash), actor);
	}

	/** The form an observation was written to, as stored with it. */
	public Optional<ObservationForm> formOf(DirectObservation observation) {
		return Optional.ofNullable(observation.getDefinitionHash()).flatMap(store.definitions()::find).map(ObservationForm::new);
	}

	/** Saves changes within what the person may change now (a signed-off observation is locked). */
	public DirectObservation save(DirectObservation changed, Actor actor) throws SaveRefusedException {
		StaffMember person = who(actor);
		DirectObservation stored = store.records().resolve(changed).orElseThrow();
		workflow().checkChange(stored, changed, person);
		return store.records().save(changed, actor);
	}

	/**
	 * Takes a step on the observation as it is given (unsaved edits the person may make go with it). Signing off by
	 * both makes the development actions, in the same unit.
	 */
	public DirectObservation take(ObservationWorkflow.Step step, DirectObservation observation, Actor actor) throws SaveRefusedException {
		StaffMember person = who(actor);
		ObservationWorkflow workflow = workflow();
		DirectObservation stored = store.records().resolve(observation).orElseThrow();
		workflow.checkChange(stored, observation, person);
		DirectObservation next = switch (step) {
		case RECORD -> workflow.record(observation, person, formOf(observation).orElseThrow(() -> new NotPermittedException(ObservationMessages.noForm)));
		case SHARE -> workflow.share(observation, person);
		case REFLECT -> workflow.reflect(observation, person, observation.getPractitionerReflection(), observation.getPractitionerComment(),
				observation.getServiceUserComment());
		case SIGN_OFF -> workflow.signOff(observation, person);
		case AMEND -> throw new IllegalArgumentException("amend needs a reason: use amend()"); //$NON-NLS-1$
		};
		if (next.getState() == ObservationState.SIGNED_OFF && stored.getState() != ObservationState.SIGNED_OFF) {
			return store.records().save(next, ObservationWorkflow.developmentActions(next), actor);
		}
		return store.records().save(next, actor);
	}

	public DirectObservation amend(DirectObservation changed, String reason, Actor actor) throws SaveRefusedException {
		StaffMember person = who(actor);
		DirectObservation stored = store.records().resolve(changed).orElseThrow();
		return store.records().save(workflow().amend(stored, changed, person, reason), actor);
	}

	/** The development actions made from an observation. */
	public List<RemedialAction> actionsOf(DirectObservation observation) {
		return store.records().where(RemedialAction.class, Literals.REMEDIAL_ACTION__OBSERVATION, observation);
	}
}
