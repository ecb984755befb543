package org.qaworkbench.core.supervision;

import java.util.List;
import java.util.Optional;

import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.Section;

/**
 * A supervision form read as one (contract, record of supervision, sessions log or casework supervision record): its
 * fixed wording by section and item id, as a definition contributed to {@code org.qaworkbench.core.supervisionForms}
 * holds it. Which form it is comes from its definition id ({@link SupervisionForms#CONTRACT} ...); the item ids the
 * application reads by name are the constants here, listed in each form file and the plugin's README.
 */
public final class SupervisionForm {

	/** Contract: the header and the agreed interval. */
	public static final String SUPERVISOR = "supervisor"; //$NON-NLS-1$
	public static final String SUPERVISEE = "supervisee"; //$NON-NLS-1$
	public static final String FREQUENCY = "frequency"; //$NON-NLS-1$
	public static final String REASONS_LESS_FREQUENT = "reasons-less-frequent"; //$NON-NLS-1$
	public static final String REVIEW = "review"; //$NON-NLS-1$
	/** Contract sections of fixed wording both parties agree to. */
	public static final String EXPECTATIONS = "expectations"; //$NON-NLS-1$
	public static final String PURPOSES = "purposes"; //$NON-NLS-1$
	public static final String ARRANGEMENTS = "arrangements"; //$NON-NLS-1$
	public static final String AGREEMENTS = "agreements"; //$NON-NLS-1$
	/** Record: the header, the agenda's fixed rows and its three columns, the review of carried-forward actions. */
	public static final String SESSION_DATE = "session-date"; //$NON-NLS-1$
	public static final String NEXT_SESSION = "next-session"; //$NON-NLS-1$
	public static final String AGENDA = "agenda"; //$NON-NLS-1$
	public static final String COLUMNS = "columns"; //$NON-NLS-1$
	public static final String ITEMS_DISCUSSED = "items-discussed"; //$NON-NLS-1$
	public static final String DECISIONS = "decisions"; //$NON-NLS-1$
	public static final String BY_WHOM = "by-whom"; //$NON-NLS-1$
	public static final String REVIEW_OF_ACTIONS_SECTION = "review"; //$NON-NLS-1$
	public static final String SIGNATURES = "signatures"; //$NON-NLS-1$
	/** Casework supervision record: the header and each heading, one field of the record each. */
	public static final String DATE = "date"; //$NON-NLS-1$
	public static final String TEAM_MANAGER = "team-manager"; //$NON-NLS-1$
	public static final String PRACTITIONER = "practitioner"; //$NON-NLS-1$
	public static final String CASE_STATUS = "case-status"; //$NON-NLS-1$
	public static final String CHILD = "child"; //$NON-NLS-1$
	public static final String CASE_NUMBER = "case-number"; //$NON-NLS-1$
	public static final String PURPOSE = "purpose"; //$NON-NLS-1$
	public static final String REVIEW_OF_ACTIONS = "review-of-actions"; //$NON-NLS-1$
	public static final String LAST_ASSESSMENT = "last-assessment"; //$NON-NLS-1$
	public static final String CHILD_LAST_SEEN = "child-last-seen"; //$NON-NLS-1$
	public static final String WHAT_HAS_HAPPENED = "what-has-happened"; //$NON-NLS-1$
	public static final String SUPPORT_PLAN = "support-plan"; //$NON-NLS-1$
	public static final String WISHES_AND_FEELINGS = "wishes-and-feelings"; //$NON-NLS-1$
	public static final String POSITIVE_CHANGE = "positive-change"; //$NON-NLS-1$
	public static final String RISK = "risk"; //$NON-NLS-1$
	public static final String STRENGTHS = "strengths"; //$NON-NLS-1$
	public static final String ACTIONS = "actions"; //$NON-NLS-1$
	/** Sessions log (Appendix C): its columns. */
	public static final String INITIALS = "initials"; //$NON-NLS-1$
	public static final String MISSED = "missed"; //$NON-NLS-1$
	public static final String NOTES = "notes"; //$NON-NLS-1$

	private final ChecklistDefinition definition;

	public SupervisionForm(ChecklistDefinition definition) {
		this.definition = definition;
	}

	public ChecklistDefinition definition() {
		return definition;
	}

	public Optional<Section> section(String sectionId) {
		return definition.getSections().stream().filter(section -> sectionId.equals(section.getSectionId())).findFirst();
	}

	/** The items of a section in the form's order; none when the form has no such section. */
	public List<Item> items(String sectionId) {
		return section(sectionId).map(section -> List.copyOf(section.getItems())).orElse(List.of());
	}

	/** The record form's fixed agenda rows, in order ("Agenda items", "Training", ...). */
	public List<Item> agendaRows() {
		return items(AGENDA);
	}

	public Optional<Item> item(String itemId) {
		return definition.getSections().stream().flatMap(section -> section.getItems().stream()).filter(item -> itemId.equals(item.getItemId())).findFirst();
	}

	/** The form's wording of an item; {@code fallback} when an adapted form leaves it out. */
	public String text(String itemId, String fallback) {
		return item(itemId).map(Item::getText).orElse(fallback);
	}

	/** A section's title; {@code fallback} when the form has no such section. */
	public String title(String sectionId, String fallback) {
		return section(sectionId).map(Section::getTitle).orElse(fallback);
	}
}
