package org.qaworkbench.core.store;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.internal.Messages;

/** The database failed in a way the user cannot fix by changing input (disk full, database damaged). */
public final class StoreFailureException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final boolean diskFull;

	public StoreFailureException(String message, Throwable cause) {
		this(message, cause, false);
	}

	private StoreFailureException(String message, Throwable cause, boolean diskFull) {
		super(message, cause);
		this.diskFull = diskFull;
	}

	/** Nothing could be written because the disk is full; the same work succeeds once there is space again. */
	public static StoreFailureException diskFull(Path dataFolder, Throwable cause) {
		return new StoreFailureException(NLS.bind(Messages.StoreFailure_diskFull, dataFolder), cause, true);
	}

	public boolean isDiskFull() {
		return diskFull;
	}
}
