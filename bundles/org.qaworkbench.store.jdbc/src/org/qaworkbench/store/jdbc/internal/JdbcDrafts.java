package org.qaworkbench.store.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Drafts;

/** Drafts in the DRAFTS table as XMI; each save replaces the previous one of the same id in one statement. */
final class JdbcDrafts implements Drafts {

	private final Database database;

	JdbcDrafts(Database database) {
		this.database = database;
	}

	@Override
	public long save(long id, String title, EObject content, Actor owner) {
		String xmi = Xmi.write(content);
		return Transactions.read(database, connection -> {
			long draftId = id;
			if (draftId != 0) {
				try (PreparedStatement update = connection.prepareStatement("UPDATE DRAFTS SET TITLE = ?, SAVED_AT = ?, CONTENT = ? WHERE ID = ? AND OWNER = ?")) { //$NON-NLS-1$
					update.setString(1, title);
					update.setTimestamp(2, Timestamp.from(Instant.now()));
					update.setString(3, xmi);
					update.setLong(4, draftId);
					update.setString(5, owner.userId());
					if (update.executeUpdate() == 1) {
						return draftId;
					}
				}
			}
			draftId = JdbcRecords.nextId(database, connection);
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO DRAFTS (ID, OWNER, TITLE, SAVED_AT, CONTENT) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
				insert.setLong(1, draftId);
				insert.setString(2, owner.userId());
				insert.setString(3, title);
				insert.setTimestamp(4, Timestamp.from(Instant.now()));
				insert.setString(5, xmi);
				insert.executeUpdate();
			}
			return draftId;
		});
	}

	@Override
	public List<Draft> of(Actor owner) {
		return Transactions.read(database, connection -> {
			List<Draft> drafts = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT ID, TITLE, SAVED_AT, CONTENT FROM DRAFTS WHERE OWNER = ? ORDER BY SAVED_AT DESC, ID DESC")) { //$NON-NLS-1$
				select.setString(1, owner.userId());
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						drafts.add(new Draft(rows.getLong(1), rows.getString(2), rows.getTimestamp(3).toInstant(), Xmi.read(rows.getString(4))));
					}
				}
			}
			return drafts;
		});
	}

	@Override
	public void discard(long id) {
		Transactions.read(database, connection -> {
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM DRAFTS WHERE ID = ?")) { //$NON-NLS-1$
				delete.setLong(1, id);
				delete.executeUpdate();
			}
			return null;
		});
	}
}
