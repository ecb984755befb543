package org.qaworkbench.ui.internal.editor;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.ui.editors.RecordEditors;

/** Opens an assessment in its editor (contributed or generic), or brings its open editor to the front. */
public final class Editors {

	private Editors() {
	}

	/**
	 * Opens the assessment's editor (see {@link RecordEditors#open}); null when none can open it. A new assessment
	 * (id 0, from Ctrl+N) is handed to its editor in memory and stored by its first answer.
	 */
	public static MPart open(Assessment assessment, MApplication application, EModelService models, EPartService parts) {
		return RecordEditors.open(assessment, application, models, parts).orElse(null);
	}
}
