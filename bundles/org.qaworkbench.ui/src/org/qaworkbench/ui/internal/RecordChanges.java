package org.qaworkbench.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Identified;

/**
 * Tells views of saved records, whoever saved them (an editor, a workflow step, a dialog): the store reports each
 * save, and the records saved during one turn of the event loop go out together as one {@link #TOPIC} event on the
 * UI thread. Views subscribe with {@code @UIEventTopic(RecordChanges.TOPIC)} and read again what they show, so
 * nothing polls and a step that saves an audit and its actions refreshes a view once.
 */
public final class RecordChanges {

	public static final String TOPIC = "org/qaworkbench/records/saved"; //$NON-NLS-1$

	/** The records saved, as stored. */
	public record Saved(List<Identified> records) {

		public <T extends Identified> List<T> of(Class<T> type) {
			return records.stream().filter(type::isInstance).map(type::cast).toList();
		}

		public boolean any(Class<?>... types) {
			return records.stream().anyMatch(record -> Arrays.stream(types).anyMatch(type -> type.isInstance(record)));
		}
	}

	private final List<Identified> pending = new ArrayList<>();
	private final Consumer<Identified> listener = this::saved;
	private Store store;
	private IEventBroker events;
	private Display display;

	@PostConstruct
	void start(Store store, IEventBroker events) {
		this.store = store;
		this.events = events;
		this.display = Display.getCurrent();
		store.records().addSaveListener(listener);
	}

	@PreDestroy
	void stop() {
		store.records().removeSaveListener(listener);
	}

	/** On the saving thread: the first save of a turn schedules the event, later ones join it. */
	private void saved(Identified record) {
		boolean first;
		synchronized (pending) {
			first = pending.isEmpty();
			pending.add(record);
		}
		if (first) {
			try {
				display.asyncExec(this::post);
			} catch (SWTException closing) {
				// The window has gone: nobody is left to tell.
			}
		}
	}

	private void post() {
		List<Identified> records;
		synchronized (pending) {
			records = List.copyOf(pending);
			pending.clear();
		}
		events.send(TOPIC, new Saved(records));
	}
}
