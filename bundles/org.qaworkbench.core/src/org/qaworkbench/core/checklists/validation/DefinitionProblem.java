package org.qaworkbench.core.checklists.validation;

/**
 * One thing wrong with a checklist definition or plugin: where it is (the source, such as
 * {@code org.example.visit/checklists/visit.xmi} or a file path), which element (such as {@code item 'q3'}; empty
 * when the whole file is concerned) and what is wrong, in words a quality lead understands.
 */
public record DefinitionProblem(String source, String element, String message) {

	/** {@code source: element: message}, or {@code source: message} when no element is concerned. */
	@Override
	public String toString() {
		return element.isEmpty() ? source + ": " + message : source + ": " + element + ": " + message; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
