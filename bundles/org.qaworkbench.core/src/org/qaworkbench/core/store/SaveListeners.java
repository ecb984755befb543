package org.qaworkbench.core.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.qaworkbench.model.Identified;

/**
 * Who is told of saved records, for a {@link Records} implementation to keep: listeners may come and go on any
 * thread while saves run on others. A listener that fails is logged and the others are still told: the save itself
 * has committed and must not look failed.
 */
public final class SaveListeners {

	private final List<Consumer<? super Identified>> listeners = new CopyOnWriteArrayList<>();

	public void add(Consumer<? super Identified> listener) {
		listeners.add(listener);
	}

	public void remove(Consumer<? super Identified> listener) {
		listeners.remove(listener);
	}

	/** Tells every listener of a record as stored, through one copy of it, so they cannot change the caller's. */
	public void saved(Identified record) {
		if (listeners.isEmpty()) {
			return;
		}
		Identified copy = EcoreUtil.copy(record);
		for (Consumer<? super Identified> listener : listeners) {
			try {
				listener.accept(copy);
			} catch (RuntimeException e) {
				ILog.of(SaveListeners.class).error("A listener to saved records failed", e); //$NON-NLS-1$
			}
		}
	}
}
