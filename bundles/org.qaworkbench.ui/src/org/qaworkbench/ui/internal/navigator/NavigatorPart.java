package org.qaworkbench.ui.internal.navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TreeItem;
import org.qaworkbench.core.queries.AssessmentEntry;
import org.qaworkbench.core.queries.CaseEntry;
import org.qaworkbench.core.queries.CaseworkEntry;
import org.qaworkbench.core.queries.Queries;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.Locality;
import org.qaworkbench.ui.editors.RecordEditors;
import org.qaworkbench.ui.internal.Messages;
import org.qaworkbench.ui.internal.RecordChanges;
import org.qaworkbench.ui.internal.References;
import org.qaworkbench.ui.internal.editor.Editors;
import org.qaworkbench.ui.internal.navigator.NavigatorContent.Pending;
import org.qaworkbench.ui.internal.navigator.NavigatorContent.Snapshot;

/**
 * Localities, their cases and each case's assessments, read through the store's read models on a thread of the
 * view's own and shown on the UI thread, so a slow database never holds up the window. Until there is anything to
 * list, an empty state says what will appear here and how to try it with demo data. It follows saved records
 * ({@link RecordChanges}) and F5 by reading again what it holds; what is open and selected stays so, and the tree is
 * painted once each read is in place, so nothing flickers. A view closed while a read runs ignores its result.
 */
public final class NavigatorPart {

	/** How long the window waits at most for the first read (see {@link #firstRead}). */
	private static final long FIRST_READ_WAIT_MILLIS = 2000;

	private final StackLayout pages = new StackLayout();
	/** One reader, so reads are shown in the order they were asked. */
	private final ExecutorService reader = Executors.newSingleThreadExecutor(work -> {
		Thread thread = new Thread(work, "Navigator reader"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});
	private TreeViewer tree;
	private NavigatorContent content;
	private Composite emptyState;
	private Label emptyMessage;
	private int generation;
	/** Callers of {@link #refresh} waiting for the newest read to be shown; touched on the UI thread only. */
	private final List<CompletableFuture<Void>> waiting = new ArrayList<>();

	private Store store;
	@Inject
	private MApplication application;
	@Inject
	private EModelService models;
	@Inject
	private EPartService parts;
	@Inject
	private ESelectionService selections;

	@PostConstruct
	void create(Composite parent, Store store) {
		this.store = store;
		parent.setLayout(pages);
		tree = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.setComparer(NavigatorContent.SAME_RECORD);
		tree.setUseHashlookup(true);
		content = new NavigatorContent(this::readAssessments);
		tree.setContentProvider(content);
		tree.setLabelProvider(new NavigatorLabels());
		// A label wider than the view scrolls sideways, but GTK shows that scroll bar only under the mouse, so the
		// label looks cut: the whole label shows when the mouse rests on it. A native tooltip, not JFace's tooltip
		// shell: that shell became the active shell under the mouse, and Ctrl+N's dialog, opened on it, vanished.
		tree.getTree().addListener(SWT.MouseMove, event -> showWholeLabel(tree.getTree().getItem(new Point(event.x, event.y))));
		tree.addSelectionChangedListener(event -> selections.setSelection(tree.getStructuredSelection().getFirstElement()));
		tree.addOpenListener(event -> {
			Object chosen = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (chosen instanceof AssessmentEntry assessment) {
				Editors.open(References.assessment(assessment.id(), assessment.definitionId()), application, models, parts);
			} else if (chosen instanceof CaseworkEntry casework) {
				RecordEditors.open(References.caseworkSupervision(casework.id()), application, models, parts);
			}
		});
		tree.getControl().addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.F5) {
				refresh();
			}
		});
		tree.setInput(store);
		emptyState = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(emptyState);
		emptyMessage = new Label(emptyState, SWT.WRAP);
		emptyMessage.setText(Messages.Navigator_empty);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(emptyMessage);
		pages.topControl = tree.getControl();
		firstRead();
	}

	/**
	 * The first read, on the reader too; the window waits for it a moment at most, so that with a database that
	 * answers at once the tree is filled before the window shows and takes the keyboard (its first row is then the
	 * cursor: Right opens the first locality). A slower one is shown when it comes.
	 */
	private void firstRead() {
		Queries queries = store.queries();
		CompletableFuture<Snapshot> reading;
		try {
			reading = CompletableFuture.supplyAsync(() -> Snapshot.read(queries, Set.of()), reader);
		} catch (RejectedExecutionException closed) {
			return;
		}
		try {
			show(reading.get(FIRST_READ_WAIT_MILLIS, TimeUnit.MILLISECONDS));
			return;
		} catch (TimeoutException | ExecutionException notYet) {
			// shown, or its failure reported, when it ends
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		int run = ++generation;
		whenRead(reading, snapshot -> {
			if (run == generation) {
				show(snapshot);
			}
		}, this::failed);
	}

	@PreDestroy
	void dispose() {
		reader.shutdown(); // a read under way ends by itself, and its result is ignored
	}

	/**
	 * Reads the localities, their cases and the assessments of the cases opened again in the background, and shows
	 * them keeping what is open and selected; the empty state while there are no localities. The future completes on
	 * the UI thread once this read, or a newer one that overtook it, is shown; it is cancelled when the view has gone.
	 */
	public CompletableFuture<Void> refresh() {
		int run = ++generation;
		CompletableFuture<Void> shown = new CompletableFuture<>();
		waiting.add(shown);
		Queries queries = store.queries();
		Set<String> open = content.openCases();
		inBackground(() -> Snapshot.read(queries, open), snapshot -> {
			if (run == generation) {
				show(snapshot);
				waiting.forEach(caller -> caller.complete(null));
				waiting.clear();
			}
		}, failure -> {
			failed(failure);
			if (run == generation) {
				waiting.forEach(caller -> caller.completeExceptionally(failure));
				waiting.clear();
			}
		});
		return shown;
	}

	private void show(Snapshot snapshot) {
		boolean first = content.isEmpty();
		content.show(snapshot);
		// Items whose entries are unchanged stay as they are; the tree is painted once, when all is in place.
		Control control = tree.getControl();
		control.setRedraw(false);
		try {
			tree.refresh();
		} finally {
			control.setRedraw(true);
		}
		if (first && control.isFocusControl() && tree.getSelection().isEmpty() && !snapshot.localities().isEmpty()) {
			// A tree filled before it takes the keyboard starts on its first row (GTK's cursor); one filled after
			// must do so itself, so the keys act as they did: Right opens the first locality, Down goes to its case.
			tree.setSelection(new StructuredSelection(snapshot.localities().get(0)));
		}
		emptyMessage.setText(Messages.Navigator_empty);
		showPage(content.isEmpty() ? emptyState : tree.getControl());
	}

	/** Reads the assessments of a case opened for the first time; its "Reading..." row gives way to them. */
	private void readAssessments(CaseEntry aCase) {
		Queries queries = store.queries();
		inBackground(() -> NavigatorContent.childrenOf(queries, aCase.caseNumber()), assessments -> {
			boolean waitedOn = tree.getStructuredSelection().getFirstElement() instanceof Pending pending && pending.caseId() == aCase.id();
			content.showAssessments(aCase.caseNumber(), assessments);
			tree.refresh(aCase);
			if (waitedOn) {
				// The keys went down onto "Reading...": they carry on from the first assessment, as if it had been there.
				tree.setSelection(new StructuredSelection(assessments.isEmpty() ? aCase : assessments.get(0)), true);
			}
		}, this::failed);
	}

	/**
	 * Runs a read on the reader, then shows what it found, or its failure, on the UI thread; a view gone meanwhile
	 * shows nothing and cancels its callers' futures.
	 */
	private <T> void inBackground(Supplier<T> read, Consumer<T> show, Consumer<Throwable> failed) {
		CompletableFuture<T> reading;
		try {
			reading = CompletableFuture.supplyAsync(read, reader);
		} catch (RejectedExecutionException closed) {
			gone();
			return;
		}
		whenRead(reading, show, failed);
	}

	private <T> void whenRead(CompletableFuture<T> reading, Consumer<T> show, Consumer<Throwable> failed) {
		Display display = tree.getControl().getDisplay();
		reading.whenComplete((value, failure) -> {
			if (display.isDisposed()) {
				return; // the application has ended
			}
			display.asyncExec(() -> {
				if (tree.getControl().isDisposed()) {
					gone();
				} else if (failure != null) {
					failed.accept(failure);
				} else {
					show.accept(value);
				}
			});
		});
	}

	private void gone() {
		waiting.forEach(caller -> caller.cancel(false));
		waiting.clear();
	}

	/** Keeps what is shown; with nothing shown yet, says why in place of the empty state. */
	private void failed(Throwable failure) {
		Throwable cause = failure.getCause() == null ? failure : failure.getCause();
		ILog.of(NavigatorPart.class).error("Could not read the navigator", cause); //$NON-NLS-1$
		if (content.isEmpty()) {
			emptyMessage.setText(NLS.bind(Messages.Navigator_failed, cause.getMessage()));
			showPage(emptyState);
		}
	}

	private void showPage(Control page) {
		if (pages.topControl != page) {
			pages.topControl = page;
			tree.getControl().getParent().layout();
		}
	}

	@Inject
	@Optional
	void follow(@UIEventTopic(RecordChanges.TOPIC) RecordChanges.Saved saved) {
		if (saved == null || tree == null || tree.getControl().isDisposed()) {
			return;
		}
		if (saved.any(Locality.class, Case.class, Assessment.class, CaseworkSupervision.class)) {
			refresh(); // what is held is small: the localities, their cases and the cases opened
		}
	}

	/** The label under the mouse, whole, as the tree's tooltip. */
	void showWholeLabel(TreeItem item) {
		String label = item == null ? null : ((NavigatorLabels) tree.getLabelProvider()).getToolTipText(item.getData());
		if (!Objects.equals(label, tree.getTree().getToolTipText())) {
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
