package org.qaworkbench.ui.internal.handlers;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.ListViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.qaworkbench.core.audits.AuditThemes;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.model.AuditTheme;
import org.qaworkbench.ui.internal.Messages;

/**
 * Tools > Audit themes...: the themes offered for cross-locality audits, with Add, Rename and Retire. A refused
 * change is said in the dialog's message line and changes nothing.
 */
public final class AuditThemesDialog extends TitleAreaDialog {

	private final AuditThemes themes;
	private final Actor actor;
	private ListViewer list;
	private Button rename;
	private Button retire;

	public AuditThemesDialog(Shell shell, AuditThemes themes, Actor actor) {
		super(shell);
		this.themes = themes;
		this.actor = actor;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.AuditThemes_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.AuditThemes_title);
		setMessage(Messages.AuditThemes_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		list = new ListViewer(body, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		list.setContentProvider(ArrayContentProvider.getInstance());
		list.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((AuditTheme) element).getName();
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).hint(320, 220).applyTo(list.getControl());
		Composite buttons = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, Messages.AuditThemes_add, this::askToAdd);
		rename = button(buttons, Messages.AuditThemes_rename, () -> selected().ifPresent(this::askToRename));
		retire = button(buttons, Messages.AuditThemes_retire, () -> selected().ifPresent(this::askToRetire));
		list.addSelectionChangedListener(event -> enableButtons());
		list.addDoubleClickListener(event -> selected().ifPresent(this::askToRename));
		refresh(null);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** The themes listed: those offered for new audits, in name order. */
	public List<AuditTheme> shown() {
		@SuppressWarnings("unchecked")
		List<AuditTheme> shown = (List<AuditTheme>) list.getInput();
		return shown;
	}

	/** Adds a theme and selects it; false, with the reason in the message line, when it is refused. */
	public boolean add(String name) {
		return change(() -> themes.add(name, actor));
	}

	public boolean rename(AuditTheme theme, String name) {
		return change(() -> themes.rename(theme, name, actor));
	}

	/** Retires a theme: it leaves the list, and stays on the audits that used it. */
	public boolean retire(AuditTheme theme) {
		return change(() -> themes.retire(theme, actor));
	}

	@FunctionalInterface
	private interface Change {
		AuditTheme make() throws SaveRefusedException;
	}

	private boolean change(Change change) {
		try {
			AuditTheme changed = change.make();
			setErrorMessage(null);
			refresh(changed.isRetired() ? null : changed);
			return true;
		} catch (InvalidRecordException e) {
			setErrorMessage(e.problems().get(0).message());
		} catch (SaveRefusedException e) {
			setErrorMessage(e.getMessage());
			refresh(null);
		}
		return false;
	}

	private void askToAdd() {
		InputDialog input = new InputDialog(getShell(), Messages.AuditThemes_addTitle, Messages.AuditThemes_name, "", null); //$NON-NLS-1$
		if (input.open() == Window.OK) {
			add(input.getValue());
		}
	}

	private void askToRename(AuditTheme theme) {
		InputDialog input = new InputDialog(getShell(), Messages.AuditThemes_renameTitle, Messages.AuditThemes_name, theme.getName(), null);
		if (input.open() == Window.OK) {
			rename(theme, input.getValue());
		}
	}

	private void askToRetire(AuditTheme theme) {
		if (MessageDialog.openQuestion(getShell(), Messages.AuditThemes_title, NLS.bind(Messages.AuditThemes_retireQuestion, theme.getName()))) {
			retire(theme);
		}
	}

	private void refresh(AuditTheme select) {
		List<AuditTheme> active = themes.active();
		list.setInput(active);
		active.stream().filter(theme -> select != null && theme.getId() == select.getId()).findFirst()
				.ifPresent(theme -> list.setSelection(new StructuredSelection(theme), true));
		enableButtons();
	}

	private java.util.Optional<AuditTheme> selected() {
		return java.util.Optional.ofNullable((AuditTheme) list.getStructuredSelection().getFirstElement());
	}

	private void enableButtons() {
		boolean one = selected().isPresent();
		rename.setEnabled(one);
		retire.setEnabled(one);
	}

	private static Button button(Composite parent, String label, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}
}
