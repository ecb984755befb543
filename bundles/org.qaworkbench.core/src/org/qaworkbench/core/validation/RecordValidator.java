package org.qaworkbench.core.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.internal.Messages;
import org.qaworkbench.core.store.InvalidRecordException.Problem;
import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.KeyDate;
import org.qaworkbench.model.KeyDateKind;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.SupervisionSession;
import org.qaworkbench.model.Team;
import org.qaworkbench.model.util.QaSwitch;

/**
 * What makes a record storable, independent of any database: required values, dates in a possible order, texts
 * no longer than a store keeps, and for assessments answers that fit their checklist definition. Every problem names
 * its field.
 */
public final class RecordValidator {

	private final Function<String, Optional<ChecklistDefinition>> definitionsByHash;
	private final Clock clock;
	/**
	 * The answer checks of the definition validated last: saves of one checklist follow each other (a bulk insert,
	 * a team saving audits), and making the checks reads the whole definition. One pair, so a validator given a new
	 * copy of a definition each time holds on to nothing more.
	 */
	private volatile AnswerChecks lastChecks;

	/** Today is the system's. */
	public RecordValidator(Function<String, Optional<ChecklistDefinition>> definitionsByHash) {
		this(definitionsByHash, Clock.systemDefaultZone());
	}

	/** Today comes from {@code clock}: a date after it is refused where it cannot be planned. */
	public RecordValidator(Function<String, Optional<ChecklistDefinition>> definitionsByHash, Clock clock) {
		this.definitionsByHash = definitionsByHash;
		this.clock = clock;
	}

	public List<Problem> problems(Identified record) {
		List<Problem> problems = new ArrayList<>();
		new Checks(problems).doSwitch(record);
		textsFit(record, "", problems); //$NON-NLS-1$
		return problems;
	}

	private AnswerChecks answerChecks(ChecklistDefinition definition) {
		AnswerChecks checks = lastChecks;
		if (checks == null || !checks.isFor(definition)) {
			checks = new AnswerChecks(definition, clock);
			lastChecks = checks;
		}
		return checks;
	}

	/**
	 * Every text of the record and of the objects it contains within what a store keeps whole, so a long one is
	 * refused by name rather than failing in the database. Answers are checked with their item (AnswerChecks).
	 */
	private static void textsFit(EObject object, String prefix, List<Problem> problems) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType().getInstanceClass() != String.class || !object.eIsSet(attribute)) {
				continue;
			}
			List<?> texts = attribute.isMany() ? (List<?>) object.eGet(attribute) : List.of(object.eGet(attribute));
			for (int i = 0; i < texts.size(); i++) {
				String refused = AnswerValues.textRefusal((String) texts.get(i));
				if (refused != null) {
					problems.add(new Problem(prefix + attribute.getName() + (attribute.isMany() ? "[" + i + "]" : ""), refused)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
		}
		for (EReference containment : object.eClass().getEAllContainments()) {
			if (containment.getEReferenceType() == QaPackage.Literals.ANSWER || !object.eIsSet(containment)) {
				continue;
			}
			List<?> contents = containment.isMany() ? (List<?>) object.eGet(containment) : List.of(object.eGet(containment));
			for (int i = 0; i < contents.size(); i++) {
				textsFit((EObject) contents.get(i), prefix + containment.getName() + (containment.isMany() ? "[" + i + "]." : "."), problems); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}

	private final class Checks extends QaSwitch<Object> {

		private final List<Problem> problems;

		Checks(List<Problem> problems) {
			this.problems = problems;
		}

		@Override
		public Object caseLocality(Locality locality) {
			required("name", locality.getName()); //$NON-NLS-1$
			return this;
		}

		@Override
		public Object caseTeam(Team team) {
			required("name", team.getName()); //$NON-NLS-1$
			return this;
		}

		@Override
		public Object caseStaffMember(StaffMember staff) {
			required("name", staff.getName()); //$NON-NLS-1$
			return this;
		}

		@Override
		public Object caseCase(Case aCase) {
			required("caseNumber", aCase.getCaseNumber()); //$NON-NLS-1$
			LocalDate born = aCase.getChild() == null ? null : aCase.getChild().getDateOfBirth();
			if (born != null && born.isAfter(LocalDate.now(clock))) {
				problems.add(new Problem("child.dateOfBirth", NLS.bind(Messages.Validation_inFuture, Formats.date(born)))); //$NON-NLS-1$
			}
			for (int i = 0; i < aCase.getAllocations().size(); i++) {
				Allocation allocation = aCase.getAllocations().get(i);
				notBefore("allocations[" + i + "].closedOn", allocation.getClosedOn(), allocation.getAllocatedOn(), Messages.Validation_closedBeforeAllocated); //$NON-NLS-1$ //$NON-NLS-2$
				notBefore("allocations[" + i + "].allocatedOn", allocation.getAllocatedOn(), born, Messages.Validation_allocatedBeforeBirth); //$NON-NLS-1$ //$NON-NLS-2$
			}
			LocalDate firstAllocation = aCase.getAllocations().stream().map(Allocation::getAllocatedOn).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
			for (int i = 0; i < aCase.getKeyDates().size(); i++) {
				KeyDate keyDate = aCase.getKeyDates().get(i);
				required("keyDates[" + i + "].kind", keyDate.getKind()); //$NON-NLS-1$ //$NON-NLS-2$
				required("keyDates[" + i + "].date", keyDate.getDate()); //$NON-NLS-1$ //$NON-NLS-2$
				if (KeyDateKind.CLOSURE.getName().equals(keyDate.getKind())) {
					notBefore("keyDates[" + i + "].date", keyDate.getDate(), firstAllocation, Messages.Validation_closedBeforeAllocated); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			return this;
		}

		@Override
		public Object caseAssessment(Assessment assessment) {
			required("definitionId", assessment.getDefinitionId()); //$NON-NLS-1$
			notBefore("completedOn", assessment.getCompletedOn(), assessment.getStartedOn(), Messages.Validation_completedBeforeStarted); //$NON-NLS-1$
			Optional<ChecklistDefinition> definition = Optional.ofNullable(assessment.getDefinitionHash()).flatMap(definitionsByHash);
			if (definition.isEmpty()) {
				problems.add(new Problem("definitionHash", NLS.bind(Messages.Validation_unknownDefinition, assessment.getDefinitionId(), assessment.getDefinitionVersion()))); //$NON-NLS-1$
			} else {
				problems.addAll(answerChecks(definition.get()).problems(assessment));
			}
			return this;
		}

		@Override
		public Object caseRemedialAction(RemedialAction action) {
			required("action", action.getAction()); //$NON-NLS-1$
			return this;
		}

		@Override
		public Object caseDirectObservation(DirectObservation observation) {
			required("observedOn", observation.getObservedOn()); //$NON-NLS-1$
			return this;
		}

		@Override
		public Object caseSupervisionContract(SupervisionContract contract) {
			required("supervisor", contract.getSupervisor()); //$NON-NLS-1$
			required("supervisee", contract.getSupervisee()); //$NON-NLS-1$
			return this;
		}

		@Override
		public Object caseSupervisionRecord(SupervisionRecord record) {
			required("supervisor", record.getSupervisor()); //$NON-NLS-1$
			required("supervisee", record.getSupervisee()); //$NON-NLS-1$
			required("heldOn", record.getHeldOn()); //$NON-NLS-1$
			return this;
		}

		@Override
		public Object caseSupervisionSession(SupervisionSession session) {
			required("supervisee", session.getSupervisee()); //$NON-NLS-1$
			required("sessionOn", session.getSessionOn()); //$NON-NLS-1$
			return this;
		}

		@Override
		public Object caseCaseworkSupervision(CaseworkSupervision casework) {
			required("caseNumber", casework.getCaseNumber()); //$NON-NLS-1$
			required("heldOn", casework.getHeldOn()); //$NON-NLS-1$
			return this;
		}

		@Override
		public Object defaultCase(org.eclipse.emf.ecore.EObject object) {
			return this;
		}

		private void required(String field, Object value) {
			if (value == null || value instanceof String text && text.isBlank()) {
				problems.add(new Problem(field, Messages.Validation_required));
			}
		}

		private void notBefore(String field, LocalDate date, LocalDate earliest, String message) {
			if (date != null && earliest != null && date.isBefore(earliest)) {
				problems.add(new Problem(field, NLS.bind(message, Formats.date(date), Formats.date(earliest))));
			}
		}
	}
}
