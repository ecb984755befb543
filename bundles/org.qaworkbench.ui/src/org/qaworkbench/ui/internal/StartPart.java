package org.qaworkbench.ui.internal;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** What the editor area shows before anything is opened. */
public final class StartPart {

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.swtDefaults().margins(24, 24).spacing(0, 12).applyTo(parent);
		Label title = new Label(parent, SWT.NONE);
		title.setText(Messages.Start_title);
		title.setFont(JFaceResources.getHeaderFont());
		Label hint = new Label(parent, SWT.WRAP);
		hint.setText(Messages.Start_hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(hint);
	}
}
