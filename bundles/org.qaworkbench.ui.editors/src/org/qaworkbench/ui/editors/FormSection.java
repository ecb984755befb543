package org.qaworkbench.ui.editors;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.qaworkbench.ui.editors.internal.Messages;

/**
 * A titled section of a form, keyboard first: rows of a label and its field, in the order Tab takes them. A label
 * with a mnemonic ({@code "&Name"}) takes the keyboard to its field with Alt and that letter, as SWT gives a label's
 * key to the control after it; a long text lets Tab move on rather than typing a tab.
 */
public final class FormSection {

	private final Group group;
	private final int columns;

	/** A section of label and field rows ({@code columns} 2), or of {@code columns} buttons and notes. */
	public FormSection(Composite parent, String title, int columns) {
		this.columns = columns;
		group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
	}

	public FormSection(Composite parent, String title) {
		this(parent, title, 2);
	}

	public Group group() {
		return group;
	}

	public Label label(String text) {
		Label label = new Label(group, SWT.NONE);
		label.setText(text);
		return label;
	}

	/** A one-line text field. */
	public Text text(String label) {
		label(label);
		Text text = new Text(group, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
		return text;
	}

	/** A text of several lines; Tab moves on. */
	public Text longText(String label, int lines) {
		label(label);
		Text text = new Text(group, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, text.getLineHeight() * lines).applyTo(text);
		text.addTraverseListener(event -> event.doit = event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS);
		return text;
	}

	/** A date typed as DD/MM/YYYY (read with core's Formats.parseDate). */
	public Text date(String label) {
		Text text = text(label);
		text.setMessage(Messages.Form_datePrompt);
		return text;
	}

	/** A choice among {@code choices}. */
	public Combo choice(String label, List<String> choices) {
		label(label);
		Combo combo = new Combo(group, SWT.READ_ONLY);
		combo.setItems(choices.toArray(String[]::new));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		return combo;
	}

	/** A label whose text the editor sets (a computed value beside its name). */
	public Label value(String label) {
		label(label);
		Label value = new Label(group, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(180, SWT.DEFAULT).applyTo(value);
		return value;
	}

	/** A check box across the row. */
	public Button check(String label) {
		Button check = new Button(group, SWT.CHECK);
		check.setText(label);
		GridDataFactory.fillDefaults().span(columns, 1).applyTo(check);
		return check;
	}

	/** A note across the section, wrapped. */
	public Label note() {
		Label note = new Label(group, SWT.WRAP);
		GridDataFactory.fillDefaults().span(columns, 1).grab(true, false).hint(280, SWT.DEFAULT).applyTo(note);
		return note;
	}
}
