package org.qaworkbench.ui.editors;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.qaworkbench.model.AuditTheme;

/**
 * A whole record editor on the kit, for a type nothing else edits: this class and one element of fragment.xml. The
 * kit brings the rest (Ctrl+S, dirty, drafts, recovery, refusals).
 */
public final class AuditThemeTestEditor extends RecordEditorPart<AuditTheme> {

	private Text name;
	private Label said;

	@Override
	protected Class<AuditTheme> recordType() {
		return AuditTheme.class;
	}

	@Override
	protected void createContents(Composite parent, RecordSession<AuditTheme> session) {
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
		part().setLabel("Audit theme " + session.record().getName());
		name = new FormSection(parent, "Audit theme").text("&Name");
		name.setText(session.record().getName() == null ? "" : session.record().getName());
		name.addListener(SWT.Modify, event -> {
			if (!name.getText().equals(session.record().getName())) {
				session.record().setName(name.getText());
				session.changed();
			}
		});
		said = messageLine(parent);
		said.setText(session.restoredMessage());
	}

	@Override
	public void focus() {
		name.setFocus();
	}

	Text name() {
		return name;
	}

	String said() {
		return said.getText();
	}

	AuditTheme theme() {
		return session().record();
	}
}
