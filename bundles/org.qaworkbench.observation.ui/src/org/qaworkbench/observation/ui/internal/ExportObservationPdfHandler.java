package org.qaworkbench.observation.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Ctrl+P in an observation editor: Export PDF..., as its button (Alt+X) does. */
public final class ExportObservationPdfHandler {

	@CanExecute
	boolean canExecute(EPartService parts) {
		return editor(parts) != null;
	}

	@Execute
	void execute(EPartService parts) {
		ObservationEditorPart editor = editor(parts);
		if (editor != null) {
			editor.exportPdf();
		}
	}

	private static ObservationEditorPart editor(EPartService parts) {
		MPart active = parts.getActivePart();
		return active != null && active.getObject() instanceof ObservationEditorPart editor && editor.shown() ? editor : null;
	}
}
