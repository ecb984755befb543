package org.qaworkbench.ui.internal.editor;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.qaworkbench.core.checklists.registry.EditorRegistry;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;

/** Opens an assessment in its editor (contributed or generic), or brings its open editor to the front. */
public final class Editors {

	public static final String EDITOR_STACK = "org.qaworkbench.ui.partstack.editors"; //$NON-NLS-1$
	private static final String NEW_ASSESSMENT = "newAssessment"; //$NON-NLS-1$
	private static final String EDITOR_URI = "bundleclass://org.qaworkbench.ui/" + ChecklistEditorPart.class.getName(); //$NON-NLS-1$

	private Editors() {
	}

	/**
	 * Opens the assessment's editor. A new assessment (not stored yet: id 0, from Ctrl+N) always gets an editor of its
	 * own and is handed to it in memory; it is stored by its first answer (see {@link ChecklistEditor#changed()}).
	 */
	public static MPart open(Assessment assessment, MApplication application, EModelService models, EPartService parts) {
		String id = String.valueOf(assessment.getId());
		MPartStack stack = (MPartStack) models.find(EDITOR_STACK, application);
		MPart part = assessment.getId() == 0 ? null : stack.getChildren().stream().filter(MPart.class::isInstance).map(MPart.class::cast)
				.filter(open -> id.equals(open.getPersistedState().get(ChecklistEditorPart.ASSESSMENT_ID))).findFirst().orElse(null);
		if (part == null) {
			part = models.createModelElement(MPart.class);
			// A plugin may contribute its own editor for a definition (highest priority wins); otherwise the generic one.
			part.setContributionURI(EditorRegistry.instance().editorFor(assessment.getDefinitionId())
					.map(EditorRegistry.EditorContribution::contributionURI).orElse(EDITOR_URI));
			part.setCloseable(true);
			part.getPersistedState().put(ChecklistEditorPart.ASSESSMENT_ID, id);
			if (assessment.getId() == 0) {
				part.getTransientData().put(NEW_ASSESSMENT, assessment);
			}
			stack.getChildren().add(part);
		}
		parts.showPart(part, PartState.ACTIVATE);
		return part;
	}

	/** The assessment an editor part is to edit: a new one handed over in memory, else the stored one it names. */
	public static Assessment assessmentOf(MPart part, Store store) {
		if (part.getTransientData().get(NEW_ASSESSMENT) instanceof Assessment fresh) {
			return fresh;
		}
		return store.records().find(Assessment.class, ChecklistEditorPart.assessmentId(part)).orElseThrow();
	}

	/** Keeps the part naming its assessment once a new one is stored, so that opening it again finds this editor. */
	public static void follow(MPart part, ChecklistEditor editor) {
		editor.onChange(() -> {
			if (!editor.isNew() && part.getTransientData().remove(NEW_ASSESSMENT) != null) {
				part.getPersistedState().put(ChecklistEditorPart.ASSESSMENT_ID, String.valueOf(editor.assessment().getId()));
			}
		});
	}
}
