package org.qaworkbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qaworkbench.ui.internal.Ui.spinUntil;
import static org.qaworkbench.ui.internal.Ui.window;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.ui.internal.actions.ActionsPart;
import org.qaworkbench.ui.internal.navigator.NavigatorPart;

/**
 * The navigator and the Actions view read the store through its read models on a thread of their own: while a
 * query is held (a slow database), the UI thread goes on handling events, and what was read is shown once it comes.
 * A view closed meanwhile ignores it. Each view is made on a store of its own, wrapped so that its queries wait.
 */
class ReadsOffTheUiThreadPTest {

	@TempDir
	Path temp;

	private Store real;
	private HeldStore held;
	private Shell shell;
	private IEclipseContext context;

	@BeforeEach
	void aStoreWhoseQueriesWait() throws Exception {
		real = Stores.open(temp.resolve("data"));
		Locality locality = QaFactory.eINSTANCE.createLocality();
		locality.setName("Slowbrook");
		real.records().save(locality, new Actor("reads.test"));
		held = new HeldStore(real);
		shell = new Shell(Display.getCurrent());
		context = window().getContext().createChild();
		context.set(Store.class, held);
		context.set(Composite.class, shell);
	}

	@AfterEach
	void close() {
		held.release();
		if (!shell.isDisposed()) {
			shell.dispose();
		}
		context.dispose();
		real.close();
	}

	@Test
	void theNavigatorReadsOffTheUiThreadAndASlowQueryHoldsNothingUp() {
		NavigatorPart navigator = ContextInjectionFactory.make(NavigatorPart.class, context);
		spinUntil(() -> held.started() > 0, "the navigator starts reading");

		assertTheUiGoesOn();
		assertEquals(0, navigator.tree().getTree().getItemCount(), "nothing is shown before the read ends");
		held.release();

		spinUntil(() -> navigator.tree().getTree().getItemCount() == 1, "the locality, once read");
		assertEquals("Slowbrook", navigator.tree().getTree().getItem(0).getText());
		assertFalse(held.threads().contains(Display.getCurrent().getThread()), "no query on the UI thread: " + held.threads());
	}

	@Test
	void aNavigatorClosedWhileItReadsIgnoresWhatItRead() {
		NavigatorPart navigator = ContextInjectionFactory.make(NavigatorPart.class, context);
		spinUntil(() -> held.started() > 0, "the navigator starts reading");
		CompletableFuture<Void> read = navigator.refresh();

		shell.dispose();
		held.release();

		spinUntil(read::isDone, "the read to end");
		assertTrue(read.isCancelled(), "its result is not shown on the closed view");
	}

	@Test
	void theActionsViewReadsOffTheUiThreadAndASlowQueryHoldsNothingUp() {
		ActionsPart actions = ContextInjectionFactory.make(ActionsPart.class, context);
		CompletableFuture<?> read = actions.refresh();
		spinUntil(() -> held.started() > 0, "the view starts reading");

		assertTheUiGoesOn();
		assertFalse(read.isDone());
		held.release();

		spinUntil(read::isDone, "the actions, once read");
		assertTrue(actions.summaryText().startsWith("0 of 0"), actions.summaryText());
		assertFalse(held.threads().contains(Display.getCurrent().getThread()), "no query on the UI thread: " + held.threads());
	}

	/** An event posted now is handled while the query is still held. */
	private void assertTheUiGoesOn() {
		AtomicBoolean handled = new AtomicBoolean();
		Display.getCurrent().asyncExec(() -> handled.set(true));
		spinUntil(handled::get, "an event handled while the store is read");
		assertTrue(held.threads().size() > 0 && held.started() > 0, "the query is still held");
	}
}
