package org.qaworkbench.core.observations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.access.Permissions;
import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.internal.ObservationMessages;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.InvalidRecordException.Problem;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.model.Amendment;
import org.qaworkbench.model.Consent;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.Narrative;
import org.qaworkbench.model.ObservationState;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.QaPackage.Literals;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.SignOff;
import org.qaworkbench.model.SignOffStep;
import org.qaworkbench.model.StaffMember;

/**
 * A direct observation's stages, as the supervision policy (section 5) has them: <em>Planned</em> (observer and
 * practitioner agree objectives, learning focus, the observer's role and how feedback is given; the family's consent
 * is recorded), <em>Observed</em> (a narrative under each prompt, a grade, recommendations), <em>Shared</em> (the
 * practitioner reflects and comments; the family's comment is recorded) and <em>Signed off</em> by both, then locked:
 * changed only by an amendment with a reason. Each step is taken only by the right person and records who and when.
 * <p>
 * Pure: it decides on records and people handed to it and returns changed copies; {@link Observations} stores them.
 * Today comes from the clock.
 */
public final class ObservationWorkflow {

	/** The steps a person can be offered on an observation. */
	public enum Step {
		RECORD, SHARE, REFLECT, SIGN_OFF, AMEND
	}

	/** What a person may change in an observation in its present stage. */
	public enum Part {
		/** Header, objectives, learning focus, observer's role, feedback plan, consent. */
		PLAN,
		/** The narratives, grade, recommendations and their due date. */
		OBSERVATION,
		/** The practitioner's reflection and comment, and the family's comment. */
		REPLY
	}

	private static final Set<Role> OBSERVED = EnumSet.of(Role.PRACTITIONER, Role.ASSISTANT);

	private static final List<EStructuralFeature> PLAN_FEATURES = List.of(Literals.DIRECT_OBSERVATION__OBSERVED_ON, Literals.DIRECT_OBSERVATION__CASE_NUMBER,
			Literals.DIRECT_OBSERVATION__SETTING, Literals.DIRECT_OBSERVATION__CONSENT, Literals.DIRECT_OBSERVATION__AGREED_OBJECTIVES,
			Literals.DIRECT_OBSERVATION__LEARNING_FOCUS, Literals.DIRECT_OBSERVATION__OBSERVER_ROLE, Literals.DIRECT_OBSERVATION__FEEDBACK_PLAN);
	private static final List<EStructuralFeature> OBSERVATION_FEATURES = List.of(Literals.DIRECT_OBSERVATION__NARRATIVES, Literals.DIRECT_OBSERVATION__GRADE,
			Literals.DIRECT_OBSERVATION__RECOMMENDATIONS, Literals.DIRECT_OBSERVATION__ACTIONS_DUE_ON);
	private static final List<EStructuralFeature> REPLY_FEATURES = List.of(Literals.DIRECT_OBSERVATION__PRACTITIONER_REFLECTION,
			Literals.DIRECT_OBSERVATION__PRACTITIONER_COMMENT, Literals.DIRECT_OBSERVATION__SERVICE_USER_COMMENT);

	private final Clock clock;
	private final ObservationAccess access;

	public ObservationWorkflow(Clock clock, ObservationAccess access) {
		this.clock = clock;
		this.access = access;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public ObservationAccess access() {
		return access;
	}

	/**
	 * A new planned observation of {@code practitioner} by {@code observer} on {@code on}, following the form whose
	 * stored version has {@code formHash}.
	 */
	public DirectObservation plan(StaffMember practitioner, StaffMember observer, LocalDate on, ObservationForm form, String formHash) throws NotPermittedException {
		StaffMember observed = access.full(practitioner);
		StaffMember by = access.full(observer);
		if (observed.getRoles().stream().noneMatch(OBSERVED::contains)) {
			throw new NotPermittedException(NLS.bind(ObservationMessages.notObservable, observed.getName()));
		}
		if (Staff.same(observed, by)) {
			throw new NotPermittedException(ObservationMessages.observerCannotBePractitioner);
		}
		Permissions.require(by, Permission.PLAN_OBSERVATION);
		DirectObservation planned = QaFactory.eINSTANCE.createDirectObservation();
		planned.setPractitioner(observed);
		planned.setObserver(by);
		planned.setObservedOn(on);
		planned.setState(ObservationState.PLANNED);
		planned.setDefinitionId(form.definition().getDefinitionId());
		planned.setDefinitionVersion(form.definition().getVersion());
		planned.setDefinitionHash(formHash);
		signOff(planned, SignOffStep.PLANNING, by, null);
		return planned;
	}

	/** The steps this person may take on this observation now: editors and commands offer these and no others. */
	public Set<Step> availableSteps(DirectObservation observation, StaffMember person) {
		Set<Step> steps = EnumSet.noneOf(Step.class);
		for (Step step : Step.values()) {
			if (whyNot(step, observation, person).isEmpty()) {
				steps.add(step);
			}
		}
		return steps;
	}

	/** Why this person may not take the step now; empty when they may. */
	public Optional<String> whyNot(Step step, DirectObservation observation, StaffMember person) {
		try {
			check(step, observation, person);
			return Optional.empty();
		} catch (NotPermittedException e) {
			return Optional.of(e.getMessage());
		}
	}

	private void check(Step step, DirectObservation observation, StaffMember person) throws NotPermittedException {
		if (!access.maySee(observation, person)) {
			throw new NotPermittedException(ObservationMessages.notYours);
		}
		switch (step) {
		case RECORD -> {
			requireState(observation, ObservationState.PLANNED, ObservationMessages.Step_record);
			Permissions.require(access.full(person), Permission.RECORD_OBSERVATION);
			requireObserver(observation, person, ObservationMessages.Step_record);
			if (!hasConsent(observation)) {
				throw new NotPermittedException(ObservationMessages.noConsent);
			}
		}
		case SHARE -> {
			requireState(observation, ObservationState.OBSERVED, ObservationMessages.Step_share);
			requireObserver(observation, person, ObservationMessages.Step_share);
		}
		case REFLECT -> {
			requireState(observation, ObservationState.SHARED, ObservationMessages.Step_reflect);
			requirePractitioner(observation, person, ObservationMessages.Step_reflect);
			requireNotSigned(observation, SignOffStep.PRACTITIONER_SIGN_OFF, person);
		}
		case SIGN_OFF -> {
			requireState(observation, ObservationState.SHARED, ObservationMessages.Step_signOff);
			boolean observer = Staff.same(observation.getObserver(), person);
			boolean practitioner = Staff.same(observation.getPractitioner(), person);
			if (!observer && !practitioner) {
				throw new NotPermittedException(NLS.bind(ObservationMessages.onlyObserverOrPractitioner, ObservationMessages.Step_signOff));
			}
			requireNotSigned(observation, observer ? SignOffStep.OBSERVER_SIGN_OFF : SignOffStep.PRACTITIONER_SIGN_OFF, person);
			if (practitioner && blank(observation.getPractitionerReflection())) {
				throw new NotPermittedException(ObservationMessages.reflectFirst);
			}
		}
		case AMEND -> {
			requireState(observation, ObservationState.SIGNED_OFF, ObservationMessages.Step_amend);
			StaffMember lineManager = access.full(access.full(observation.getPractitioner()).getLineManager());
			if (!Staff.same(observation.getObserver(), person) && !Staff.same(lineManager, person)) {
				throw new NotPermittedException(NLS.bind(ObservationMessages.onlyObserverOrManager, ObservationMessages.Step_amend));
			}
		}
		}
	}

	/** The parts of the observation this person may change now; none once it is signed off (amend it then). */
	public Set<Part> editableParts(DirectObservation observation, StaffMember person) {
		Set<Part> parts = EnumSet.noneOf(Part.class);
		if (!access.maySee(observation, person)) {
			return parts;
		}
		boolean observer = Staff.same(observation.getObserver(), person);
		boolean practitioner = Staff.same(observation.getPractitioner(), person);
		ObservationState state = observation.getState();
		if (state == ObservationState.PLANNED && (observer || practitioner)) {
			parts.add(Part.PLAN);
		}
		if (observer && (state == ObservationState.PLANNED || state == ObservationState.OBSERVED)) {
			parts.add(Part.OBSERVATION);
		}
		if (practitioner && whyNot(Step.REFLECT, observation, person).isEmpty()) {
			parts.add(Part.REPLY);
		}
		return parts;
	}

	/**
	 * Refuses a change to a stored observation that touches a part this person may not change now. A signed-off
	 * observation is locked: it changes by {@link #amend} only.
	 */
	public void checkChange(DirectObservation stored, DirectObservation changed, StaffMember person) throws NotPermittedException {
		if (!access.maySee(stored, person)) {
			throw new NotPermittedException(ObservationMessages.notYours);
		}
		Set<Part> allowed = editableParts(stored, person);
		for (Part part : Part.values()) {
			if (!allowed.contains(part) && differs(stored, changed, features(part))) {
				throw new NotPermittedException(stored.getState() == ObservationState.SIGNED_OFF ? ObservationMessages.locked
						: NLS.bind(ObservationMessages.changeNotYours, part.name().toLowerCase(java.util.Locale.ROOT)));
			}
		}
	}

	/**
	 * The observer records the observation: the plan agreed, the family's consent, a narrative under every required
	 * prompt, a grade on the form's scale, and a due date for recommendations.
	 */
	public DirectObservation record(DirectObservation observation, StaffMember person, ObservationForm form) throws NotPermittedException, InvalidRecordException {
		check(Step.RECORD, observation, person);
		List<Problem> problems = new ArrayList<>();
		need(problems, observation.getAgreedObjectives(), "agreedObjectives", ObservationMessages.needed_objectives); //$NON-NLS-1$
		need(problems, observation.getLearningFocus(), "learningFocus", ObservationMessages.needed_learningFocus); //$NON-NLS-1$
		need(problems, observation.getObserverRole(), "observerRole", ObservationMessages.needed_observerRole); //$NON-NLS-1$
		need(problems, observation.getFeedbackPlan(), "feedbackPlan", ObservationMessages.needed_feedbackPlan); //$NON-NLS-1$
		need(problems, observation.getCaseNumber(), "caseNumber", ObservationMessages.needed_caseNumber); //$NON-NLS-1$
		need(problems, observation.getSetting(), "setting", ObservationMessages.needed_setting); //$NON-NLS-1$
		if (observation.getObservedOn() == null) {
			problems.add(new Problem("observedOn", ObservationMessages.needed_observedOn)); //$NON-NLS-1$
		} else if (observation.getObservedOn().isAfter(today())) {
			problems.add(new Problem("observedOn", ObservationMessages.observedInFuture)); //$NON-NLS-1$
		}
		for (Item prompt : form.prompts()) {
			if (prompt.isRequired() && blank(narrative(observation, prompt.getItemId()))) {
				problems.add(new Problem("narratives." + prompt.getItemId(), NLS.bind(ObservationMessages.needed_prompt, prompt.getText()))); //$NON-NLS-1$
			}
		}
		if (form.grade(observation.getGrade()).isEmpty()) {
			problems.add(new Problem("grade", ObservationMessages.needed_grade)); //$NON-NLS-1$
		}
		if (!recommendations(observation).isEmpty() && observation.getActionsDueOn() == null) {
			problems.add(new Problem("actionsDueOn", ObservationMessages.needed_actionsDueOn)); //$NON-NLS-1$
		}
		if (!problems.isEmpty()) {
			throw new InvalidRecordException(problems);
		}
		DirectObservation recorded = EcoreUtil.copy(observation);
		recorded.setState(ObservationState.OBSERVED);
		signOff(recorded, SignOffStep.OBSERVATION, person, null);
		return recorded;
	}

	/** The observer shares the report with the practitioner, who may then reflect and comment. */
	public DirectObservation share(DirectObservation observation, StaffMember person) throws NotPermittedException {
		check(Step.SHARE, observation, person);
		DirectObservation shared = EcoreUtil.copy(observation);
		shared.setState(ObservationState.SHARED);
		signOff(shared, SignOffStep.SHARING, person, null);
		return shared;
	}

	/** The practitioner writes their reflection and comment; the family's comment, where given, is recorded with them. */
	public DirectObservation reflect(DirectObservation observation, StaffMember person, String reflection, String comment, String familyComment)
			throws NotPermittedException, InvalidRecordException {
		check(Step.REFLECT, observation, person);
		if (blank(reflection)) {
			throw new InvalidRecordException(List.of(new Problem("practitionerReflection", ObservationMessages.needed_reflection))); //$NON-NLS-1$
		}
		DirectObservation replied = EcoreUtil.copy(observation);
		replied.setPractitionerReflection(reflection);
		replied.setPractitionerComment(comment);
		replied.setServiceUserComment(familyComment);
		signOff(replied, SignOffStep.PRACTITIONER_RESPONSE, person, null);
		return replied;
	}

	/** The observer or the practitioner signs off; once both have, the observation is signed off and locked. */
	public DirectObservation signOff(DirectObservation observation, StaffMember person) throws NotPermittedException {
		check(Step.SIGN_OFF, observation, person);
		DirectObservation signed = EcoreUtil.copy(observation);
		boolean observer = Staff.same(observation.getObserver(), person);
		signOff(signed, observer ? SignOffStep.OBSERVER_SIGN_OFF : SignOffStep.PRACTITIONER_SIGN_OFF, person, null);
		if (signedBy(signed, SignOffStep.OBSERVER_SIGN_OFF) && signedBy(signed, SignOffStep.PRACTITIONER_SIGN_OFF)) {
			signed.setState(ObservationState.SIGNED_OFF);
		}
		return signed;
	}

	/** Changes a signed-off observation: {@code changed} as it should be, {@code reason} why. */
	public DirectObservation amend(DirectObservation stored, DirectObservation changed, StaffMember person, String reason)
			throws NotPermittedException, InvalidRecordException {
		check(Step.AMEND, stored, person);
		if (blank(reason)) {
			throw new InvalidRecordException(List.of(new Problem("amendments.reason", ObservationMessages.amendmentNeedsReason))); //$NON-NLS-1$
		}
		List<EStructuralFeature> content = new ArrayList<>(PLAN_FEATURES);
		content.addAll(OBSERVATION_FEATURES);
		content.addAll(REPLY_FEATURES);
		if (!differs(stored, changed, content)) {
			throw new NotPermittedException(ObservationMessages.amendmentChangesNothing);
		}
		DirectObservation amended = EcoreUtil.copy(changed);
		amended.setState(ObservationState.SIGNED_OFF);
		amended.getSignOffs().clear();
		amended.getSignOffs().addAll(EcoreUtil.copyAll(stored.getSignOffs()));
		amended.getAmendments().clear();
		amended.getAmendments().addAll(EcoreUtil.copyAll(stored.getAmendments()));
		Amendment amendment = QaFactory.eINSTANCE.createAmendment();
		amendment.setBy(person.getUserId());
		amendment.setAt(clock.instant());
		amendment.setReason(reason);
		amended.getAmendments().add(amendment);
		return amended;
	}

	/**
	 * The development actions the recommendations make for the practitioner once both have signed off: one per line,
	 * due on the date the observer gave.
	 */
	public static List<RemedialAction> developmentActions(DirectObservation observation) {
		List<RemedialAction> actions = new ArrayList<>();
		for (String recommendation : recommendations(observation)) {
			RemedialAction action = QaFactory.eINSTANCE.createRemedialAction();
			action.setObservation(observation);
			action.setOwner(observation.getPractitioner());
			action.setAction(recommendation);
			action.setDueOn(observation.getActionsDueOn());
			actions.add(action);
		}
		return actions;
	}

	/** The recommendations, one a line, blank lines left out. */
	public static List<String> recommendations(DirectObservation observation) {
		String text = observation.getRecommendations();
		return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** The observer's narrative under a prompt; null when none is written. */
	public static String narrative(DirectObservation observation, String itemId) {
		return observation.getNarratives().stream().filter(narrative -> itemId.equals(narrative.getTopic())).map(Narrative::getText).findFirst().orElse(null);
	}

	/** Writes the observer's narrative under a prompt (blank removes it). */
	public static void setNarrative(DirectObservation observation, String itemId, String text) {
		observation.getNarratives().removeIf(narrative -> itemId.equals(narrative.getTopic()));
		if (!blank(text)) {
			Narrative narrative = QaFactory.eINSTANCE.createNarrative();
			narrative.setTopic(itemId);
			narrative.setText(text);
			observation.getNarratives().add(narrative);
		}
	}

	/** Who from, who to and when: the family's consent is recorded whole or not at all. */
	public static boolean hasConsent(DirectObservation observation) {
		Consent consent = observation.getConsent();
		return consent != null && !blank(consent.getGivenBy()) && !blank(consent.getGivenTo()) && consent.getGivenOn() != null;
	}

	public static boolean signedBy(DirectObservation observation, SignOffStep step) {
		return observation.getSignOffs().stream().anyMatch(signOff -> signOff.getStep() == step);
	}

	/** When the observation was signed off by both: the later of the two sign-offs; empty before. */
	public static Optional<LocalDate> signedOffOn(DirectObservation observation, java.time.ZoneId zone) {
		if (observation.getState() != ObservationState.SIGNED_OFF) {
			return Optional.empty();
		}
		return observation.getSignOffs().stream().filter(s -> s.getStep() == SignOffStep.OBSERVER_SIGN_OFF || s.getStep() == SignOffStep.PRACTITIONER_SIGN_OFF)
				.map(SignOff::getAt).filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder()).map(at -> LocalDate.ofInstant(at, zone))
				.or(() -> Optional.ofNullable(observation.getObservedOn()));
	}

	private static List<EStructuralFeature> features(Part part) {
		return switch (part) {
		case PLAN -> PLAN_FEATURES;
		case OBSERVATION -> OBSERVATION_FEATURES;
		case REPLY -> REPLY_FEATURES;
		};
	}

	private static boolean differs(DirectObservation one, DirectObservation other, List<EStructuralFeature> features) {
		for (EStructuralFeature feature : features) {
			Object a = one.eGet(feature);
			Object b = other.eGet(feature);
			if (a instanceof org.eclipse.emf.ecore.EObject || b instanceof org.eclipse.emf.ecore.EObject) {
				if (a == null || b == null || !EcoreUtil.equals((org.eclipse.emf.ecore.EObject) a, (org.eclipse.emf.ecore.EObject) b)) {
					if (a != null || b != null) {
						return true;
					}
				}
			} else if (a instanceof List<?> list && b instanceof List<?> otherList) {
				@SuppressWarnings("unchecked")
				boolean same = EcoreUtil.equals((List<org.eclipse.emf.ecore.EObject>) list, (List<org.eclipse.emf.ecore.EObject>) otherList);
				if (!same) {
					return true;
				}
			} else if (!java.util.Objects.equals(a, b)) {
				return true;
			}
		}
		return false;
	}

	private void signOff(DirectObservation observation, SignOffStep step, StaffMember by, String note) {
		StaffMember full = access.full(by);
		SignOff signOff = QaFactory.eINSTANCE.createSignOff();
		signOff.setStep(step);
		signOff.setBy(full.getUserId());
		signOff.setRole(full.getRoles().isEmpty() ? null : full.getRoles().get(0));
		signOff.setAt(clock.instant());
		signOff.setNote(note);
		observation.getSignOffs().add(signOff);
	}

	private static void requireState(DirectObservation observation, ObservationState expected, String step) throws NotPermittedException {
		if (observation.getState() != expected) {
			String state = observation.getState() == null ? "-" : observation.getState().getLiteral().toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
			throw new NotPermittedException(NLS.bind(ObservationMessages.wrongState, new Object[] { step, state, expected.getLiteral().toLowerCase(java.util.Locale.ROOT) }));
		}
	}

	private static void requireObserver(DirectObservation observation, StaffMember person, String step) throws NotPermittedException {
		if (!Staff.same(observation.getObserver(), person)) {
			throw new NotPermittedException(NLS.bind(ObservationMessages.onlyObserver, step));
		}
	}

	private static void requirePractitioner(DirectObservation observation, StaffMember person, String step) throws NotPermittedException {
		if (!Staff.same(observation.getPractitioner(), person)) {
			throw new NotPermittedException(NLS.bind(ObservationMessages.onlyPractitioner, step));
		}
	}

	private void requireNotSigned(DirectObservation observation, SignOffStep step, StaffMember person) throws NotPermittedException {
		if (signedBy(observation, step)) {
			throw new NotPermittedException(NLS.bind(ObservationMessages.alreadySigned, access.full(person).getName()));
		}
	}

	private static void need(List<Problem> problems, String value, String field, String message) {
		if (blank(value)) {
			problems.add(new Problem(field, message));
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
