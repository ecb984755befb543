package org.qaworkbench.xlsform.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.qaworkbench.xlsform.ChecklistWorkbooks;
import org.qaworkbench.xlsform.WorkbookResult;

/**
 * Reads a workbook again each time it is saved, off the UI thread: it looks at the file's modification time and size
 * every {@value #POLL_MILLIS} ms (a spreadsheet program may save by replacing the file, which a watch on the file
 * itself would lose), and hands each reading to {@code onRead}. A save that lands while the file is being read is
 * seen at the next look, as its time or size differ from those seen before reading.
 */
final class WorkbookWatcher implements AutoCloseable {

	static final long POLL_MILLIS = 300;

	private final Path file;
	private final Consumer<WorkbookResult> onRead;
	private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "Spreadsheet preview watcher"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});
	/** Guarded by the poller thread: the time and size of the file as last read. */
	private String seen;

	WorkbookWatcher(Path file, Consumer<WorkbookResult> onRead) {
		this.file = file;
		this.onRead = onRead;
	}

	/** Reads the workbook now, then whenever it changes, until closed. */
	void start() {
		poller.scheduleWithFixedDelay(this::look, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
	}

	private void look() {
		String now = stamp();
		if (Objects.equals(now, seen)) {
			return;
		}
		seen = now;
		onRead.accept(ChecklistWorkbooks.read(file));
	}

	private String stamp() {
		try {
			return Files.getLastModifiedTime(file).toMillis() + "/" + Files.size(file); //$NON-NLS-1$
		} catch (IOException e) {
			return "missing"; //$NON-NLS-1$ // read once more: the reading says the file cannot be read
		}
	}

	@Override
	public void close() {
		poller.shutdownNow();
	}
}
