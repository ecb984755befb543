package org.qaworkbench.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.domain.DomainStore;
import org.qaworkbench.core.identity.Credentials;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.testing.TestAccounts;

/**
 * A copied disk reveals nothing: what is typed about a child is in no file of the database in clear, nor is the
 * password, nor the database key. The same data saved in an unencrypted database is found, so the search works.
 */
class EncryptionAtRestPTest {

	private static final String CHILD = "Zephyrine Quillfeather-Oyelaran";
	private static final String COMMENT = "Mum disclosed the bruise on the left arm at the visit";

	@TempDir
	Path temp;

	@Test
	void aChildsNameAndACommentAreInNoFileOfTheDatabase() throws Exception {
		Path data = temp.resolve("data");
		try (Store store = TestAccounts.open(data)) {
			saveChildAndComment(store);
		}

		assertTrue(DatabaseFiles.fileCount(data.resolve("db")) > 10, "the database is there");
		assertEquals(List.of(), DatabaseFiles.containing(data, CHILD));
		assertEquals(List.of(), DatabaseFiles.containing(data, COMMENT));
		try (Store reopened = TestAccounts.open(data)) {
			Case stored = reopened.records().list(Case.class).get(0);
			assertEquals(CHILD, stored.getChild().getName(), "signed in, it reads as typed");
			assertEquals(COMMENT, reopened.records().list(Assessment.class).get(0).getComments());
		}
	}

	@Test
	void theSameDataInAnUnencryptedDatabaseIsFoundByTheSameSearch() throws Exception {
		Path data = temp.resolve("old");
		try (Store store = new DerbyStoreProvider().open(data)) {
			saveChildAndComment(store);
		}

		assertFalse(DatabaseFiles.containing(data.resolve("db"), CHILD).isEmpty());
		assertFalse(DatabaseFiles.containing(data.resolve("db"), COMMENT).isEmpty());
	}

	@Test
	void derbyRecordsTheDatabaseAsEncryptedWithAes() throws Exception {
		Path data = temp.resolve("data");
		try (Store store = TestAccounts.open(data)) {
			// created
		}
		Properties service = new Properties();
		try (var in = Files.newBufferedReader(data.resolve("db/service.properties"), StandardCharsets.ISO_8859_1)) {
			service.load(in);
		}
		assertEquals("true", service.getProperty("dataEncryption"), service.toString());
		assertEquals("AES/CBC/NoPadding", service.getProperty("encryptionAlgorithm"), service.toString());
		assertTrue(service.getProperty("encryptionKeyLength", "").startsWith("256"), service.toString());
	}

	@Test
	void neitherThePasswordNorTheDatabaseKeyIsInAnyFile() throws Exception {
		Path data = temp.resolve("data");
		try (Store store = TestAccounts.open(data)) {
			saveChildAndComment(store);
		}
		byte[] key;
		try (Credentials who = TestAccounts.credentials()) {
			key = KeyringAccounts.unlock(data, Keyring.read(data, data), who);
		}
		assertEquals(32, key.length, "AES-256");
		List<byte[]> secrets = new ArrayList<>();
		secrets.add(key);
		secrets.add(HexFormat.of().formatHex(key).getBytes(StandardCharsets.US_ASCII));
		secrets.add(HexFormat.of().formatHex(key).toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
		secrets.add(Base64.getEncoder().encodeToString(key).getBytes(StandardCharsets.US_ASCII));

		assertTrue(Files.isRegularFile(data.resolve(Keyring.FILE)));
		assertEquals(List.of(), DatabaseFiles.containing(data, secrets), "the database key in clear");
		assertEquals(List.of(), DatabaseFiles.containing(data, TestAccounts.PASSWORD), "the password");
	}

	private static void saveChildAndComment(Store store) throws Exception {
		StaffMember worker = Samples.QA.createStaffMember();
		worker.setName("Jo Worker");
		worker = store.records().save(worker, TestAccounts.ADMIN);
		Case aCase = Samples.aCase("LL1", worker);
		aCase.getChild().setName(CHILD);
		store.records().save(aCase, TestAccounts.ADMIN);
		// The engine itself: the comment's audit needs no checklist plug-in for the domain layer to score it.
		Store engine = DomainStore.engineOf(store);
		String hash = engine.definitions().store(Samples.auditDefinition(3), TestAccounts.ADMIN);
		Assessment audit = Samples.draftAudit(hash, 3, "LL1");
		audit.setComments(COMMENT);
		engine.records().save(audit, TestAccounts.ADMIN);
	}
}
