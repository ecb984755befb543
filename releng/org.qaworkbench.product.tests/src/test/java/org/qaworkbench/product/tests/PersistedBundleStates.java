package org.qaworkbench.product.tests;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What an installation's OSGi framework has recorded in its configuration area about each bundle, read by the
 * installation's own framework (org.eclipse.osgi from its plugins folder), so no file format is guessed. The
 * framework only initialises: it starts no bundle, and it works on a copy of the configuration area.
 */
final class PersistedBundleStates {

	private PersistedBundleStates() {
	}

	/** The symbolic names of the bundles marked to start with the framework (OSGi's "persistently started"). */
	static Set<String> markedStarted(Path installation, Path scratch) throws Exception {
		Path configuration = copy(installation.resolve("configuration"), scratch.resolve("configuration"));
		// Never closed: the framework installs JVM-wide URL handlers (Equinox's plurl) that later code of this test JVM
		// (the JDK's JCE, the PostgreSQL driver's SCRAM login) still calls into, and a closed loader fails them.
		@SuppressWarnings("resource")
		URLClassLoader osgi = new URLClassLoader(new URL[] { frameworkJar(installation).toUri().toURL() }, ClassLoader.getPlatformClassLoader());
		{
			Class<?> factoryType = osgi.loadClass("org.osgi.framework.launch.FrameworkFactory");
			Class<?> frameworkType = osgi.loadClass("org.osgi.framework.launch.Framework");
			Class<?> bundleType = osgi.loadClass("org.osgi.framework.Bundle");
			Class<?> contextType = osgi.loadClass("org.osgi.framework.BundleContext");
			Class<?> startLevelType = osgi.loadClass("org.osgi.framework.startlevel.BundleStartLevel");
			Object factory = ServiceLoader.load(factoryType, osgi).findFirst().orElseThrow();
			Map<String, String> properties = new HashMap<>();
			properties.put("osgi.install.area", installation.toUri().toString());
			properties.put("osgi.configuration.area", configuration.toUri().toString());
			properties.put("osgi.framework.useSystemProperties", "false");
			Object framework = factoryType.getMethod("newFramework", Map.class).invoke(factory, properties);
			frameworkType.getMethod("init").invoke(framework);
			try {
				Method adapt = bundleType.getMethod("adapt", Class.class);
				Set<String> marked = new TreeSet<>();
				for (Object bundle : (Object[]) contextType.getMethod("getBundles").invoke(bundleType.getMethod("getBundleContext").invoke(framework))) {
					Object startLevel = adapt.invoke(bundle, startLevelType);
					if ((Boolean) startLevelType.getMethod("isPersistentlyStarted").invoke(startLevel)) {
						marked.add((String) bundleType.getMethod("getSymbolicName").invoke(bundle));
					}
				}
				return marked;
			} finally {
				frameworkType.getMethod("stop").invoke(framework);
				frameworkType.getMethod("waitForStop", long.class).invoke(framework, TimeUnit.SECONDS.toMillis(30));
			}
		}
	}

	private static Path frameworkJar(Path installation) throws IOException {
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(installation.resolve("plugins"), "org.eclipse.osgi_*.jar")) {
			return jars.iterator().next();
		}
	}

	private static Path copy(Path folder, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.copy(file, target.resolve(folder.relativize(file).toString()));
			}
		}
		return target;
	}
}
