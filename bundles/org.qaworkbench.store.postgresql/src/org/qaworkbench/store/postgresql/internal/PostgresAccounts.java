package org.qaworkbench.store.postgresql.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.identity.Account;
import org.qaworkbench.core.identity.AccountRules;
import org.qaworkbench.core.identity.Accounts;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Records;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;

/**
 * The accounts of a team database: PostgreSQL login roles, one per person ({@link LoginRoles}). Changed through the
 * store's own connections, so as the administrator signed in (their login role has CREATEROLE); the rules of who may
 * change what are core's ({@link AccountRules}), applied before the server is asked.
 */
final class PostgresAccounts implements Accounts {

	private final Path dataFolder;
	private final Records records;
	private final DataSource dataSource;
	private final ServerAddress address;
	private final LoginRoles roles;

	PostgresAccounts(Path dataFolder, Records records, DataSource dataSource, ServerAddress address) {
		this.dataFolder = dataFolder;
		this.records = records;
		this.dataSource = dataSource;
		this.address = address;
		this.roles = LoginRoles.of(address.database());
	}

	@Override
	public List<Account> list() throws StoreException {
		try (Connection connection = dataSource.getConnection()) {
			return roles.list(connection).stream().map(login -> new Account(login.userName(), login.disabled())).toList();
		} catch (SQLException e) {
			throw StoreException.failedOnServer(dataFolder, address.describe(), e);
		}
	}

	@Override
	public void add(Actor by, String userName, char[] password) throws StoreException {
		AccountRules.requireAdministrator(records, by, dataFolder);
		StaffMember staff = AccountRules.requireStaff(records, userName, dataFolder);
		AccountRules.requirePassword(password, dataFolder);
		if (list().stream().anyMatch(account -> account.userName().equals(userName))) {
			throw AccountRules.accountExists(dataFolder, userName);
		}
		change(connection -> roles.add(connection, userName, password, Staff.has(staff, Role.ADMINISTRATOR)));
	}

	@Override
	public void disable(Actor by, String userName) throws StoreException {
		AccountRules.requireAdministrator(records, by, dataFolder);
		existing(userName);
		AccountRules.refuseLastAdministrator(records, list(), userName, dataFolder);
		change(connection -> roles.disable(connection, userName));
	}

	@Override
	public void enable(Actor by, String userName) throws StoreException {
		AccountRules.requireAdministrator(records, by, dataFolder);
		existing(userName);
		change(connection -> roles.enable(connection, userName));
	}

	@Override
	public void resetPassword(Actor by, String userName, char[] password) throws StoreException {
		AccountRules.requireAdministrator(records, by, dataFolder);
		existing(userName);
		AccountRules.requirePassword(password, dataFolder);
		change(connection -> roles.resetPassword(connection, userName, password));
	}

	/** Logs in once as {@code who}: the server itself checks the password (SCRAM) and whether the role may log in. */
	@Override
	public void verify(Credentials who) throws StoreException {
		try (Connection connection = PostgresStoreProvider.connectAs(address, who)) {
			connection.isValid(1);
		} catch (SQLException e) {
			throw PostgresStoreProvider.signInFailure(dataFolder, address, who, e);
		}
	}

	private void existing(String userName) throws StoreException {
		if (list().stream().noneMatch(account -> account.userName().equals(userName))) {
			throw AccountRules.noSuchAccount(dataFolder, userName);
		}
	}

	@FunctionalInterface
	private interface Change {
		void apply(Connection connection) throws SQLException;
	}

	/** A refusal by the server (this login may not create roles, say) is said as the server says it. */
	private void change(Change change) throws StoreException {
		try (Connection connection = dataSource.getConnection()) {
			change.apply(connection);
		} catch (SQLException e) {
			throw StoreException.accountRefused(dataFolder, e.getMessage().lines().findFirst().orElse(e.getMessage()));
		}
	}
}
