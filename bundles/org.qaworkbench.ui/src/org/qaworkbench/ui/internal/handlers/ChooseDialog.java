package org.qaworkbench.ui.internal.handlers;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Shell;

/** A list to pick one element from, by keyboard or mouse. */
final class ChooseDialog<T> extends org.eclipse.jface.dialogs.Dialog {
	private final String title;
	private final List<T> elements;
	private final LabelProvider labels;
	private T chosen;

	ChooseDialog(Shell shell, String title, List<T> elements, LabelProvider labels) {
		super(shell);
		this.title = title;
		this.elements = elements;
		this.labels = labels;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	@SuppressWarnings("unchecked")
	protected org.eclipse.swt.widgets.Control createDialogArea(org.eclipse.swt.widgets.Composite parent) {
		org.eclipse.swt.widgets.Composite area = (org.eclipse.swt.widgets.Composite) super.createDialogArea(parent);
		org.eclipse.jface.viewers.ListViewer list = new org.eclipse.jface.viewers.ListViewer(area, org.eclipse.swt.SWT.SINGLE | org.eclipse.swt.SWT.BORDER);
		list.setContentProvider(ArrayContentProvider.getInstance());
		list.setLabelProvider(labels);
		list.setInput(elements);
		list.getList().setLayoutData(new org.eclipse.swt.layout.GridData(420, 160));
		list.addSelectionChangedListener(event -> chosen = (T) list.getStructuredSelection().getFirstElement());
		list.addDoubleClickListener(event -> okPressed());
		if (!elements.isEmpty()) {
			list.setSelection(new org.eclipse.jface.viewers.StructuredSelection(elements.get(0)));
		}
		return area;
	}

	T chosen() {
		return chosen;
	}
}
