package org.qaworkbench.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreException.Reason;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.testing.TestAccounts;

/** A backup of an encrypted database is encrypted too, carries its accounts, and is restored by someone signing in. */
class EncryptedBackupPTest {

	@TempDir
	Path temp;

	@Test
	void anEncryptedBackupIsRestoredBySigningInAndIsUnreadableWithout() throws Exception {
		Path data = temp.resolve("data");
		Path backups = temp.resolve("backup");
		try (Store store = TestAccounts.open(data)) {
			StaffMember jo = Samples.QA.createStaffMember();
			jo.setName("Jo Worker");
			jo = store.records().save(jo, TestAccounts.ADMIN);
			Case kept = Samples.aCase("LL1", jo);
			kept.getChild().setName("Ottoline Backupworthy");
			store.records().save(kept, TestAccounts.ADMIN);
			store.backup(backups);
			store.records().save(Samples.aCase("LL2", jo), TestAccounts.ADMIN);
		}
		assertTrue(Files.isRegularFile(backups.resolve(Keyring.FILE)), "the accounts travel with the backup");
		assertEquals(List.of(), DatabaseFiles.containing(backups, "Ottoline Backupworthy"));

		StoreException refused = assertThrows(StoreException.class, () -> new DerbyStoreProvider().restore(data, backups));
		assertEquals(Reason.SIGN_IN_NEEDED, refused.reason());
		try (Credentials wrong = new Credentials(TestAccounts.USER, "not-the-password".toCharArray())) {
			assertEquals(Reason.SIGN_IN_REFUSED, assertThrows(StoreException.class, () -> Stores.restore(data, backups, wrong)).reason());
		}
		try (Store unchanged = TestAccounts.open(data)) {
			assertEquals(2, unchanged.records().count(Case.class), "refusals replaced nothing");
		}

		try (Credentials who = TestAccounts.credentials()) {
			Stores.restore(data, backups, who);
		}

		try (Store restored = TestAccounts.open(data)) {
			assertEquals(List.of("LL1"), restored.records().list(Case.class).stream().map(Case::getCaseNumber).toList());
		}
	}
}
