package org.qaworkbench.core.checklists.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scores of one assessment against its definition: per section (by section id, in definition order), overall,
 * and the totals of its tick matrices. Immutable; compute a new one after the answers change.
 */
public final class ScoreCard {

	private final Map<String, ComputedScore> sections;
	private final ComputedScore overall;
	private final Map<String, MatrixTotals> matrices;
	private final Map<String, List<Integer>> fileTotals;

	ScoreCard(Map<String, ComputedScore> sections, ComputedScore overall, Map<String, MatrixTotals> matrices, Map<String, List<Integer>> fileTotals) {
		this.sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
		this.overall = overall;
		this.matrices = Map.copyOf(matrices);
		this.fileTotals = Map.copyOf(fileTotals);
	}

	/** Sections that have a score, by section id in definition order; unscored sections are absent. */
	public Map<String, ComputedScore> sections() {
		return sections;
	}

	public Optional<ComputedScore> section(String sectionId) {
		return Optional.ofNullable(sections.get(sectionId));
	}

	/** The definition's overall rule applied to every relevant item of every section; a suggestion to the assessor. */
	public Optional<ComputedScore> overall() {
		return Optional.ofNullable(overall);
	}

	/** Ticks per file and the row total of a relevant tick-matrix item; empty for other and irrelevant items. */
	public Optional<MatrixTotals> matrixTotals(String itemId) {
		return Optional.ofNullable(matrices.get(itemId));
	}

	/**
	 * Column totals of a section's tick matrices: the ticks of each sampled file over its relevant matrix items
	 * ({@code get(0)} is file 1); empty when the section has no relevant matrix item.
	 */
	public List<Integer> fileTotals(String sectionId) {
		return fileTotals.getOrDefault(sectionId, List.of());
	}
}
