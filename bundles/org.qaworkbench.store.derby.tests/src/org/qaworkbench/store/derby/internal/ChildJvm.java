package org.qaworkbench.store.derby.internal;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Runs a main class of this fragment in a second, plain JVM, with the bundles it needs on its class path. */
final class ChildJvm {

	private static final List<String> BUNDLES = List.of("org.eclipse.emf.common", "org.eclipse.emf.ecore", "org.eclipse.emf.ecore.xmi", "org.eclipse.osgi",
			"org.qaworkbench.model", "org.qaworkbench.core", "org.qaworkbench.store.jdbc", "org.qaworkbench.store.derby", "org.qaworkbench.store.derby.tests");

	private ChildJvm() {
	}

	static Process start(Class<?> main, String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp", classPath(), main.getName()));
		command.addAll(List.of(arguments));
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	/** Derby's jars, nested in its bundle, as files. */
	static List<String> derbyJars() throws IOException {
		Bundle derby = FrameworkUtil.getBundle(EmbeddedDataSource.class);
		List<String> jars = new ArrayList<>();
		for (String jar : List.of("derby", "derbyshared", "derbytools")) {
			jars.add(FileLocator.toFileURL(derby.getEntry("lib/" + jar + ".jar")).getPath());
		}
		return jars;
	}

	private static String classPath() throws IOException {
		List<String> entries = new ArrayList<>(derbyJars());
		Bundle[] installed = FrameworkUtil.getBundle(ChildJvm.class).getBundleContext().getBundles();
		for (String name : BUNDLES) {
			for (Bundle bundle : installed) {
				if (bundle.getSymbolicName().equals(name)) {
					File location = FileLocator.getBundleFileLocation(bundle).orElseThrow();
					File classes = new File(location, "target/classes");
					entries.add(classes.isDirectory() ? classes.getPath() : location.getPath());
					break;
				}
			}
		}
		return String.join(File.pathSeparator, entries);
	}
}
