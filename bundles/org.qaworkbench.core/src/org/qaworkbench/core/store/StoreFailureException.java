package org.qaworkbench.core.store;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.internal.Messages;

/** The database failed in a way the user cannot fix by changing input (disk full, database damaged). */
public final class StoreFailureException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final boolean diskFull;
	private final boolean connectionLost;

	public StoreFailureException(String message, Throwable cause) {
		this(message, cause, false, false);
	}

	private StoreFailureException(String message, Throwable cause, boolean diskFull, boolean connectionLost) {
		super(message, cause);
		this.diskFull = diskFull;
		this.connectionLost = connectionLost;
	}

	/** Nothing could be written because the disk is full; the same work succeeds once there is space again. */
	public static StoreFailureException diskFull(Path dataFolder, Throwable cause) {
		return new StoreFailureException(NLS.bind(Messages.StoreFailure_diskFull, dataFolder), cause, true, false);
	}

	/**
	 * The connection to the database server was lost during a unit of work, which was therefore not stored at all;
	 * the same work succeeds once the server is back. Callers keep what was typed (as a draft) meanwhile.
	 */
	public static StoreFailureException connectionLost(String server, Throwable cause) {
		return new StoreFailureException(NLS.bind(Messages.StoreFailure_connectionLost, server), cause, false, true);
	}

	public boolean isDiskFull() {
		return diskFull;
	}

	public boolean isConnectionLost() {
		return connectionLost;
	}
}
