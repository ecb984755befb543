package org.qaworkbench.ui.internal.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qaworkbench.ui.internal.Ui.spinUntil;
import static org.qaworkbench.ui.internal.Ui.window;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.queries.CaseEntry;
import org.qaworkbench.core.queries.LocalityEntry;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.SubjectKind;

/**
 * The navigator in the real workbench follows what is saved, by whoever saves it: once its records are made, no
 * test calls refresh, the tree is only opened as a user would. Each test has a locality and cases of its own
 * (LLN...), so other tests' records do not disturb it.
 */
class NavigatorPartPTest {

	private static final QaFactory QA = QaFactory.eINSTANCE;
	private static final Actor ACTOR = new Actor("navigator.test");

	private final String run = Long.toString(System.nanoTime() % 1_000_000_000L);
	private Store store;
	private NavigatorPart navigator;
	private String hash;
	private Locality locality;
	private Case audited;
	private Case empty;

	@BeforeEach
	void aLocalityWithACaseAuditedAndOneNot() throws Exception {
		store = Services.get(Store.class);
		navigator = (NavigatorPart) ((MPart) models().find("org.qaworkbench.ui.part.navigator", application())).getObject();
		ChecklistDefinition definition = QA.createChecklistDefinition();
		definition.setDefinitionId("test.navigator");
		definition.setVersion("1.0.0");
		definition.setTitle("Strengthening Families case audit tool of the navigator test");
		hash = store.definitions().store(definition, ACTOR);
		locality = save(locality("Navigator " + run));
		audited = save(aCase("LLN" + run + "1", "Montgomery-Fotheringham"));
		empty = save(aCase("LLN" + run + "2", "Evans"));
		save(assessment(audited, LocalDate.of(2026, 3, 2)));
		shown(navigator.refresh());
	}

	@Test
	void anEmptyCaseHasNoExpandArrowUntilItsFirstAssessmentIsSaved() throws Exception {
		expand(item(locality));
		assertEquals(0, item(empty).getItemCount(), "nothing to open under a case without assessments");
		assertTrue(item(audited).getItemCount() > 0, "a case with an assessment can be opened");

		save(assessment(empty, LocalDate.of(2026, 4, 1)));

		spinUntil(() -> item(empty).getItemCount() > 0, "the case gets its expand arrow once it has an assessment");
	}

	@Test
	void aNewAssessmentAppearsUnderItsOpenCaseAndAChangedOneShowsAsItIsNow() throws Exception {
		expand(item(locality));
		expand(item(audited));
		assertEquals(List.of("Strengthening Families case audit tool of the navigator test  02/03/2026  Draft"), labels(item(audited)));

		Assessment second = save(assessment(audited, LocalDate.of(2026, 5, 6)));
		spinUntil(() -> labels(item(audited)).size() == 2, "the new assessment is listed under its case: " + labels(item(audited)));
		second.setStartedOn(LocalDate.of(2026, 5, 7));
		save(second);

		spinUntil(() -> labels(item(audited)).get(1).contains("07/05/2026"), "the changed assessment shows as it is now: " + labels(item(audited)));
		assertTrue(item(audited).getExpanded(), "the case stays open");
	}

	@Test
	void f5ReadsTheTreeAgainKeepingWhatIsOpenAndSelected() {
		expand(item(locality));
		expand(item(audited));
		navigator.tree().setSelection(new org.eclipse.jface.viewers.StructuredSelection(item(audited).getData()));
		navigator.tree().remove(item(empty).getData()); // as if it had been missed
		Event f5 = new Event();
		f5.keyCode = SWT.F5;
		navigator.tree().getTree().notifyListeners(SWT.KeyDown, f5);

		spinUntil(() -> Arrays.stream(item(locality).getItems()).anyMatch(item -> item.getData() instanceof CaseEntry shown && shown.id() == empty.getId()),
				"read again");
		assertEquals(empty.getCaseNumber() + "  Evans family", item(empty).getText(), "read again");
		assertTrue(item(locality).getExpanded() && item(audited).getExpanded(), "still open");
		assertEquals(audited.getId(), ((CaseEntry) navigator.tree().getStructuredSelection().getFirstElement()).id(), "still selected");
	}

	/**
	 * A label wider than the navigator (this checklist's title is long) is shown whole when the mouse rests on it:
	 * GTK shows the sideways scroll bar only under the mouse, so the label otherwise looks cut.
	 */
	@Test
	void aLabelWiderThanTheNavigatorIsShownWholeUnderTheMouse() {
		expand(item(locality));
		expand(item(audited));
		TreeItem assessment = item(audited).getItem(0);
		assertTrue(assessment.getTextBounds(0).x + assessment.getTextBounds(0).width > navigator.tree().getTree().getClientArea().width,
				"wider than the view: " + assessment.getText());
		for (TreeItem item : List.of(item(audited), item(empty), assessment)) {
			org.eclipse.swt.graphics.Rectangle bounds = item.getBounds();
			org.eclipse.swt.widgets.Event move = new org.eclipse.swt.widgets.Event();
			move.x = bounds.x + 2;
			move.y = bounds.y + bounds.height / 2;
			navigator.tree().getTree().notifyListeners(org.eclipse.swt.SWT.MouseMove, move);
			assertEquals(item.getText(), navigator.tree().getTree().getToolTipText(), "the mouse on it shows the whole label");
		}
		// A native tooltip: no shell of ours opens under the mouse to become the shell that commands open dialogs on.
		assertEquals(0, java.util.Arrays.stream(Display.getCurrent().getShells()).filter(shell -> shell.isVisible() && (shell.getStyle() & org.eclipse.swt.SWT.TOOL) != 0).count());
	}

	@Test
	void anEmptyDatabaseShowsWhatWillAppearAndHowToTryIt(@TempDir Path temp) throws Exception {
		Shell shell = new Shell(Display.getCurrent());
		IEclipseContext context = window().getContext().createChild();
		try (Store none = Stores.open(temp.resolve("data"))) {
			context.set(Store.class, none);
			context.set(Composite.class, shell);
			NavigatorPart fresh = ContextInjectionFactory.make(NavigatorPart.class, context);
			spinUntil(fresh::showsEmptyState, "the empty state once the store is read");
			assertTrue(fresh.emptyStateText().startsWith("No localities or cases yet."), fresh.emptyStateText());

			none.records().save(locality("Hadley Castle"), ACTOR);
			shown(fresh.refresh());
			assertFalse(fresh.showsEmptyState());
		} finally {
			context.dispose();
			shell.dispose();
		}
	}

	/**
	 * Opens an item as a click on its arrow does: the tree is told, then the item opens; a level read on opening
	 * shows "Reading..." until its entries come.
	 */
	private void expand(TreeItem item) {
		Event event = new Event();
		event.item = item;
		navigator.tree().getTree().notifyListeners(SWT.Expand, event);
		item.setExpanded(true);
		dispatch();
		spinUntil(() -> Arrays.stream(item.getItems()).noneMatch(child -> child.getData() instanceof NavigatorContent.Pending), "the opened level is read");
	}

	/** Waits for a read of the navigator to be shown. */
	private static void shown(CompletableFuture<Void> read) {
		spinUntil(read::isDone, "the navigator is read");
		read.join();
	}

	private TreeItem item(Locality wanted) {
		return Arrays.stream(navigator.tree().getTree().getItems())
				.filter(item -> item.getData() instanceof LocalityEntry shown && shown.id() == wanted.getId()).findFirst().orElse(null);
	}

	private TreeItem item(Case wanted) {
		return Arrays.stream(item(locality).getItems()).filter(item -> item.getData() instanceof CaseEntry shown && shown.id() == wanted.getId()).findFirst()
				.orElseThrow(() -> new AssertionError(wanted.getCaseNumber() + " is listed"));
	}

	private static List<String> labels(TreeItem item) {
		return Arrays.stream(item.getItems()).filter(child -> child.getData() != null).map(TreeItem::getText).toList();
	}

	private <T extends org.qaworkbench.model.Identified> T save(T record) throws Exception {
		return store.records().save(record, ACTOR);
	}

	private Case aCase(String number, String family) {
		Case aCase = QA.createCase();
		aCase.setCaseNumber(number);
		aCase.setFamilyNames(family);
		aCase.setLocality(locality);
		return aCase;
	}

	private Assessment assessment(Case aCase, LocalDate startedOn) {
		Assessment assessment = QA.createAssessment();
		assessment.setDefinitionId("test.navigator");
		assessment.setDefinitionVersion("1.0.0");
		assessment.setDefinitionHash(hash);
		assessment.setSubjectKind(SubjectKind.CASE);
		assessment.setSubjectKey(aCase.getCaseNumber());
		assessment.setStartedOn(startedOn);
		assessment.setState(AssessmentState.DRAFT);
		return assessment;
	}

	private static Locality locality(String name) {
		Locality locality = QA.createLocality();
		locality.setName(name);
		return locality;
	}

	private static void dispatch() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain what is queued
		}
	}

	private static MApplication application() {
		return window().getContext().get(MApplication.class);
	}

	private static EModelService models() {
		return window().getContext().get(EModelService.class);
	}
}
