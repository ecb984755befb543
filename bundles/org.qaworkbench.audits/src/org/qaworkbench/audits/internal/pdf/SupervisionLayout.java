package org.qaworkbench.audits.internal.pdf;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.audits.internal.ObservationMessages;
import org.qaworkbench.audits.internal.SupervisionMessages;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.supervision.SupervisionForm;
import org.qaworkbench.core.supervision.SupervisionPolicy;
import org.qaworkbench.core.supervision.SupervisionWorkflow;
import org.qaworkbench.model.ActionReview;
import org.qaworkbench.model.AgendaItem;
import org.qaworkbench.model.AgreedAction;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionRecord;

/**
 * A supervision contract (Appendix A), record of supervision (Appendix B) or casework supervision record on A4 pages,
 * laid out like the form the record was written to: its fixed wording from that form version, what was written
 * against each line, the signatures, then the sign-offs and amendments as every signed record prints them
 * ({@link SignOffTables}). Built on the same pages and tables as the audit and observation PDFs.
 */
public final class SupervisionLayout {

	/** The names of the people a record refers to, the child of a case, and the policy's labels for intervals. */
	public record Names(LongFunction<String> staff, Function<String, String> person, Function<String, String> child, SupervisionPolicy policy) {
	}

	private final Identified record;
	private final SupervisionForm form;
	private final Names names;

	public SupervisionLayout(Identified record, SupervisionForm form, Names names) {
		this.record = record;
		this.form = form;
		this.names = names;
	}

	public void write(PDDocument document) throws IOException {
		try (Pages pages = new Pages(document, new Fonts())) {
			TableWriter tables = new TableWriter(pages);
			pages.title(form.definition().getTitle());
			boolean casework = record instanceof CaseworkSupervision;
			pages.paragraph(Paragraph.italic(casework ? SupervisionMessages.Pdf_caseRecord : SupervisionMessages.Pdf_confidential));
			if (record instanceof SupervisionContract contract) {
				contract(pages, tables, contract);
			} else if (record instanceof SupervisionRecord supervision) {
				record(pages, tables, supervision);
			} else if (record instanceof CaseworkSupervision supervision) {
				casework(pages, tables, supervision);
			}
			pages.heading(ObservationMessages.Pdf_signOffs);
			if (SupervisionWorkflow.signOffs(record).isEmpty()) {
				pages.paragraph(Paragraph.plain(SupervisionMessages.Pdf_notSigned));
			} else {
				tables.write(SignOffTables.signOffs(SupervisionWorkflow.signOffs(record), names.person()));
			}
			if (!SupervisionWorkflow.amendments(record).isEmpty()) {
				pages.heading(ObservationMessages.Pdf_amendments);
				tables.write(SignOffTables.amendments(SupervisionWorkflow.amendments(record), names.person()));
			}
			String what = form.definition().getTitle() + " " + record.getId(); //$NON-NLS-1$
			pages.finish(NLS.bind(casework ? SupervisionMessages.Pdf_footer : SupervisionMessages.Pdf_footerConfidential, what, Formats.date(LocalDate.now())));
		}
	}

	private void contract(Pages pages, TableWriter tables, SupervisionContract contract) throws IOException {
		Fields header = new Fields().add(form.text(SupervisionForm.SUPERVISOR, SupervisionForm.SUPERVISOR), staff(contract.getSupervisor()))
				.add(form.text(SupervisionForm.SUPERVISEE, SupervisionForm.SUPERVISEE), staff(contract.getSupervisee()));
		ids(header);
		if (contract.getSupersedes() != null) {
			header.add(SupervisionMessages.Pdf_supersedes, String.valueOf(contract.getSupersedes().getId()));
		}
		tables.write(header.table());
		wording(pages, tables, SupervisionForm.EXPECTATIONS, false);
		wording(pages, tables, SupervisionForm.PURPOSES, true);
		pages.heading(form.title(SupervisionForm.ARRANGEMENTS, SupervisionForm.ARRANGEMENTS));
		Table arrangements = new Table(1f);
		for (Item item : form.items(SupervisionForm.ARRANGEMENTS)) {
			arrangements.row(Cell.bold(item.getText()).shaded());
			String value = switch (item.getItemId()) {
			case SupervisionForm.FREQUENCY -> NLS.bind(SupervisionMessages.Pdf_agreed, names.policy().label(contract.getFrequencyPeriod()));
			case SupervisionForm.REASONS_LESS_FREQUENT -> contract.getReasonsLessFrequent();
			case "preparation" -> contract.getPreparation(); //$NON-NLS-1$
			case "storage" -> contract.getStorage(); //$NON-NLS-1$
			default -> null;
			};
			if (value != null && !value.isBlank()) {
				arrangements.row(Cell.of(value));
			}
		}
		tables.write(arrangements);
		wording(pages, tables, SupervisionForm.AGREEMENTS, false);
		pages.heading(form.title(SupervisionForm.SIGNATURES, SupervisionForm.SIGNATURES));
		String review = contract.getReviewOn() == null ? names.policy().label(contract.getReviewPeriod())
				: NLS.bind(SupervisionMessages.Pdf_reviewed, names.policy().label(contract.getReviewPeriod()), Formats.date(contract.getReviewOn()));
		tables.write(signatures(contract.getSupervisee(), contract.getSignedBySuperviseeOn(), contract.getSupervisor(), contract.getSignedBySupervisorOn(),
				"signed-by-supervisee", "signed-by-supervisor").add(form.text(SupervisionForm.REVIEW, SupervisionForm.REVIEW), review).table()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void record(Pages pages, TableWriter tables, SupervisionRecord supervision) throws IOException {
		String next = supervision.getNextOn() == null ? "" //$NON-NLS-1$
				: Formats.date(supervision.getNextOn()) + (supervision.getNextTime() == null ? "" : " " + supervision.getNextTime()); //$NON-NLS-1$ //$NON-NLS-2$
		Fields header = new Fields().add(form.text(SupervisionForm.SUPERVISEE, SupervisionForm.SUPERVISEE), staff(supervision.getSupervisee()))
				.add(form.text(SupervisionForm.SESSION_DATE, SupervisionForm.SESSION_DATE), Formats.date(supervision.getHeldOn()))
				.add(form.text(SupervisionForm.SUPERVISOR, SupervisionForm.SUPERVISOR), staff(supervision.getSupervisor()))
				.add(form.text(SupervisionForm.NEXT_SESSION, SupervisionForm.NEXT_SESSION), next);
		ids(header);
		tables.write(header.table());
		Table agenda = new Table(0.36f, 0.4f, 0.24f).header(Cell.bold(form.text(SupervisionForm.ITEMS_DISCUSSED, SupervisionForm.ITEMS_DISCUSSED)).shaded(),
				Cell.bold(form.text(SupervisionForm.DECISIONS, SupervisionForm.DECISIONS)).shaded(),
				Cell.bold(form.text(SupervisionForm.BY_WHOM, SupervisionForm.BY_WHOM)).shaded());
		for (AgendaItem item : supervision.getAgendaItems()) {
			agenda.row(Cell.of(List.of(Paragraph.bold(item.getTopic()), Paragraph.plain(item.getDiscussion()))),
					Cell.of(List.of(Paragraph.plain(item.getDecision()), Paragraph.plain(item.getActions()))),
					Cell.of(List.of(Paragraph.plain(item.getByWhom()), Paragraph.plain(item.getTimescale()))));
		}
		pages.heading(form.title(SupervisionForm.AGENDA, SupervisionForm.AGENDA));
		tables.write(agenda);
		pages.heading(form.text(SupervisionForm.REVIEW_OF_ACTIONS_SECTION, SupervisionMessages.Pdf_reviews));
		if (supervision.getReviews().isEmpty()) {
			pages.paragraph(Paragraph.plain(SupervisionMessages.Pdf_noActions));
		} else {
			Table reviews = new Table(0.34f, 0.16f, 0.18f, 0.08f, 0.24f).header(Cell.bold(SupervisionMessages.Pdf_action).shaded(),
					Cell.bold(SupervisionMessages.Pdf_from).shaded(), Cell.bold(SupervisionMessages.Pdf_byWhen).shaded(), Cell.bold(SupervisionMessages.Pdf_done).shaded(),
					Cell.bold(SupervisionMessages.Pdf_comment).shaded());
			for (ActionReview review : supervision.getReviews()) {
				List<String> byWhen = new ArrayList<>();
				for (String part : new String[] { review.getByWhom(), review.getTimescale(), review.getDueOn() == null ? null : Formats.date(review.getDueOn()) }) {
					if (part != null && !part.isBlank()) {
						byWhen.add(part);
					}
				}
				reviews.row(Cell.of(text(review.getAction())), Cell.of(origin(review)), Cell.of(String.join(", ", byWhen)), //$NON-NLS-1$
						Cell.of(review.isDone() ? SupervisionMessages.Pdf_yes : SupervisionMessages.Pdf_no), Cell.of(text(review.getComment())));
			}
			tables.write(reviews);
		}
		pages.heading(form.title(SupervisionForm.SIGNATURES, SupervisionForm.SIGNATURES));
		tables.write(signatures(supervision.getSupervisee(), supervision.getSignedBySuperviseeOn(), supervision.getSupervisor(), supervision.getSignedBySupervisorOn(),
				"signed-supervisee", "signed-supervisor").table()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void casework(Pages pages, TableWriter tables, CaseworkSupervision casework) throws IOException {
		Fields header = new Fields().add(form.text(SupervisionForm.DATE, SupervisionForm.DATE), Formats.date(casework.getHeldOn()))
				.add(form.text(SupervisionForm.TEAM_MANAGER, SupervisionForm.TEAM_MANAGER), staff(casework.getSupervisor()))
				.add(form.text(SupervisionForm.PRACTITIONER, SupervisionForm.PRACTITIONER), staff(casework.getWorker()))
				.add(form.text(SupervisionForm.CASE_STATUS, SupervisionForm.CASE_STATUS), casework.getCaseStatus() == null ? "" : casework.getCaseStatus().getLiteral()) //$NON-NLS-1$
				.add(form.text(SupervisionForm.CHILD, SupervisionForm.CHILD), text(names.child().apply(casework.getCaseNumber())))
				.add(form.text(SupervisionForm.CASE_NUMBER, SupervisionForm.CASE_NUMBER), text(casework.getCaseNumber()));
		ids(header);
		tables.write(header.table());
		Table body = new Table(1f);
		for (Item item : form.items("discussion")) { //$NON-NLS-1$
			if (SupervisionForm.ACTIONS.equals(item.getItemId())) {
				continue;
			}
			body.row(Cell.bold(item.getText()).shaded());
			body.row(Cell.of(orMark(answer(casework, item.getItemId()))));
		}
		tables.write(body);
		pages.heading(form.text(SupervisionForm.ACTIONS, SupervisionForm.ACTIONS));
		if (casework.getAgreedActions() != null && !casework.getAgreedActions().isBlank()) {
			pages.paragraph(Paragraph.plain(casework.getAgreedActions()));
		}
		if (casework.getActions().isEmpty()) {
			pages.paragraph(Paragraph.plain(SupervisionMessages.Pdf_noActions));
		} else {
			Table actions = new Table(0.6f, 0.25f, 0.15f).header(Cell.bold(SupervisionMessages.Pdf_action).shaded(), Cell.bold(SupervisionMessages.Pdf_who).shaded(),
					Cell.bold(SupervisionMessages.Pdf_when).shaded());
			for (AgreedAction action : casework.getActions()) {
				actions.row(Cell.of(text(action.getAction())), Cell.of(text(action.getByWhom())), Cell.of(Formats.date(action.getDueOn())));
			}
			tables.write(actions);
		}
	}

	/** What the casework record holds under a heading of its form. */
	private static String answer(CaseworkSupervision casework, String itemId) {
		return switch (itemId) {
		case SupervisionForm.PURPOSE -> casework.getPurposeOfInvolvement();
		case SupervisionForm.REVIEW_OF_ACTIONS -> casework.getReviewOfActions();
		case SupervisionForm.LAST_ASSESSMENT -> Formats.date(casework.getLastAssessmentOn());
		case SupervisionForm.CHILD_LAST_SEEN -> Formats.date(casework.getChildLastSeenOn());
		case SupervisionForm.WHAT_HAS_HAPPENED -> casework.getWhatHasHappened();
		case SupervisionForm.SUPPORT_PLAN -> (casework.isSupportPlanUpToDate() ? SupervisionMessages.Pdf_yes : SupervisionMessages.Pdf_no)
				+ (casework.getSmartPlan() == null || casework.getSmartPlan().isBlank() ? "" : "\n" + casework.getSmartPlan()); //$NON-NLS-1$ //$NON-NLS-2$
		case SupervisionForm.WISHES_AND_FEELINGS -> casework.getWishesAndFeelings();
		case SupervisionForm.POSITIVE_CHANGE -> casework.getPositiveChange();
		case SupervisionForm.RISK -> casework.getRiskAnalysis();
		case SupervisionForm.STRENGTHS -> casework.getStrengths();
		default -> null;
		};
	}

	/** A section of fixed wording: the title, then each line (numbered where the form numbers them). */
	private void wording(Pages pages, TableWriter tables, String sectionId, boolean numbered) throws IOException {
		List<Item> items = form.items(sectionId);
		if (items.isEmpty()) {
			return;
		}
		pages.heading(form.title(sectionId, sectionId));
		for (int i = 0; i < items.size(); i++) {
			pages.paragraph(Paragraph.plain((numbered ? (i + 1) + ". " : items.size() > 1 ? "- " : "") + items.get(i).getText())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private Fields signatures(StaffMember supervisee, LocalDate superviseeOn, StaffMember supervisor, LocalDate supervisorOn, String superviseeItem,
			String supervisorItem) {
		return new Fields().add(form.text(superviseeItem, superviseeItem), superviseeOn == null ? SupervisionMessages.Pdf_notSigned : staff(supervisee))
				.add(form.text("supervisee-date", "Date:"), Formats.date(superviseeOn)) //$NON-NLS-1$ //$NON-NLS-2$
				.add(form.text(supervisorItem, supervisorItem), supervisorOn == null ? SupervisionMessages.Pdf_notSigned : staff(supervisor))
				.add(form.text("supervisor-date", "Date:"), Formats.date(supervisorOn)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void ids(Fields header) {
		header.add(SupervisionMessages.Pdf_id, String.valueOf(record.getId()))
				.add(SupervisionMessages.Pdf_state, SupervisionWorkflow.state(record).getLiteral())
				.add(SupervisionMessages.Pdf_form, NLS.bind(SupervisionMessages.Pdf_formVersion, form.definition().getTitle(), form.definition().getVersion()));
	}

	private static String origin(ActionReview review) {
		String pattern = switch (review.getOrigin()) {
		case AUDIT -> SupervisionMessages.Pdf_origin_AUDIT;
		case OBSERVATION -> SupervisionMessages.Pdf_origin_OBSERVATION;
		default -> SupervisionMessages.Pdf_origin_SUPERVISION;
		};
		return NLS.bind(pattern, review.getOriginId());
	}

	private String staff(StaffMember member) {
		return member == null ? "" : names.staff().apply(member.getId()); //$NON-NLS-1$
	}

	private static String orMark(String text) {
		return text == null || text.isBlank() ? SupervisionMessages.Pdf_notWritten : text;
	}

	private static String text(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
