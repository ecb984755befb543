package org.qaworkbench.ui.internal.handlers;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.keydates.CaseKeyDates;
import org.qaworkbench.core.keydates.KeyDateKinds;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Case;
import org.qaworkbench.ui.internal.SignedIn;

/** File > Record a key date...: a key date on the case selected in the navigator, recorded by whoever is signed in. */
public final class KeyDateHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return selection instanceof Case;
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Named(IServiceConstants.ACTIVE_SELECTION) Case aCase, Store store, SignedIn signedIn,
			@Optional Clock clock) {
		dialog(shell, aCase, store, signedIn, clock == null ? Clock.systemDefaultZone() : clock).open();
	}

	public static KeyDateDialog dialog(Shell shell, Case aCase, Store store, SignedIn signedIn, Clock clock) {
		KeyDateKinds kinds = KeyDateKinds.instance();
		return new KeyDateDialog(shell, aCase, new CaseKeyDates(store.records(), kinds, clock), kinds.all(), signedIn.actor(), Formats.date(LocalDate.now(clock)));
	}
}
