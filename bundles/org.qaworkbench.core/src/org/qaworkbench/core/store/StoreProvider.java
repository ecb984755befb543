package org.qaworkbench.core.store;

import java.nio.file.Path;

import org.qaworkbench.core.identity.Credentials;

/**
 * Opens the database of a data folder, creating it on first use and bringing its schema up to date. Offered as an
 * OSGi service by each storage engine's bundle; {@link Stores} chooses the one that {@linkplain #opens opens} the
 * configured {@link StoreLocation}.
 */
public interface StoreProvider {

	/** True when this provider opens databases at such a location (the embedded one, or a kind of server). */
	boolean opens(StoreLocation location);

	/** Opens the database of the data folder; callers use {@link Stores#open(Path)}, which chooses the engine. */
	Store open(Path dataFolder) throws StoreException;

	/** Opens the database at a location this provider {@linkplain #opens opens}. */
	default Store open(StoreLocation location) throws StoreException {
		return open(location.dataFolder());
	}

	/**
	 * Opens the database signed in as {@code who}; refused with {@link StoreException.Reason#SIGN_IN_REFUSED},
	 * {@link StoreException.Reason#ACCOUNT_DISABLED} or, before anyone has an account,
	 * {@link StoreException.Reason#NO_ACCOUNTS}. Callers use {@link Stores#open(StoreLocation, Credentials)}.
	 */
	Store open(StoreLocation location, Credentials who) throws StoreException;

	/**
	 * Creates the first administrator of a database nobody can sign in to yet (a member of staff with the
	 * ADMINISTRATOR role, and their account), creating the database when there is none, and returns it opened as
	 * them. Refused once the database has accounts.
	 */
	Store createFirstAdministrator(StoreLocation location, String fullName, Credentials who) throws StoreException;

	/** Whether nobody can sign in yet, so the first administrator is to be made (a new or an old installation). */
	boolean needsFirstAdministrator(StoreLocation location) throws StoreException;

	/** Restores as {@link #restore(Path, Path)} does a backup that needs someone signed in to read it. */
	void restore(Path dataFolder, Path backup, Credentials who) throws StoreException;

	/**
	 * Replaces the database of a data folder with a backup made by {@link Store#backup}. The database must not be
	 * open anywhere. The backup is opened and checked as {@link Store#check} does, before anything is replaced: an
	 * unusable or damaged one changes nothing.
	 */
	void restore(Path dataFolder, Path backup) throws StoreException;
}
