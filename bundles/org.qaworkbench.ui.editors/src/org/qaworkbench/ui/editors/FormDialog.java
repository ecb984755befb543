package org.qaworkbench.ui.editors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.qaworkbench.core.Formats;
import org.qaworkbench.ui.editors.internal.Messages;

/**
 * A small form for one step of a record's workflow (an action, a moderation, a sharing date, a reason): labelled fields checked when
 * OK is pressed. A bad date or a missing required value is named in the dialog, which stays open with everything
 * typed; Cancel changes nothing.
 */
public final class FormDialog extends TitleAreaDialog {

	enum Kind {
		TEXT, LONG_TEXT, DATE, CHOICE, FLAG
	}

	private record Field(String key, String label, Kind kind, boolean required, Object initial, List<String> choices) {
	}

	private final String title;
	private final String message;
	private final List<Field> fields = new ArrayList<>();
	private final Map<String, Control> controls = new LinkedHashMap<>();
	private final Map<String, Object> values = new LinkedHashMap<>();
	private boolean accepted;

	public FormDialog(Shell shell, String title, String message) {
		super(shell);
		this.title = title;
		this.message = message;
	}

	public FormDialog text(String key, String label, boolean required, String initial) {
		fields.add(new Field(key, label, Kind.TEXT, required, initial, List.of()));
		return this;
	}

	public FormDialog longText(String key, String label, boolean required, String initial) {
		fields.add(new Field(key, label, Kind.LONG_TEXT, required, initial, List.of()));
		return this;
	}

	public FormDialog date(String key, String label, boolean required, LocalDate initial) {
		fields.add(new Field(key, label, Kind.DATE, required, initial, List.of()));
		return this;
	}

	/** A choice among {@code choices}; the value is the chosen text. */
	public FormDialog choice(String key, String label, List<String> choices, String initial) {
		fields.add(new Field(key, label, Kind.CHOICE, true, initial, choices));
		return this;
	}

	public FormDialog flag(String key, String label, boolean initial) {
		fields.add(new Field(key, label, Kind.FLAG, false, initial, List.of()));
		return this;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(title);
		setMessage(message);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		for (Field field : fields) {
			if (field.kind() != Kind.FLAG) {
				new Label(form, SWT.NONE).setText(field.label());
			}
			controls.put(field.key(), create(form, field));
		}
		return area;
	}

	private Control create(Composite form, Field field) {
		switch (field.kind()) {
		case LONG_TEXT -> {
			Text text = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
			text.setText(field.initial() == null ? "" : (String) field.initial()); //$NON-NLS-1$
			GridDataFactory.fillDefaults().grab(true, true).hint(360, 80).applyTo(text);
			// Tab moves on rather than typing a tab, so the form stays keyboard-only.
			text.addTraverseListener(event -> event.doit = event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS);
			return text;
		}
		case CHOICE -> {
			Combo combo = new Combo(form, SWT.READ_ONLY);
			combo.setItems(field.choices().toArray(String[]::new));
			combo.select(Math.max(0, field.choices().indexOf(field.initial())));
			GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
			return combo;
		}
		case FLAG -> {
			Button check = new Button(form, SWT.CHECK);
			check.setText(field.label());
			check.setSelection(Boolean.TRUE.equals(field.initial()));
			GridDataFactory.fillDefaults().span(2, 1).applyTo(check);
			return check;
		}
		default -> {
			Text text = new Text(form, SWT.BORDER);
			text.setText(field.initial() instanceof LocalDate date ? Formats.date(date) : field.initial() == null ? "" : (String) field.initial()); //$NON-NLS-1$
			if (field.kind() == Kind.DATE) {
				text.setMessage(Messages.Form_datePrompt);
			}
			GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
			return text;
		}
		}
	}

	/** Sets a field as if typed (tests drive the form through this). */
	public void set(String key, String typed) {
		Control control = controls.get(key);
		if (control instanceof Text text) {
			text.setText(typed);
		} else if (control instanceof Combo combo) {
			combo.select(combo.indexOf(typed));
		} else if (control instanceof Button check) {
			check.setSelection(Boolean.parseBoolean(typed));
		}
	}

	@Override
	protected void okPressed() {
		values.clear();
		for (Field field : fields) {
			Control control = controls.get(field.key());
			Object value = switch (field.kind()) {
			case FLAG -> ((Button) control).getSelection();
			case CHOICE -> ((Combo) control).getText();
			default -> ((Text) control).getText().strip();
			};
			if (field.kind() == Kind.DATE && !((String) value).isEmpty()) {
				LocalDate date = Formats.parseDate((String) value).orElse(null);
				if (date == null) {
					setErrorMessage(NLS.bind(Messages.Form_notADate, field.label(), value));
					return;
				}
				value = date;
			}
			if (field.required() && "".equals(value)) { //$NON-NLS-1$
				setErrorMessage(NLS.bind(Messages.Form_required, field.label()));
				return;
			}
			values.put(field.key(), "".equals(value) ? null : value); //$NON-NLS-1$
		}
		accepted = true;
		super.okPressed();
	}

	/** Presses OK as the user would (for tests): true when the form was accepted. */
	public boolean accept() {
		okPressed();
		return accepted;
	}

	public String text(String key) {
		return (String) values.get(key);
	}

	public LocalDate dateValue(String key) {
		return (LocalDate) values.get(key);
	}

	public boolean flagValue(String key) {
		return Boolean.TRUE.equals(values.get(key));
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}
