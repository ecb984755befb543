package org.qaworkbench.core.checklists.scoring;

import java.util.List;

/**
 * The ticks (Y answers) of one tick-matrix item: {@code perFile.get(0)} is file 1, and so on for each sampled file
 * the item has; {@code total} is the row total shown at the end of the question's row.
 */
public record MatrixTotals(String itemId, List<Integer> perFile, int total) {

	public MatrixTotals {
		perFile = List.copyOf(perFile);
	}
}
