package org.qaworkbench.audits.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.audits.AuditFilter;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.cli.SignIn;
import org.qaworkbench.core.queries.AuditEntry;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.ChecklistDefinition;

/**
 * {@code qa audits list [filters]}: one audit per line, its id first, then case number, locality, state, date
 * (completed, else started), auditors, checklist, and the computed score, the auditor's judgement and the moderator's
 * grade where there are any. Read through the audit list's read model, streamed in id order: the database filters,
 * and no audit is loaded whole. Checklist definitions (for grade labels and score decimals) are read once each.
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
		Set<String> known = new HashSet<>(FilterOptions.NAMES);
		known.add(StaffCommandLine.AS);
		Options options = Options.parse(arguments, known);
		if (!options.positional().isEmpty()) {
			throw new Options.UsageException(NLS.bind(Messages.Filter_unexpected, options.positional().get(0), name()));
		}
		FilterOptions filters = new FilterOptions(options);
		try (Store store = SignIn.fromEnvironment().open(DataFolder.resolve(), options.value(StaffCommandLine.AS, null))) {
			if (list(store, filters.filter(store), out) == 0) {
				out.println(Messages.List_none);
			}
		}
		return OK;
	}

	/** Prints the audits the filter takes and returns how many there were. */
	static long list(Store store, AuditFilter filter, PrintStream out) {
		Map<String, Optional<ChecklistDefinition>> definitions = new HashMap<>();
		long[] count = { 0 };
		store.queries().audits(filter.criteria(), audit -> {
			ChecklistDefinition definition = audit.definitionHash() == null ? null
					: definitions.computeIfAbsent(audit.definitionHash(), store.definitions()::find).orElse(null);
			out.println(line(audit, definition));
			count[0]++;
		});
		return count[0];
	}

	static String line(AuditEntry audit, ChecklistDefinition definition) {
		List<String> columns = new ArrayList<>(List.of(String.format("%-6d", audit.id()), String.format("%-10s", orDash(audit.subjectKey())), //$NON-NLS-1$ //$NON-NLS-2$
				String.format("%-15s", orDash(audit.locality())), String.format("%-9s", audit.state() == null ? "-" : audit.state().getLiteral()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				orDash(Formats.date(audit.date())), orDash(String.join("; ", audit.auditors())), orDash(audit.title()))); //$NON-NLS-1$
		columns.add(outcome(audit, definition));
		return String.join("  ", columns).stripTrailing(); //$NON-NLS-1$
	}

	private static String outcome(AuditEntry audit, ChecklistDefinition definition) {
		List<String> parts = new ArrayList<>();
		if (audit.overallScore() != null) {
			parts.add(NLS.bind(Messages.List_score, AnswerText.score(audit.overallScore(), audit.overallLabel(), definition == null ? null : definition.getOverallScoring())));
		}
		if (audit.judgement() != null && !audit.judgement().isBlank()) {
			parts.add(NLS.bind(Messages.List_judgement, grade(definition, audit.judgement())));
		}
		if (audit.moderatedJudgement() != null && !audit.moderatedJudgement().isBlank()) {
			parts.add(NLS.bind(Messages.List_moderated, grade(definition, audit.moderatedJudgement())));
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
