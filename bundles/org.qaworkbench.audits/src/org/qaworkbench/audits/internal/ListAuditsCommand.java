package org.qaworkbench.audits.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.audits.AuditFilter;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.ChecklistDefinition;

/**
 * {@code qa audits list [filters]}: one audit per line, its id first, then case number, locality, state, date
 * (completed, else started), auditors, checklist, and the computed score, the auditor's judgement and the moderator's
 * grade where there are any. Audits are streamed in id order.
 */
final class ListAuditsCommand implements QaCommand {

	@Override
	public String name() {
		return "list"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.List_summary;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(arguments, FilterOptions.NAMES);
		if (!options.positional().isEmpty()) {
			throw new Options.UsageException(NLS.bind(Messages.Filter_unexpected, options.positional().get(0), name()));
		}
		FilterOptions filters = new FilterOptions(options);
		try (Store store = Stores.open(DataFolder.resolve())) {
			if (list(store, filters.filter(store), out) == 0) {
				out.println(Messages.List_none);
			}
		}
		return OK;
	}

	/** Prints the audits the filter takes and returns how many there were. */
	static long list(Store store, Predicate<Assessment> filter, PrintStream out) {
		Lookups lookups = new Lookups(store);
		long[] count = { 0 };
		store.records().forEach(Assessment.class, audit -> {
			if (filter.test(audit)) {
				out.println(line(audit, lookups));
				count[0]++;
			}
		});
		return count[0];
	}

	static String line(Assessment audit, Lookups lookups) {
		List<String> columns = new ArrayList<>(List.of(String.format("%-6d", audit.getId()), String.format("%-10s", orDash(audit.getSubjectKey())), //$NON-NLS-1$ //$NON-NLS-2$
				String.format("%-15s", orDash(lookups.locality(audit))), String.format("%-9s", audit.getState() == null ? "-" : audit.getState().getLiteral()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				orDash(Formats.date(AuditFilter.dateOf(audit))), orDash(lookups.assessors(audit)), orDash(lookups.checklistTitle(audit))));
		columns.add(outcome(audit, lookups));
		return String.join("  ", columns).stripTrailing(); //$NON-NLS-1$
	}

	private static String outcome(Assessment audit, Lookups lookups) {
		List<String> parts = new ArrayList<>();
		ChecklistDefinition definition = lookups.definition(audit).orElse(null);
		AnswerText.overall(audit).ifPresent(score -> parts.add(NLS.bind(Messages.List_score, AnswerText.score(score, definition == null ? null : definition.getOverallScoring()))));
		if (audit.getJudgement() != null && !audit.getJudgement().isBlank()) {
			parts.add(NLS.bind(Messages.List_judgement, grade(definition, audit.getJudgement())));
		}
		if (audit.getModeratedJudgement() != null && !audit.getModeratedJudgement().isBlank()) {
			parts.add(NLS.bind(Messages.List_moderated, grade(definition, audit.getModeratedJudgement())));
		}
		return parts.isEmpty() ? "-" : String.join("; ", parts); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String grade(ChecklistDefinition definition, String value) {
		return definition == null ? value : AnswerText.grade(definition, value);
	}

	private static String orDash(String text) {
		return text == null || text.isBlank() ? "-" : text; //$NON-NLS-1$
	}
}
