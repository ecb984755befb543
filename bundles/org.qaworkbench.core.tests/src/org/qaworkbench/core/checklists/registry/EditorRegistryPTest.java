package org.qaworkbench.core.checklists.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.qaworkbench.core.checklists.registry.EditorRegistry.EditorContribution;

/** Editor lookup over the contributions in this fragment's fragment.xml. */
class EditorRegistryPTest {

	private final EditorRegistry editors = new EditorRegistry(RegistryFactory.getRegistry());

	@Test
	void aDefinitionNobodyContributesAnEditorForGetsTheGenericOne() {
		assertTrue(editors.editorFor("org.qaworkbench.checklists.groupvisit").isEmpty()); //$NON-NLS-1$
	}

	@Test
	void theHighestPriorityWinsAndABrokenClassIsSkipped() {
		EditorContribution editor = editors.editorFor("test.editors.special").orElseThrow(); //$NON-NLS-1$
		assertEquals("bundleclass://org.qaworkbench.core/" + SpecialTestEditor.class.getName(), editor.contributionURI()); //$NON-NLS-1$
		assertEquals(50, editor.priority());
	}

	@Test
	void aPatternMatchesWhenNoExactIdDoes() {
		EditorContribution editor = editors.editorFor("test.editors.other").orElseThrow(); //$NON-NLS-1$
		assertEquals(GeneralTestEditor.class.getName(), editor.className());
		assertEquals(5, editor.priority());
		assertTrue(editor.isPattern());
	}

	@Test
	void brokenContributionsAreReportedOnce() {
		editors.editorFor("test.editors.special"); //$NON-NLS-1$
		editors.editorFor("test.editors.special"); //$NON-NLS-1$
		List<EditorRegistry.Broken> broken = editors.broken();
		assertEquals(3, broken.size(), () -> "broken: " + broken); //$NON-NLS-1$
		assertTrue(broken.stream().anyMatch(problem -> problem.reason().contains("NoSuchEditor")), broken::toString); //$NON-NLS-1$
		assertTrue(broken.stream().anyMatch(problem -> problem.reason().contains("'high'")), broken::toString); //$NON-NLS-1$
		assertTrue(broken.stream().anyMatch(problem -> problem.reason().contains("names no definitionId")), broken::toString); //$NON-NLS-1$
	}

	/** Stands for a part class a checklist bundle contributes. */
	public static final class SpecialTestEditor {
	}

	/** Stands for an editor serving a pattern of definitions. */
	public static final class GeneralTestEditor {
	}
}
