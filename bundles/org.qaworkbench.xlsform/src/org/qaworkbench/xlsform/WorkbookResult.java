package org.qaworkbench.xlsform;

import java.util.List;
import java.util.Optional;

import org.qaworkbench.core.audits.evidence.TimescaleRule;
import org.qaworkbench.model.ChecklistDefinition;

/**
 * What reading a checklist workbook gave: the definition when the workbook is valid, the timescale rules of its
 * {@code timescales} sheet, every problem at its cell, and (never silently dropped) every column, sheet or type
 * that has no meaning here. Never null, never thrown.
 */
public final class WorkbookResult {

	private final String source;
	private final ChecklistDefinition definition;
	private final boolean hasTimescales;
	private final List<TimescaleRule> timescales;
	private final List<WorkbookProblem> problems;
	private final List<WorkbookProblem> unsupported;

	/**
	 * @param definition the definition; dropped when any problem is an error
	 */
	public WorkbookResult(String source, ChecklistDefinition definition, boolean hasTimescales, List<TimescaleRule> timescales,
			List<WorkbookProblem> problems, List<WorkbookProblem> unsupported) {
		this.source = source;
		this.problems = List.copyOf(problems);
		this.unsupported = List.copyOf(unsupported);
		this.definition = this.problems.stream().anyMatch(WorkbookProblem::isError) ? null : definition;
		this.hasTimescales = hasTimescales;
		this.timescales = List.copyOf(timescales);
	}

	/** The file read, as problems name it. */
	public String source() {
		return source;
	}

	/** The checklist, when the workbook has no error. */
	public Optional<ChecklistDefinition> definition() {
		return Optional.ofNullable(definition);
	}

	/** Whether the workbook has a {@code timescales} sheet. */
	public boolean hasTimescales() {
		return hasTimescales;
	}

	/** The rules of the timescales sheet, in its order; empty without one or with problems in it. */
	public List<TimescaleRule> timescales() {
		return timescales;
	}

	/** Errors and warnings, sheet by sheet in the order of their rows. */
	public List<WorkbookProblem> problems() {
		return problems;
	}

	/** The columns, sheets and types that have no meaning here and were left out (warnings, each at its first cell). */
	public List<WorkbookProblem> unsupported() {
		return unsupported;
	}

	/** Errors only. */
	public List<WorkbookProblem> errors() {
		return problems.stream().filter(WorkbookProblem::isError).toList();
	}

	/** A checklist that can be written as a plugin: read, without an error. */
	public boolean isValid() {
		return definition != null;
	}
}
