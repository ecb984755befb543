package org.qaworkbench.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which database a workstation opens: --server, else QA_WORKBENCH_SERVER, else qa connect's file, else embedded. */
class StoreLocationTest {

	private static final UnaryOperator<String> NOTHING = name -> null;

	@TempDir
	Path data;

	@Test
	void withNothingConfiguredTheEmbeddedDatabaseOfTheDataFolderOpens() throws Exception {
		StoreLocation location = StoreLocation.resolve(data, NOTHING, NOTHING);
		assertTrue(location.isEmbedded());
		assertEquals("", location.scheme());
		assertEquals(data, location.dataFolder());
		assertEquals(data.toString(), location.describe());
	}

	@Test
	void theFileWrittenByConnectIsReadBackAndTheEnvironmentAndTheOptionComeFirst() throws Exception {
		StoreLocation.connect(data, "postgresql://file.example.org:5432/qa");
		assertTrue(Files.isRegularFile(data.resolve(StoreLocation.SERVER_FILE)));
		assertEquals("postgresql://file.example.org:5432/qa", StoreLocation.resolve(data, NOTHING, NOTHING).describe());

		UnaryOperator<String> environment = Map.of(StoreLocation.SERVER_ENVIRONMENT_VARIABLE, "postgresql://env.example.org/qa")::get;
		assertEquals("postgresql://env.example.org/qa", StoreLocation.resolve(data, NOTHING, environment).describe());

		UnaryOperator<String> option = Map.of(StoreLocation.SERVER_PROPERTY, "postgresql://option.example.org:6000/team")::get;
		StoreLocation chosen = StoreLocation.resolve(data, option, environment);
		assertFalse(chosen.isEmbedded());
		assertEquals("postgresql", chosen.scheme());
		assertEquals("postgresql://option.example.org:6000/team", chosen.describe());
	}

	@Test
	void whatPeopleSeeHasNoUserNameOrPassword() throws Exception {
		StoreLocation location = StoreLocation.server(data, "postgresql://qa_app:s3cret@db.example.org:5432/qa?sslmode=verify-full");
		assertEquals("postgresql://db.example.org:5432/qa", location.describe());
		assertEquals("qa_app:s3cret", location.server().orElseThrow().getUserInfo(), "the engine still gets the login");
	}

	@Test
	void anAddressThatIsNotOneIsRefusedSayingHowToWriteIt() {
		StoreException refused = assertThrows(StoreException.class, () -> StoreLocation.connect(data, "db.example.org"));
		assertTrue(refused.getMessage().contains("postgresql://host:5432/database"), refused.getMessage());
		assertFalse(Files.exists(data.resolve(StoreLocation.SERVER_FILE)), "nothing written");
	}
}
