package org.qaworkbench.ui.internal.navigator;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.ui.internal.editor.Editors;
import org.qaworkbench.model.Locality;
import org.qaworkbench.ui.internal.Messages;
import org.qaworkbench.ui.internal.RecordChanges;

/**
 * Localities, their cases and each case's assessments. Until there is anything to list, an empty state says what
 * will appear here and how to try it with demo data. It follows saved records ({@link RecordChanges}): a saved
 * assessment reads its case's list again, a saved case or locality the whole tree; F5 reads it all again. What is
 * open and selected stays so.
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
		tree.setComparer(NavigatorContent.SAME_RECORD);
		tree.setUseHashlookup(true);
		tree.setContentProvider(new NavigatorContent(store));
		tree.setLabelProvider(new NavigatorLabels(store));
		// A label wider than the view scrolls sideways, but GTK shows that scroll bar only under the mouse, so the
		// label looks cut: the whole label shows when the mouse rests on it. A native tooltip, not JFace's tooltip
		// shell: that shell became the active shell under the mouse, and Ctrl+N's dialog, opened on it, vanished.
		tree.getTree().addListener(SWT.MouseMove, event -> showWholeLabel(tree.getTree().getItem(new Point(event.x, event.y))));
		tree.addSelectionChangedListener(event -> selections.setSelection(tree.getStructuredSelection().getFirstElement()));
		tree.addOpenListener(event -> {
			Object chosen = ((org.eclipse.jface.viewers.IStructuredSelection) event.getSelection()).getFirstElement();
			if (chosen instanceof Assessment assessment) {
				Editors.open(assessment, application, models, parts);
			}
		});
		tree.getControl().addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.F5) {
				refresh();
			}
		});
		emptyState = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(emptyState);
		emptyMessage = new Label(emptyState, SWT.WRAP);
		emptyMessage.setText(Messages.Navigator_empty);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(emptyMessage);
		refresh();
	}

	/** Reads the tree again, keeping what is open and selected; shows the empty state while there are no localities. */
	public void refresh() {
		if (tree.getInput() == null) {
			tree.setInput(store);
		} else {
			tree.refresh();
		}
		pages.topControl = tree.getTree().getItemCount() == 0 ? emptyState : tree.getControl();
		tree.getControl().getParent().layout();
	}

	@Inject
	@Optional
	void follow(@UIEventTopic(RecordChanges.TOPIC) RecordChanges.Saved saved) {
		if (saved == null || tree == null || tree.getControl().isDisposed()) {
			return;
		}
		if (saved.any(Locality.class, Case.class)) {
			refresh(); // a new case, or one moved or renamed: rare enough to read every open level again
			return;
		}
		saved.of(Assessment.class).stream().map(Assessment::getSubjectKey).distinct()
				.flatMap(caseNumber -> store.records().where(Case.class, QaPackage.Literals.CASE__CASE_NUMBER, caseNumber).stream())
				.forEach(aCase -> tree.refresh(aCase, true));
	}

	/** The label under the mouse, whole, as the tree's tooltip. */
	void showWholeLabel(TreeItem item) {
		String label = item == null ? null : ((NavigatorLabels) tree.getLabelProvider()).getToolTipText(item.getData());
		if (!java.util.Objects.equals(label, tree.getTree().getToolTipText())) {
			tree.getTree().setToolTipText(label);
		}
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
