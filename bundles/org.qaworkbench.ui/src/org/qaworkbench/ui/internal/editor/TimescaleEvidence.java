package org.qaworkbench.ui.internal.editor;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.audits.evidence.CaseEvidence;
import org.qaworkbench.core.audits.evidence.Evidence;
import org.qaworkbench.core.audits.evidence.TimescaleRegistry;
import org.qaworkbench.core.store.Records;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Item;
import org.qaworkbench.ui.internal.Messages;

/**
 * What the case's key dates say about each question, by the timescales plugins declare for the checklist (core
 * decides: {@link CaseEvidence}): in a column beside the questions and under the selected one's guidance. Any
 * checklist about a case gets it, so a plugin's timescales work in the generic editor as in the case audit editor.
 */
public final class TimescaleEvidence {

	private final Map<String, List<String>> lines;

	private TimescaleEvidence(Map<String, List<String>> lines) {
		this.lines = lines;
	}

	/** The evidence for an assessment of a case; none when it is not about a case or no timescales bear on it. */
	public static TimescaleEvidence of(Records records, Assessment assessment, LocalDate today) {
		var rules = TimescaleRegistry.instance().rules(assessment.getDefinitionId());
		if (rules.isEmpty()) {
			return new TimescaleEvidence(Map.of());
		}
		Map<String, List<String>> lines = new LinkedHashMap<>();
		Staff.caseOf(records, assessment).ifPresent(aCase -> CaseEvidence.evaluate(aCase, rules, today)
				.forEach((itemId, evidence) -> lines.put(itemId, evidence.stream().map(Evidence::text).toList())));
		return new TimescaleEvidence(lines);
	}

	/** The column beside the questions, or null (no column) when there is nothing to show. */
	public Function<Item, String> column() {
		return lines.isEmpty() ? null : item -> String.join("; ", lines.getOrDefault(item.getItemId(), List.of())); //$NON-NLS-1$
	}

	/** What goes under a question's guidance: its evidence in full, or nothing. */
	public String underGuidance(Item item) {
		List<String> found = lines.get(item.getItemId());
		return found == null ? "" : NLS.bind(Messages.Editor_evidenceUnderGuidance, String.join("\n", found)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Each item's evidence lines, as shown. */
	public Map<String, List<String>> lines() {
		return lines;
	}
}
