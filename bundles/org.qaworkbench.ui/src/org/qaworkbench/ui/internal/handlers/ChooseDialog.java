package org.qaworkbench.ui.internal.handlers;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.ListViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.qaworkbench.ui.internal.Messages;

/**
 * A list to pick one element from, by keyboard or mouse. What is typed in the field above narrows the list to the
 * elements whose label holds every word typed, anywhere in it (a surname, a role, a locality), because the list's
 * own type-ahead only matches the start of a label; Up and Down move through what is left, Enter takes it.
 */
final class ChooseDialog<T> extends org.eclipse.jface.dialogs.Dialog {
	private static final int VISIBLE_ROWS = 16;

	private final String title;
	private final List<T> elements;
	private final LabelProvider labels;
	private Text filter;
	private ListViewer list;
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
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		filter = new Text(area, SWT.SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		filter.setMessage(Messages.Choose_filter);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		list = new ListViewer(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		list.setContentProvider(ArrayContentProvider.getInstance());
		list.setLabelProvider(labels);
		list.setInput(elements);
		list.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parentElement, Object element) {
				return matches(labels.getText(element), filter.getText());
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).hint(480, list.getList().getItemHeight() * VISIBLE_ROWS).applyTo(list.getList());
		list.addSelectionChangedListener(event -> {
			chosen = (T) list.getStructuredSelection().getFirstElement();
			Control ok = getButton(IDialogConstants.OK_ID);
			if (ok != null) {
				ok.setEnabled(chosen != null);
			}
		});
		list.addDoubleClickListener(event -> okPressed());
		filter.addListener(SWT.Modify, event -> {
			list.refresh();
			select(0);
		});
		// The keyboard stays in the field: Up and Down choose among the matches.
		filter.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ARROW_DOWN || event.keyCode == SWT.ARROW_UP) {
				select(list.getList().getSelectionIndex() + (event.keyCode == SWT.ARROW_DOWN ? 1 : -1));
				event.doit = false;
			}
		});
		select(0);
		return area;
	}

	private void select(int index) {
		int count = list.getList().getItemCount();
		Object element = count == 0 ? null : list.getElementAt(Math.max(0, Math.min(index, count - 1)));
		list.setSelection(element == null ? StructuredSelection.EMPTY : new StructuredSelection(element), true);
	}

	/** True when every word typed occurs in the label, wherever and in whatever case. */
	static boolean matches(String label, String typed) {
		String text = label.toLowerCase(Locale.ROOT);
		return Arrays.stream(typed.toLowerCase(Locale.ROOT).trim().split("\\s+")).allMatch(text::contains); //$NON-NLS-1$
	}

	/** The labels the list shows now, in order. */
	List<String> shown() {
		return List.of(list.getList().getItems());
	}

	Text filter() {
		return filter;
	}

	T chosen() {
		return chosen;
	}
}
