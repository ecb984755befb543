package org.qaworkbench.audits.internal.pdf;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.audits.internal.Lookups;
import org.qaworkbench.audits.internal.ObservationMessages;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.observations.ObservationForm;
import org.qaworkbench.core.observations.ObservationWorkflow;
import org.qaworkbench.model.Consent;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.Section;

/**
 * One direct observation on A4 pages in the order of the form (Attachment Three): the header table, what was agreed
 * when planning, each section's prompts with the observer's narrative under each, the practitioner's reflection, the
 * overall summary, the grade with its descriptor, the recommendations and the development actions, the comments,
 * the sign-offs and any amendments. Prompts come from the form version the observation was written to.
 */
public final class ObservationLayout {

	private final DirectObservation observation;
	private final ObservationForm form;
	private final Names names;

	/** The names of the people a record refers to by id or user id. */
	public interface Names {
		String staff(long id);

		String person(String userId);
	}

	public ObservationLayout(DirectObservation observation, ObservationForm form, Names names) {
		this.observation = observation;
		this.form = form;
		this.names = names;
	}

	public void write(PDDocument document) throws IOException {
		try (Pages pages = new Pages(document, new Fonts())) {
			TableWriter tables = new TableWriter(pages);
			pages.title(form.definition().getTitle());
			pages.paragraph(Paragraph.italic(ObservationMessages.Pdf_confidential));
			tables.write(header());
			pages.heading(ObservationMessages.Pdf_planning);
			tables.write(new Fields().add(ObservationMessages.Pdf_objectives, text(observation.getAgreedObjectives()))
					.add(ObservationMessages.Pdf_learningFocus, text(observation.getLearningFocus()))
					.add(ObservationMessages.Pdf_observerRole, text(observation.getObserverRole()))
					.add(ObservationMessages.Pdf_feedbackPlan, text(observation.getFeedbackPlan())).table());
			for (Section section : form.definition().getSections()) {
				List<Item> prompts = form.prompts(section);
				if (!prompts.isEmpty()) {
					pages.heading(section.getTitle());
					tables.write(prompts(prompts));
				} else if (form.item(ObservationForm.REFLECTION).filter(item -> section.getItems().contains(item)).isPresent()) {
					pages.heading(section.getTitle());
					tables.write(answer(form.text(ObservationForm.REFLECTION, section.getTitle()), observation.getPractitionerReflection()));
				} else if (form.item(ObservationForm.GRADE).filter(item -> section.getItems().contains(item)).isPresent()) {
					pages.heading(section.getTitle());
					tables.write(grade());
				} else if (form.item(ObservationForm.RECOMMENDATIONS).filter(item -> section.getItems().contains(item)).isPresent()) {
					pages.heading(section.getTitle());
					tables.write(answer(form.text(ObservationForm.RECOMMENDATIONS, section.getTitle()), observation.getRecommendations()));
					if (!ObservationWorkflow.recommendations(observation).isEmpty()) {
						tables.write(new Fields().add(ObservationMessages.Pdf_actionsDue, Formats.date(observation.getActionsDueOn())).table());
					}
				}
			}
			pages.heading(ObservationMessages.Pdf_comments);
			tables.write(new Fields().add(ObservationMessages.Pdf_practitionerComment, text(observation.getPractitionerComment()))
					.add(ObservationMessages.Pdf_familyComment, text(observation.getServiceUserComment())).table());
			pages.heading(ObservationMessages.Pdf_signOffs);
			if (observation.getSignOffs().isEmpty()) {
				pages.paragraph(Paragraph.plain(ObservationMessages.Pdf_nobody));
			} else {
				tables.write(signOffs());
			}
			if (!observation.getAmendments().isEmpty()) {
				pages.heading(ObservationMessages.Pdf_amendments);
				tables.write(amendments());
			}
			pages.finish(NLS.bind(ObservationMessages.Pdf_footer, observation.getId(), Formats.date(LocalDate.now())));
		}
	}

	/** The form's header in its own words: date, practitioner, observer, child ID (the case number), setting, consent. */
	private Table header() {
		Consent consent = observation.getConsent();
		String consentText = consent == null ? "" //$NON-NLS-1$
				: String.join(", ", List.of(ObservationMessages.Pdf_consentBy + ": " + text(consent.getGivenBy()), //$NON-NLS-1$ //$NON-NLS-2$
						ObservationMessages.Pdf_consentTo + ": " + text(consent.getGivenTo()), //$NON-NLS-1$
						ObservationMessages.Pdf_consentOn + ": " + Formats.date(consent.getGivenOn()))); //$NON-NLS-1$
		return new Fields().add(form.text(ObservationForm.DATE, ObservationForm.DATE), Formats.date(observation.getObservedOn()))
				.add(form.text(ObservationForm.PRACTITIONER, ObservationForm.PRACTITIONER), staff(observation.getPractitioner()))
				.add(form.text(ObservationForm.OBSERVER, ObservationForm.OBSERVER), staff(observation.getObserver()))
				.add(form.text(ObservationForm.CHILD_ID, ObservationForm.CHILD_ID), text(observation.getCaseNumber()))
				.add(form.text(ObservationForm.SETTING, ObservationForm.SETTING), text(observation.getSetting()))
				.add(form.text(ObservationForm.CONSENT, ObservationForm.CONSENT), consentText)
				.add(ObservationMessages.Pdf_observationId, String.valueOf(observation.getId()))
				.add(ObservationMessages.Pdf_state, observation.getState() == null ? "" : observation.getState().getLiteral()) //$NON-NLS-1$
				.add(ObservationMessages.Pdf_form, NLS.bind(ObservationMessages.Pdf_formVersion, form.definition().getTitle(), form.definition().getVersion()))
				.table();
	}

	/** Each prompt in bold with the observer's narrative under it, across the page. */
	private Table prompts(List<Item> prompts) {
		Table table = new Table(1f);
		for (Item prompt : prompts) {
			table.row(Cell.bold(prompt.getText()).shaded());
			table.row(Cell.of(narrativeOrMark(ObservationWorkflow.narrative(observation, prompt.getItemId()))));
		}
		return table;
	}

	private static Table answer(String prompt, String text) {
		return new Table(1f).row(Cell.bold(prompt).shaded()).row(Cell.of(narrativeOrMark(text)));
	}

	private Table grade() {
		Table table = new Table(0.25f, 0.75f);
		for (Level level : form.grades()) {
			boolean chosen = level.getValue() == observation.getGrade();
			Cell label = chosen ? Cell.bold("[X] " + level.getLabel()) : Cell.of("[  ] " + level.getLabel()); //$NON-NLS-1$ //$NON-NLS-2$
			table.row(chosen ? label.shaded() : label, Cell.of(level.getDescriptor() == null ? "" : level.getDescriptor())); //$NON-NLS-1$
		}
		if (form.grades().isEmpty()) {
			table.row(Cell.of(ObservationMessages.Pdf_grade), Cell.of(form.gradeLabel(observation.getGrade())));
		}
		return table;
	}

	private Table signOffs() {
		return SignOffTables.signOffs(observation.getSignOffs(), names::person);
	}

	private Table amendments() {
		return SignOffTables.amendments(observation.getAmendments(), names::person);
	}

	private String staff(org.qaworkbench.model.StaffMember member) {
		return member == null ? "" : names.staff(member.getId()); //$NON-NLS-1$
	}

	private static String narrativeOrMark(String text) {
		return text == null || text.isBlank() ? ObservationMessages.Pdf_notWritten : text;
	}

	private static String text(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
