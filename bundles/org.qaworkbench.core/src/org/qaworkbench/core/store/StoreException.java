package org.qaworkbench.core.store;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.internal.IdentityMessages;
import org.qaworkbench.core.internal.Messages;

/**
 * A database that cannot be opened, with a message a user can act on. The factory methods give every storage
 * implementation the same wording.
 */
public final class StoreException extends Exception {

	private static final long serialVersionUID = 1L;

	public enum Reason {
		/** The data folder cannot be created or written. */
		FOLDER_NOT_WRITABLE,
		/** The disk that holds the data folder is full. */
		DISK_FULL,
		/** Another process has the database open. */
		IN_USE,
		/** The database was written by a newer QA Workbench. */
		NEWER_SCHEMA,
		/** The team database is at an older schema than this QA Workbench needs, and this login may not upgrade it. */
		OLDER_SCHEMA,
		/** A table or index of the database (or of a backup) failed the consistency check. */
		DAMAGED,
		/** The database server cannot be reached, or refused the connection. */
		UNREACHABLE,
		/** The user name or the password is wrong: one message for both, so it tells nobody which user names exist. */
		SIGN_IN_REFUSED,
		/** The password is right but an administrator has disabled the account. */
		ACCOUNT_DISABLED,
		/** A new installation (or one from before accounts): nobody can sign in until the first administrator is created. */
		NO_ACCOUNTS,
		/** The database needs a person signed in, and no credentials were given. */
		SIGN_IN_NEEDED,
		/** A change to accounts was refused (not an administrator, no such member of staff, the last administrator ...). */
		ACCOUNT_REFUSED,
		/** Anything else; the cause says what. */
		FAILED
	}

	private final Reason reason;
	private final Path dataFolder;

	private StoreException(Reason reason, Path dataFolder, String message, Throwable cause) {
		super(message, cause);
		this.reason = Objects.requireNonNull(reason);
		this.dataFolder = Objects.requireNonNull(dataFolder);
	}

	public static StoreException folderNotWritable(Path dataFolder, Throwable cause) {
		return new StoreException(Reason.FOLDER_NOT_WRITABLE, dataFolder, NLS.bind(Messages.StoreException_folderNotWritable, dataFolder), cause);
	}

	public static StoreException diskFull(Path dataFolder, Throwable cause) {
		return new StoreException(Reason.DISK_FULL, dataFolder, NLS.bind(Messages.StoreException_diskFull, dataFolder), cause);
	}

	public static StoreException inUse(Path dataFolder, Throwable cause) {
		return new StoreException(Reason.IN_USE, dataFolder, NLS.bind(Messages.StoreException_inUse, dataFolder), cause);
	}

	public static StoreException newerSchema(Path dataFolder, int found, int known) {
		return new StoreException(Reason.NEWER_SCHEMA, dataFolder, NLS.bind(Messages.StoreException_newerSchema, new Object[] { dataFolder, found, known }), null);
	}

	public static StoreException notABackup(Path dataFolder, Path backup) {
		return new StoreException(Reason.FAILED, dataFolder, NLS.bind(Messages.StoreException_notABackup, backup), null);
	}

	/** The database of the data folder failed its check: {@code table} is the first damaged table. */
	public static StoreException damaged(Path dataFolder, String table, String detail, Throwable cause) {
		return new StoreException(Reason.DAMAGED, dataFolder, NLS.bind(Messages.StoreException_damaged, new Object[] { dataFolder, table, detail }), cause);
	}

	/** The database was not backed up because it failed its check first. */
	public static StoreException damagedNotBackedUp(Path dataFolder, String table, String detail, Throwable cause) {
		return new StoreException(Reason.DAMAGED, dataFolder, NLS.bind(Messages.StoreException_damagedNotBackedUp, new Object[] { dataFolder, table, detail }), cause);
	}

	/** The backup failed its check ({@code table} null: it could not even be opened); nothing was replaced. */
	public static StoreException backupDamaged(Path dataFolder, Path backup, String table, String detail, Throwable cause) {
		String message = table == null ? NLS.bind(Messages.StoreException_backupUnusable, new Object[] { backup, detail, dataFolder })
				: NLS.bind(Messages.StoreException_backupDamaged, new Object[] { backup, table, detail, dataFolder });
		return new StoreException(Reason.DAMAGED, dataFolder, message, cause);
	}

	public static StoreException failed(Path dataFolder, Throwable cause) {
		String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return new StoreException(Reason.FAILED, dataFolder, NLS.bind(Messages.StoreException_failed, dataFolder, detail), cause);
	}

	/** No installed storage engine opens such a location (a server address of an unknown kind). */
	public static StoreException noEngine(Path dataFolder, String location) {
		return new StoreException(Reason.FAILED, dataFolder, NLS.bind(Messages.StoreException_noEngine, location), null);
	}

	/** The configured server address cannot be read as one. */
	public static StoreException badServerAddress(Path dataFolder, String address) {
		return new StoreException(Reason.FAILED, dataFolder, NLS.bind(Messages.StoreException_badServerAddress, address), null);
	}

	/** A team database is restored with the server's own tools, not by QA Workbench. */
	public static StoreException restoreOnServer(Path dataFolder, String server) {
		return new StoreException(Reason.FAILED, dataFolder, NLS.bind(Messages.StoreException_restoreOnServer, server), null);
	}

	/** A team database is backed up on its server, with PostgreSQL's own tools. */
	public static StoreException backupOnServer(Path dataFolder, String server) {
		return new StoreException(Reason.FAILED, dataFolder, NLS.bind(Messages.StoreException_backupOnServer, server), null);
	}

	/** The server cannot be reached or refused the login; {@code detail} is the server's own reason. */
	public static StoreException unreachable(Path dataFolder, String server, String detail, Throwable cause) {
		return new StoreException(Reason.UNREACHABLE, dataFolder, NLS.bind(Messages.StoreException_unreachable, server, detail), cause);
	}

	/** The team database on a server was written by a newer QA Workbench. */
	public static StoreException newerSchemaOnServer(Path dataFolder, String server, int found, int known) {
		return new StoreException(Reason.NEWER_SCHEMA, dataFolder, NLS.bind(Messages.StoreException_newerSchemaOnServer, new Object[] { server, found, known }), null);
	}

	/**
	 * The team database on a server is at an older schema ({@code found}) than this QA Workbench needs ({@code needed}),
	 * and the workstation's login has no right to upgrade it: an administrator runs {@code qa server init}.
	 */
	public static StoreException olderSchemaOnServer(Path dataFolder, String server, int found, int needed) {
		return new StoreException(Reason.OLDER_SCHEMA, dataFolder, NLS.bind(Messages.StoreException_olderSchemaOnServer, new Object[] { server, found, needed }), null);
	}

	/** Opening the team database on a server failed for another reason. */
	public static StoreException failedOnServer(Path dataFolder, String server, Throwable cause) {
		// The server's first line says what; its detail lines (and their full stop) would only repeat it.
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		String detail = message.lines().findFirst().orElse(message).strip().replaceFirst("\\.$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return new StoreException(Reason.FAILED, dataFolder, NLS.bind(Messages.StoreException_failedOnServer, server, detail), cause);
	}

	/** A wrong user name or a wrong password: the same words for both. */
	public static StoreException signInRefused(Path dataFolder) {
		return new StoreException(Reason.SIGN_IN_REFUSED, dataFolder, IdentityMessages.signInRefused, null);
	}

	public static StoreException accountDisabled(Path dataFolder, String userName) {
		return new StoreException(Reason.ACCOUNT_DISABLED, dataFolder, NLS.bind(IdentityMessages.accountDisabled, userName), null);
	}

	public static StoreException noAccounts(Path dataFolder) {
		return new StoreException(Reason.NO_ACCOUNTS, dataFolder, NLS.bind(IdentityMessages.noAccounts, dataFolder), null);
	}

	/** The database is encrypted and was opened without anyone signing in. */
	public static StoreException signInNeeded(Path dataFolder) {
		return new StoreException(Reason.SIGN_IN_NEEDED, dataFolder, NLS.bind(IdentityMessages.signInNeeded, dataFolder), null);
	}

	/** The first administrator is made once: this database has accounts already. */
	public static StoreException accountsExist(Path dataFolder) {
		return new StoreException(Reason.ACCOUNT_REFUSED, dataFolder, NLS.bind(IdentityMessages.accountsExist, dataFolder), null);
	}

	/** A team database's accounts are login roles on its server, managed there. */
	public static StoreException accountsOnServer(Path dataFolder, String server) {
		return new StoreException(Reason.ACCOUNT_REFUSED, dataFolder, NLS.bind(IdentityMessages.accountsOnServer, server), null);
	}

	/** The keyring of an embedded database cannot be read or written; {@code detail} says why. */
	public static StoreException keyringDamaged(Path dataFolder, Path keyring, String detail, Throwable cause) {
		return new StoreException(Reason.FAILED, dataFolder, NLS.bind(IdentityMessages.keyringDamaged, keyring, detail), cause);
	}

	/** A change to accounts refused; {@code message} (from {@code IdentityMessages}) says why. */
	public static StoreException accountRefused(Path dataFolder, String message) {
		return new StoreException(Reason.ACCOUNT_REFUSED, dataFolder, message, null);
	}

	public Reason reason() {
		return reason;
	}

	public Path dataFolder() {
		return dataFolder;
	}
}
