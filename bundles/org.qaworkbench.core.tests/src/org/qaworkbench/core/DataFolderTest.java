package org.qaworkbench.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

class DataFolderTest {

	private static final UnaryOperator<String> NO_ENVIRONMENT = name -> null;

	private static UnaryOperator<String> properties(Map<String, String> values) {
		return values::get;
	}

	@Test
	void defaultsToDotQaWorkbenchInTheHomeFolder() {
		Path folder = DataFolder.resolve(properties(Map.of("user.home", "/home/alex")), NO_ENVIRONMENT);
		assertEquals(Path.of("/home/alex/.qa-workbench"), folder);
	}

	@Test
	void environmentVariableOverridesTheDefault() {
		Path folder = DataFolder.resolve(properties(Map.of("user.home", "/home/alex")),
				Map.of(DataFolder.ENVIRONMENT_VARIABLE, "/srv/qa")::get);
		assertEquals(Path.of("/srv/qa"), folder);
	}

	@Test
	void optionOverridesTheEnvironmentVariable() {
		Path folder = DataFolder.resolve(properties(Map.of("user.home", "/home/alex", DataFolder.PROPERTY, "/data/team")),
				Map.of(DataFolder.ENVIRONMENT_VARIABLE, "/srv/qa")::get);
		assertEquals(Path.of("/data/team"), folder);
	}

	@Test
	void blankValuesAreIgnoredAndPathsNormalised() {
		Path folder = DataFolder.resolve(properties(Map.of("user.home", "/home/alex", DataFolder.PROPERTY, "  ")),
				Map.of(DataFolder.ENVIRONMENT_VARIABLE, "/srv/./qa/../qa")::get);
		assertEquals(Path.of("/srv/qa"), folder);
	}

	@Test
	void relativeFoldersBecomeAbsolute() {
		Path folder = DataFolder.resolve(properties(Map.of("user.home", "/home/alex", DataFolder.PROPERTY, "qa-data")), NO_ENVIRONMENT);
		assertEquals(Path.of("qa-data").toAbsolutePath(), folder);
	}
}
