package org.qaworkbench.core.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.internal.Messages;
import org.qaworkbench.core.store.InvalidRecordException.Problem;
import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.KeyDate;
import org.qaworkbench.model.KeyDateKind;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.Team;
import org.qaworkbench.model.util.QaSwitch;

/**
 * What makes a record storable, independent of any database: required values, dates in a possible order, and
 * for assessments answers that fit their checklist definition. Every problem names its field.
 */
public final class RecordValidator {

	private final Function<String, Optional<ChecklistDefinition>> definitionsByHash;

	public RecordValidator(Function<String, Optional<ChecklistDefinition>> definitionsByHash) {
		this.definitionsByHash = definitionsByHash;
	}

	public List<Problem> problems(Identified record) {
		List<Problem> problems = new ArrayList<>();
		new Checks(problems).doSwitch(record);
		return problems;
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
			if (aCase.getChild() != null && aCase.getChild().getDateOfBirth() != null && aCase.getChild().getDateOfBirth().isAfter(LocalDate.now())) {
				problems.add(new Problem("child.dateOfBirth", NLS.bind(Messages.Validation_inFuture, Formats.date(aCase.getChild().getDateOfBirth())))); //$NON-NLS-1$
			}
			for (int i = 0; i < aCase.getAllocations().size(); i++) {
				Allocation allocation = aCase.getAllocations().get(i);
				notBefore("allocations[" + i + "].closedOn", allocation.getClosedOn(), allocation.getAllocatedOn(), Messages.Validation_closedBeforeAllocated); //$NON-NLS-1$ //$NON-NLS-2$
			}
			LocalDate firstAllocation = aCase.getAllocations().stream().map(Allocation::getAllocatedOn).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
			for (int i = 0; i < aCase.getKeyDates().size(); i++) {
				KeyDate keyDate = aCase.getKeyDates().get(i);
				if (keyDate.getKind() == KeyDateKind.CLOSURE) {
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
				problems.addAll(new AnswerChecks(definition.get()).problems(assessment));
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
