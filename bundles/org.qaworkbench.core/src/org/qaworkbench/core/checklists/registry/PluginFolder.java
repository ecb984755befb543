package org.qaworkbench.core.checklists.registry;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.access.Permissions;
import org.qaworkbench.core.internal.Messages;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.model.StaffMember;

/**
 * The checklist plugins a user installed: the jars in {@code <data folder>/plugins/}, installed into OSGi by
 * reference ({@code reference:file:}, so the jar in the folder is the one used) and resolved, so that their
 * contributions reach the extension registry without a restart.
 * <p>
 * The folder is the truth. {@link #startUp()}, called by the desktop application and by {@code qa} before they do
 * anything else, makes the framework match it: it installs every jar there that is not installed yet and uninstalls
 * every bundle it installed earlier whose jar is gone (deleted, or from another data folder: the framework's state
 * lives in the installation's configuration area, shared by every data folder). Which bundles it installed is
 * recorded in this bundle's data area, so bundles of the installation itself (simpleconfigurator's bundles.info)
 * are never touched; should simpleconfigurator uninstall ours when it applies bundles.info, the next startUp simply
 * installs them again.
 */
public final class PluginFolder {

	/** The folder's name inside the data folder. */
	public static final String NAME = "plugins"; //$NON-NLS-1$

	private static final String REFERENCE = "reference:file:"; //$NON-NLS-1$
	private static final String RECORD = "user-plugins.txt"; //$NON-NLS-1$
	private static final long REFRESH_WAIT_SECONDS = 30;
	/** Locations recorded when this bundle has no data area. */
	private static final Set<String> RECORDED_IN_MEMORY = new LinkedHashSet<>();

	private final Path folder;
	private final BundleContext context;

	public PluginFolder(Path folder, BundleContext context) {
		this.folder = folder.toAbsolutePath().normalize();
		this.context = context;
	}

	/** The plugin folder of a data folder. */
	public static PluginFolder of(Path dataFolder) {
		return new PluginFolder(dataFolder.resolve(NAME), FrameworkUtil.getBundle(PluginFolder.class).getBundleContext());
	}

	/**
	 * Installs the plugins of a data folder at application startup. Never fails: a jar that cannot be installed is
	 * logged and skipped, and its reason returned.
	 */
	public static List<String> installAtStartup(Path dataFolder) {
		try {
			return of(dataFolder).startUp();
		} catch (RuntimeException e) {
			ILog.of(PluginFolder.class).error(e.getMessage(), e);
			return List.of(String.valueOf(e.getMessage()));
		}
	}

	public Path folder() {
		return folder;
	}

	/** The bundles installed from this folder now. */
	public synchronized List<Bundle> installed() {
		Set<String> recorded = recorded();
		return List.of(context.getBundles()).stream().filter(bundle -> recorded.contains(bundle.getLocation()) && isInFolder(bundle)).toList();
	}

	/** Makes the framework match the folder (see the class comment). Returns the reasons of jars skipped. */
	public synchronized List<String> startUp() {
		Set<Path> jars = jars();
		Set<String> recorded = recorded();
		List<Bundle> gone = new ArrayList<>();
		for (Bundle bundle : context.getBundles()) {
			Path path = pathOf(bundle);
			if (recorded.contains(bundle.getLocation()) && (path == null || !jars.contains(path))) {
				try {
					bundle.uninstall();
					gone.add(bundle);
				} catch (BundleException | IllegalStateException e) {
					ILog.of(getClass()).warn(e.getMessage(), e);
				}
				forget(bundle.getLocation());
			}
		}
		refresh(gone);
		List<String> problems = new ArrayList<>();
		for (Path jar : jars) {
			Bundle existing = context.getBundle(locationOf(jar));
			try {
				if (existing != null) {
					remember(existing.getLocation());
					activate(existing);
					continue;
				}
				Header header = header(jar);
				Bundle other = bundleNamed(header.symbolicName());
				if (other != null) {
					throw new PluginFolderException(NLS.bind(Messages.PluginFolder_alreadyInstalled,
							new Object[] { header.symbolicName(), other.getVersion(), other.getLocation() }));
				}
				installAndResolve(jar);
			} catch (PluginFolderException | BundleException | RuntimeException e) {
				String problem = NLS.bind(Messages.PluginFolder_skipped, jar.getFileName(), e.getMessage());
				ILog.of(getClass()).warn(problem, e);
				problems.add(problem);
			}
		}
		return problems;
	}

	/**
	 * {@link #install(Path)} for a member of staff in the application: refused, with nothing changed, unless the
	 * permission matrix lets them install checklists (a quality lead or an administrator).
	 */
	public Bundle install(Path jar, StaffMember by) throws PluginFolderException, NotPermittedException {
		Permissions.require(by, Permission.INSTALL_CHECKLISTS);
		return install(jar);
	}

	/** {@link #uninstall(String)} for a member of staff in the application, with the same permission as installing. */
	public void uninstall(String symbolicName, StaffMember by) throws PluginFolderException, NotPermittedException {
		Permissions.require(by, Permission.INSTALL_CHECKLISTS);
		uninstall(symbolicName);
	}

	/**
	 * Copies a plugin jar into the folder and installs it now. A newer version of a plugin installed here replaces
	 * the older one. Refused, with nothing changed: a file that is not a bundle, a bundle that is part of the
	 * installation (or installed from elsewhere), the same or an older version of one installed here.
	 */
	public synchronized Bundle install(Path jar) throws PluginFolderException {
		if (!Files.isRegularFile(jar)) {
			throw new PluginFolderException(NLS.bind(Messages.PluginFolder_noSuchFile, jar));
		}
		Header header = header(jar);
		Bundle existing = bundleNamed(header.symbolicName());
		if (existing != null && !isOurs(existing)) {
			throw new PluginFolderException(NLS.bind(Messages.PluginFolder_builtIn, header.symbolicName(), existing.getLocation()));
		}
		if (existing != null && existing.getVersion().compareTo(header.version()) >= 0) {
			throw new PluginFolderException(NLS.bind(existing.getVersion().equals(header.version()) ? Messages.PluginFolder_duplicate
					: Messages.PluginFolder_newerInstalled, new Object[] { header.symbolicName(), existing.getVersion(), header.version() }));
		}
		Path target = folder.resolve(header.symbolicName() + '_' + header.version() + ".jar"); //$NON-NLS-1$
		try {
			Files.createDirectories(folder);
			Path part = Files.createTempFile(folder, header.symbolicName(), ".part"); //$NON-NLS-1$
			Files.copy(jar, part, StandardCopyOption.REPLACE_EXISTING);
			Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new PluginFolderException(NLS.bind(Messages.PluginFolder_failed, jar, e.getMessage()), e);
		}
		Path oldJar = existing == null ? null : pathOf(existing);
		try {
			if (existing != null) {
				remove(existing);
			}
			Bundle installed = installAndResolve(target);
			if (oldJar != null && !oldJar.equals(target)) {
				Files.deleteIfExists(oldJar);
			}
			return installed;
		} catch (BundleException | IOException | RuntimeException e) {
			delete(target);
			if (oldJar != null) {
				restore(oldJar);
			}
			throw new PluginFolderException(NLS.bind(Messages.PluginFolder_failed, jar, e.getMessage()), e);
		}
	}

	/** Uninstalls a plugin installed here and deletes its jar. Assessments made with it keep their snapshots. */
	public synchronized void uninstall(String symbolicName) throws PluginFolderException {
		Bundle bundle = installed().stream().filter(candidate -> symbolicName.equals(candidate.getSymbolicName())).findFirst()
				.orElseThrow(() -> new PluginFolderException(NLS.bind(Messages.PluginFolder_notInstalled, symbolicName, folder)));
		Path jar = pathOf(bundle);
		try {
			remove(bundle);
			Files.deleteIfExists(jar);
		} catch (BundleException | IOException e) {
			throw new PluginFolderException(NLS.bind(Messages.PluginFolder_uninstallFailed, symbolicName, e.getMessage()), e);
		}
	}

	private record Header(String symbolicName, Version version) {
	}

	private static Header header(Path jar) throws PluginFolderException {
		String refusal = NLS.bind(Messages.PluginFolder_notABundle, jar);
		try (JarFile file = new JarFile(jar.toFile())) {
			Manifest manifest = file.getManifest();
			String name = manifest == null ? null : manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
			if (name == null || name.split(";", 2)[0].isBlank()) { //$NON-NLS-1$
				throw new PluginFolderException(refusal);
			}
			Attributes attributes = manifest.getMainAttributes();
			return new Header(name.split(";", 2)[0].strip(), Version.parseVersion(attributes.getValue(Constants.BUNDLE_VERSION))); //$NON-NLS-1$
		} catch (IOException | IllegalArgumentException | SecurityException e) {
			throw new PluginFolderException(refusal, e);
		}
	}

	private Bundle installAndResolve(Path jar) throws BundleException {
		String location = locationOf(jar);
		Bundle bundle = context.installBundle(location);
		remember(location);
		if (!wiring().resolveBundles(List.of(bundle))) {
			bundle.uninstall();
			forget(location);
			refresh(List.of(bundle));
			throw new BundleException(NLS.bind(Messages.PluginFolder_unresolved, bundle.getSymbolicName()));
		}
		activate(bundle);
		return bundle;
	}

	private void activate(Bundle bundle) throws BundleException {
		wiring().resolveBundles(List.of(bundle));
		BundleRevision revision = bundle.adapt(BundleRevision.class);
		boolean fragment = revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
		if (!fragment && bundle.getState() == Bundle.RESOLVED) {
			bundle.start(Bundle.START_ACTIVATION_POLICY);
		}
	}

	private void remove(Bundle bundle) throws BundleException {
		bundle.uninstall();
		forget(bundle.getLocation());
		refresh(List.of(bundle));
	}

	private void restore(Path oldJar) {
		try {
			installAndResolve(oldJar);
		} catch (BundleException | RuntimeException e) {
			ILog.of(getClass()).error(e.getMessage(), e);
		}
	}

	/** Refreshes after uninstalling, and waits, so that the registry has dropped their contributions on return. */
	private void refresh(Collection<Bundle> bundles) {
		if (bundles.isEmpty()) {
			return;
		}
		CountDownLatch done = new CountDownLatch(1);
		wiring().refreshBundles(bundles, event -> {
			if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
				done.countDown();
			}
		});
		try {
			done.await(REFRESH_WAIT_SECONDS, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private FrameworkWiring wiring() {
		return context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
	}

	private Set<Path> jars() {
		Set<Path> jars = new TreeSet<>();
		if (!Files.isDirectory(folder)) {
			return jars;
		}
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.jar")) { //$NON-NLS-1$
			stream.forEach(jar -> jars.add(jar.toAbsolutePath().normalize()));
		} catch (IOException e) {
			ILog.of(getClass()).warn(e.getMessage(), e);
		}
		return jars;
	}

	private Bundle bundleNamed(String symbolicName) {
		return List.of(context.getBundles()).stream().filter(bundle -> symbolicName.equals(bundle.getSymbolicName())).findFirst().orElse(null);
	}

	private boolean isOurs(Bundle bundle) {
		return recorded().contains(bundle.getLocation()) && isInFolder(bundle);
	}

	private boolean isInFolder(Bundle bundle) {
		Path path = pathOf(bundle);
		return path != null && folder.equals(path.getParent());
	}

	private static String locationOf(Path jar) {
		return REFERENCE + jar.toAbsolutePath().normalize();
	}

	private static Path pathOf(Bundle bundle) {
		String location = bundle.getLocation();
		if (location == null || !location.startsWith(REFERENCE)) {
			return null;
		}
		try {
			return Path.of(location.substring(REFERENCE.length())).toAbsolutePath().normalize();
		} catch (RuntimeException e) {
			return null;
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			ILog.of(PluginFolder.class).warn(e.getMessage(), e);
		}
	}

	// The locations this class installed, across data folders: one a line in this bundle's data area.

	private Set<String> recorded() {
		File record = recordFile();
		if (record == null) {
			synchronized (RECORDED_IN_MEMORY) {
				return new LinkedHashSet<>(RECORDED_IN_MEMORY);
			}
		}
		try {
			return record.isFile() ? new LinkedHashSet<>(Files.readAllLines(record.toPath(), StandardCharsets.UTF_8)) : new LinkedHashSet<>();
		} catch (IOException e) {
			ILog.of(getClass()).warn(e.getMessage(), e);
			return new LinkedHashSet<>();
		}
	}

	private void remember(String location) {
		Set<String> recorded = recorded();
		recorded.add(location);
		save(recorded);
	}

	private void forget(String location) {
		Set<String> recorded = recorded();
		recorded.remove(location);
		save(recorded);
	}

	private void save(Set<String> locations) {
		File record = recordFile();
		if (record == null) {
			synchronized (RECORDED_IN_MEMORY) {
				RECORDED_IN_MEMORY.clear();
				RECORDED_IN_MEMORY.addAll(locations);
			}
			return;
		}
		try {
			Files.write(record.toPath(), locations, StandardCharsets.UTF_8);
		} catch (IOException e) {
			ILog.of(getClass()).warn(e.getMessage(), e);
		}
	}

	private File recordFile() {
		BundleContext own = FrameworkUtil.getBundle(PluginFolder.class).getBundleContext();
		return own == null ? null : own.getDataFile(RECORD);
	}
}
