package org.qaworkbench.core;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The folder where one user's QA Workbench keeps its database and logs. Chosen by the system property
 * {@value #PROPERTY} (the launchers' {@code --data} option), else the environment variable
 * {@value #ENVIRONMENT_VARIABLE}, else {@code ~/.qa-workbench}.
 */
public final class DataFolder {

	public static final String PROPERTY = "qaworkbench.data"; //$NON-NLS-1$
	public static final String ENVIRONMENT_VARIABLE = "QA_WORKBENCH_DATA"; //$NON-NLS-1$
	public static final String DEFAULT_NAME = ".qa-workbench"; //$NON-NLS-1$

	private DataFolder() {
	}

	public static Path resolve() {
		return resolve(System::getProperty, System::getenv);
	}

	static Path resolve(UnaryOperator<String> properties, UnaryOperator<String> environment) {
		String chosen = firstNonBlank(properties.apply(PROPERTY), environment.apply(ENVIRONMENT_VARIABLE));
		Path folder = chosen != null ? Path.of(chosen) : Path.of(properties.apply("user.home"), DEFAULT_NAME); //$NON-NLS-1$
		return folder.toAbsolutePath().normalize();
	}

	private static String firstNonBlank(String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null && !candidate.isBlank()) {
				return candidate.strip();
			}
		}
		return null;
	}
}
