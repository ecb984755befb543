package org.qaworkbench.audits.internal.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.audits.internal.AnswerText;
import org.qaworkbench.audits.internal.Lookups;
import org.qaworkbench.audits.internal.Messages;
import org.qaworkbench.core.Formats;
import org.qaworkbench.model.Amendment;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.FollowUp;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.ScoringMethod;
import org.qaworkbench.model.ScoringRule;
import org.qaworkbench.model.SignOff;

/**
 * What the audit came to and what happened next, as the summary page of the paper tool and the workflow record it:
 * the overall score (the scale with the auditor's grade marked) beside the auditor's and the moderator's grades, the
 * remedial actions with how they were addressed and followed up, lessons learnt, the sign-offs, the sharing with the
 * practitioner and their response, and amendments.
 */
final class OutcomeTables {

	private final Assessment audit;
	private final ChecklistDefinition definition;
	private final Lookups lookups;

	OutcomeTables(Assessment audit, ChecklistDefinition definition, Lookups lookups) {
		this.audit = audit;
		this.definition = definition;
		this.lookups = lookups;
	}

	Table overall() {
		String computed = AnswerText.overall(audit).map(score -> AnswerText.score(score, definition.getOverallScoring())).orElse(Messages.Pdf_notScored);
		Fields fields = new Fields().add(Messages.Pdf_computedScore, computed).add(Messages.Pdf_judgement, AnswerText.grade(definition, audit.getJudgement()));
		fields.addIfAny(Messages.Pdf_judgementRationale, audit.getJudgementRationale());
		if (audit.getModeratedJudgement() != null && !audit.getModeratedJudgement().isBlank()) {
			fields.add(Messages.Pdf_moderatedJudgement, AnswerText.grade(definition, audit.getModeratedJudgement()));
			fields.addIfAny(Messages.Pdf_moderationReason, audit.getModerationReason());
		}
		return fields.addIfAny(Messages.Pdf_comments, audit.getComments()).table();
	}

	/**
	 * The paper's "Auditors Overall Score" row: the levels of the checklist's scale side by side, the auditor's overall
	 * grade marked under its level. Only a checklist whose overall score is a grade has one.
	 */
	Optional<Table> overallScale() {
		ScoringRule rule = definition.getOverallScoring();
		boolean graded = rule != null && (rule.getMethod() == ScoringMethod.MEAN_GRADE || rule.getMethod() == ScoringMethod.WORST_GRADE);
		if (!graded || definition.getScales().isEmpty()) {
			return Optional.empty();
		}
		List<Level> levels = definition.getScales().get(0).getLevels();
		float[] widths = new float[1 + levels.size()];
		widths[0] = 0.30f;
		Arrays.fill(widths, 1, widths.length, 0.70f / levels.size());
		Table table = new Table(widths);
		List<Cell> values = new ArrayList<>(List.of(Cell.bold(Messages.Pdf_overallScale).shaded()));
		List<Cell> labels = new ArrayList<>(List.of(Cell.EMPTY));
		List<Cell> marks = new ArrayList<>(List.of(Cell.of(Messages.Pdf_auditorsGrade)));
		String judgement = audit.getJudgement() == null ? "" : audit.getJudgement().strip(); //$NON-NLS-1$
		for (Level level : levels) {
			String value = String.valueOf(level.getValue());
			values.add(Cell.bold(value).centred().shaded());
			labels.add(Cell.of(level.getLabel()).centred());
			marks.add(value.equals(judgement) ? Cell.bold(value).centred().shaded() : Cell.EMPTY);
		}
		table.header(values.toArray(Cell[]::new));
		table.row(labels.toArray(Cell[]::new));
		table.row(marks.toArray(Cell[]::new));
		return Optional.of(table);
	}

	/** What the model keeps as lessons learnt, last on the paper's summary page. */
	Table lessons() {
		return new Fields().addIfAny(Messages.Pdf_lessonsLearnt, audit.getLessonsLearnt()).table();
	}

	Table actions(List<RemedialAction> actions) {
		Table table = new Table(0.26f, 0.11f, 0.22f, 0.11f, 0.10f, 0.20f);
		table.header(Cell.bold(Messages.Pdf_action).shaded(), Cell.bold(Messages.Pdf_dueOn).shaded(), Cell.bold(Messages.Pdf_howAddressed).shaded(),
				Cell.bold(Messages.Pdf_completedOn).shaded(), Cell.bold(Messages.Pdf_initials).shaded(), Cell.bold(Messages.Pdf_followUp).shaded());
		for (RemedialAction action : actions) {
			table.row(Cell.of(action.getAction()), Cell.of(Formats.date(action.getDueOn())), Cell.of(action.getHowAddressed()),
					Cell.of(Formats.date(action.getCompletedOn())), Cell.of(action.getInitials()), Cell.of(followUp(action.getFollowUp())));
		}
		return table;
	}

	Table signOffs() {
		Table table = new Table(0.14f, 0.22f, 0.18f, 0.17f, 0.29f);
		table.header(Cell.bold(Messages.Pdf_step).shaded(), Cell.bold(Messages.Pdf_by).shaded(), Cell.bold(Messages.Pdf_role).shaded(),
				Cell.bold(Messages.Pdf_when).shaded(), Cell.bold(Messages.Pdf_note).shaded());
		for (SignOff signOff : audit.getSignOffs()) {
			table.row(Cell.of(signOff.getStep() == null ? "" : signOff.getStep().getLiteral()), Cell.of(lookups.person(signOff.getBy())), //$NON-NLS-1$
					Cell.of(signOff.getRole() == null ? "" : signOff.getRole().getLiteral()), Cell.of(Formats.dateTime(signOff.getAt())), Cell.of(signOff.getNote())); //$NON-NLS-1$
		}
		return table;
	}

	/** When the outcome was shared with the practitioner and what they answered, if either happened. */
	Table sharing() {
		String sharedOn = audit.getSharedOn() == null ? null : Formats.date(audit.getSharedOn());
		return new Fields().addIfAny(Messages.Pdf_sharedOn, sharedOn).addIfAny(Messages.Pdf_practitionerResponse, audit.getPractitionerResponse()).table();
	}

	Table amendments() {
		Table table = new Table(0.16f, 0.24f, 0.60f);
		table.header(Cell.bold(Messages.Pdf_when).shaded(), Cell.bold(Messages.Pdf_by).shaded(), Cell.bold(Messages.Pdf_reason).shaded());
		for (Amendment amendment : audit.getAmendments()) {
			table.row(Cell.of(Formats.dateTime(amendment.getAt())), Cell.of(lookups.person(amendment.getBy())), Cell.of(amendment.getReason()));
		}
		return table;
	}

	private static String followUp(FollowUp followUp) {
		if (followUp == null) {
			return ""; //$NON-NLS-1$
		}
		String outcome = followUp.getOutcome() == null ? "" : followUp.getOutcome(); //$NON-NLS-1$
		if (followUp.getCheckedOn() != null) {
			return NLS.bind(followUp.isDone() ? Messages.Pdf_followUpDone : Messages.Pdf_followUpNotDone, Formats.date(followUp.getCheckedOn()), outcome);
		}
		return followUp.getDueOn() == null ? "" : NLS.bind(Messages.Pdf_followUpDue, Formats.date(followUp.getDueOn())); //$NON-NLS-1$
	}
}
