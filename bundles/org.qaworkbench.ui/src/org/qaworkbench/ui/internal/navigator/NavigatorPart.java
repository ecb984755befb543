package org.qaworkbench.ui.internal.navigator;

import java.util.List;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.ui.internal.editor.Editors;
import org.qaworkbench.model.Locality;
import org.qaworkbench.ui.internal.Messages;

/**
 * Localities, their cases and each case's assessments. Until there is anything to list, an empty state says what
 * will appear here and how to try it with demo data.
 */
public final class NavigatorPart {

	private final StackLayout pages = new StackLayout();
	private TreeViewer tree;
	private Composite emptyState;
	private Label emptyMessage;

	private Store store;
	@Inject
	private MApplication application;
	@Inject
	private EModelService models;
	@Inject
	private EPartService parts;
	@Inject
	private org.eclipse.e4.ui.workbench.modeling.ESelectionService selections;

	@PostConstruct
	void create(Composite parent, Store store) {
		this.store = store;
		parent.setLayout(pages);
		tree = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.setContentProvider(new NavigatorContent(store));
		tree.setLabelProvider(new NavigatorLabels(store));
		tree.addSelectionChangedListener(event -> selections.setSelection(tree.getStructuredSelection().getFirstElement()));
		tree.addOpenListener(event -> {
			Object chosen = ((org.eclipse.jface.viewers.IStructuredSelection) event.getSelection()).getFirstElement();
			if (chosen instanceof Assessment assessment) {
				Editors.open(assessment, application, models, parts);
			}
		});
		emptyState = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(emptyState);
		emptyMessage = new Label(emptyState, SWT.WRAP);
		emptyMessage.setText(Messages.Navigator_empty);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(emptyMessage);
		refresh();
	}

	/** Reads the localities again; shows the empty state when there are none. */
	public void refresh() {
		show(store.records().list(Locality.class));
	}

	private void show(List<?> localities) {
		tree.setInput(localities);
		pages.topControl = localities.isEmpty() ? emptyState : tree.getControl();
		tree.getControl().getParent().layout();
	}

	public boolean showsEmptyState() {
		return pages.topControl == emptyState;
	}

	public String emptyStateText() {
		return emptyMessage.getText();
	}

	@Focus
	void focus() {
		pages.topControl.setFocus();
	}

	/** The tree, for tests. */
	public TreeViewer tree() {
		return tree;
	}
}
