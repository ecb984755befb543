package org.qaworkbench.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.qaworkbench.core.store.StoreException;

/**
 * What differs between the database engines the portable JDBC store runs on, and nothing else: the mapping,
 * records, history, drafts, bulk insert and migrations are shared. An engine bundle implements it for each
 * database it opens (so it may hold that database's name or pool) and hands it to {@link JdbcStores#open}.
 * SQLStates, constraint-name parsing and engine-specific SQL belong here, in the engine's bundle.
 */
public interface Dialect {

	/** What went wrong with a statement, as the store must react to it. */
	enum Failure {
		/** A unique constraint is violated: {@link #violatedConstraint} names it. */
		UNIQUE_VIOLATION,
		/** The connection to the server broke or the server went away: the unit of work may be tried again later. */
		CONNECTION_LOST,
		/** Nothing could be written because the disk is full. */
		DISK_FULL,
		/** Another process has the database. */
		IN_USE,
		/** Anything else. */
		OTHER
	}

	/**
	 * The engine's name as migration scripts use it in their engine blocks ({@code --@derby},
	 * {@code --@postgresql}); lower case.
	 */
	String engine();

	/** A query of one row and one column: the next value of the RECORD_IDS sequence. */
	String nextIdQuery();

	/**
	 * A clause that makes an INSERT return the value of the (quoted) id column it sets from
	 * {@link #nextIdExpression()}, such as PostgreSQL's {@code RETURNING}; empty where the engine has none, and the
	 * id is then read first with {@link #nextIdQuery()}. On a server, that read is a round trip of its own.
	 */
	default Optional<String> returningClause(String quotedIdColumn) {
		return Optional.empty();
	}

	/**
	 * Whether one prepared statement may hold several queries separated by semicolons, whose results are read in
	 * turn ({@link java.sql.Statement#getMoreResults()}): a record and its lists are then read in one round trip to
	 * a server rather than one per table.
	 */
	default boolean queriesInOneStatement() {
		return false;
	}

	/** What {@code ${NEXT_RECORD_ID}} stands for in a migration script: an expression for the next record id. */
	String nextIdExpression();

	/** What {@code ${LARGE_TEXT}} stands for in a migration script: the type of a column of unbounded text. */
	String largeTextType();

	/** How the catalogue (JDBC metadata) spells a name the scripts write unquoted, such as SCHEMA_VERSION. */
	String catalogName(String unquotedName);

	/** Classifies a failure, looking through chained exceptions. */
	Failure classify(SQLException failure);

	/** The unique constraint a {@link Failure#UNIQUE_VIOLATION} broke, in upper case as the scripts name it. */
	Optional<String> violatedConstraint(SQLException failure);

	/** Throws when this connection must not be written through (a database open read-only or still recovering). */
	void refuseUnwritable(Connection connection) throws SQLException;

	/**
	 * Called at the start of every migration transaction, before SCHEMA_VERSION is read, and before it is created
	 * when it is missing; the lock must be held until that transaction ends, so that stores opening at once
	 * migrate a database exactly once.
	 */
	void lockForMigration(Connection connection) throws SQLException;

	/** Called after a unit of work failed as {@code failure}, to leave the database fit for the next one. */
	default void afterFailure(Failure failure) {
	}

	/** Where the database is, for messages and {@code qa info}: a folder or a server address, never a password. */
	String describe();

	/** See {@link org.qaworkbench.core.store.Store#check()}. */
	void check(DataSource dataSource, Path dataFolder) throws StoreException;

	/** See {@link org.qaworkbench.core.store.Store#backup(Path)}. */
	Path backup(DataSource dataSource, Path dataFolder, Path folder) throws StoreException;

	/** Releases the database: shuts an embedded one down, closes a pool of connections to a server. */
	void close();
}
