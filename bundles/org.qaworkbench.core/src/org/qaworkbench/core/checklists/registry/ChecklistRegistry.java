package org.qaworkbench.core.checklists.registry;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;
import org.qaworkbench.core.InstalledChecklists;
import org.qaworkbench.core.internal.Extensions;
import org.qaworkbench.core.internal.Messages;
import org.qaworkbench.core.checklists.validation.DefinitionLoader;
import org.qaworkbench.core.checklists.validation.DefinitionProblem;
import org.qaworkbench.core.checklists.validation.DefinitionResult;
import org.qaworkbench.core.checklists.validation.DefinitionValidator;
import org.qaworkbench.model.ChecklistDefinition;

/**
 * The checklist definitions that installed plugins contribute through {@value #EXTENSION_POINT}, by
 * (definition id, version).
 * <p>
 * Lazy: nothing is read until the first query, and each contributed file is loaded once. A broken contribution
 * (missing file, unreadable XMI, not a definition, a version that is not an OSGi version, an id and version
 * contributed twice, or refused by the {@linkplain #setValidator validator}) is logged once and listed by
 * {@link #broken()}; the others work. Bundles installed or uninstalled while the application runs are followed:
 * every query reflects the extension registry as it is now, and {@linkplain #addChangeListener change listeners}
 * hear of contributions that come or go.
 * <p>
 * One per application ({@link #instance()}), a plain singleton rather than a DS component so that the command line,
 * the workbench and tests reach it without waiting for SCR; tests may make their own over any registry.
 * Definitions handed out are shared: read them, or {@code EcoreUtil.copy} one to change it.
 */
public final class ChecklistRegistry implements AutoCloseable {

	public static final String EXTENSION_POINT = InstalledChecklists.EXTENSION_POINT;

	/** One {@code <checklist file="..."/>} element of a bundle. */
	public record Contribution(String bundle, String bundleVersion, String file) {
		@Override
		public String toString() {
			return bundle + ' ' + bundleVersion + '/' + file;
		}
	}

	/** A contribution that was skipped, and why (one line for a person). */
	public record Broken(Contribution contribution, String reason) {
	}

	/** Reads one contributed file from the contributing bundle. */
	@FunctionalInterface
	public interface Loader {
		ChecklistDefinition load(Bundle bundle, String file) throws IOException;
	}

	private record Entry(Contribution contribution, ChecklistDefinition definition, Version version, String problem) {
		boolean isBroken() {
			return problem != null;
		}
	}

	private static ChecklistRegistry instance;

	private final IExtensionRegistry registry;
	private final Loader loader;
	private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
	private final IRegistryEventListener registryListener = new RegistryListener();
	/** Guarded by this: what each extension contributed, loaded once. */
	private final Map<IExtension, List<Entry>> loaded = new LinkedHashMap<>();
	private Function<ChecklistDefinition, List<String>> validator = definition -> List.of();
	private boolean listening;

	public ChecklistRegistry(IExtensionRegistry registry, Loader loader) {
		this.registry = registry;
		this.loader = loader;
	}

	/** The application's registry over the platform's extension registry. */
	public static synchronized ChecklistRegistry instance() {
		if (instance == null) {
			instance = new ChecklistRegistry(RegistryFactory.getRegistry(), ChecklistRegistry::read);
			instance.setValidator(definition -> DefinitionValidator.validate(definition, definition.getDefinitionId()).stream()
					.map(DefinitionProblem::toString).toList());
		}
		return instance;
	}

	/**
	 * Plugs in a check every definition must pass (for example the definition validator); each message it returns
	 * makes the contribution broken. A registry made by the constructor accepts everything; the application's
	 * {@link #instance()} checks with the DefinitionValidator. Definitions already loaded are checked again.
	 */
	public void setValidator(Function<ChecklistDefinition, List<String>> validator) {
		synchronized (this) {
			this.validator = validator;
			loaded.clear();
		}
		fireChanged();
	}

	/** The newest installed version (highest OSGi version) of a definition. */
	public synchronized Optional<ChecklistDefinition> newest(String definitionId) {
		TreeMap<Version, ChecklistDefinition> versions = index().get(definitionId);
		return versions == null ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
	}

	/** An exact installed version of a definition. */
	public synchronized Optional<ChecklistDefinition> find(String definitionId, String version) {
		TreeMap<Version, ChecklistDefinition> versions = index().get(definitionId);
		if (versions == null) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(versions.get(Version.parseVersion(version)));
		} catch (IllegalArgumentException notAVersion) {
			return Optional.empty();
		}
	}

	/** The newest version of every installed definition, by definition id. */
	public synchronized List<ChecklistDefinition> all() {
		return index().entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> entry.getValue().lastEntry().getValue()).toList();
	}

	/** Every contribution that was skipped, with its reason. */
	public synchronized List<Broken> broken() {
		refresh();
		return loaded.values().stream().flatMap(List::stream).filter(Entry::isBroken)
				.map(entry -> new Broken(entry.contribution(), entry.problem())).toList();
	}

	/** Called (on any thread) after contributions came or went, so that views can refresh. */
	public void addChangeListener(Runnable listener) {
		synchronized (this) {
			listen();
		}
		changeListeners.add(listener);
	}

	public void removeChangeListener(Runnable listener) {
		changeListeners.remove(listener);
	}

	/** Stops following the extension registry. */
	@Override
	public synchronized void close() {
		if (listening) {
			registry.removeListener(registryListener);
			listening = false;
		}
	}

	/** Reads a definition file from a bundle as XMI. */
	public static ChecklistDefinition read(Bundle bundle, String file) throws IOException {
		URL entry = bundle.getEntry(file);
		if (entry == null) {
			throw new IOException(NLS.bind(Messages.Registry_missingFile, file));
		}
		DefinitionResult loaded = DefinitionLoader.load(entry, bundle.getSymbolicName() + "/" + file); //$NON-NLS-1$
		return loaded.definition().orElseThrow(() -> new IOException(NLS.bind(Messages.Registry_unreadable, file,
				loaded.problems().stream().map(DefinitionProblem::message).collect(java.util.stream.Collectors.joining("; "))))); //$NON-NLS-1$
	}


	/** Brings the loaded contributions in line with the extension registry: drops the gone, loads the new. */
	private void refresh() {
		listen();
		Extensions.follow(registry, EXTENSION_POINT, loaded, this::load);
	}

	/** Loaded definitions by id and version; a second contribution of the same id and version is broken. */
	private Map<String, TreeMap<Version, ChecklistDefinition>> index() {
		refresh();
		Map<String, TreeMap<Version, ChecklistDefinition>> index = new HashMap<>();
		Map<String, Contribution> owners = new HashMap<>();
		for (List<Entry> entries : loaded.values()) {
			for (int i = 0; i < entries.size(); i++) {
				Entry entry = entries.get(i);
				if (entry.isBroken()) {
					continue;
				}
				String id = entry.definition().getDefinitionId();
				String key = id + '\n' + entry.version();
				Contribution owner = owners.putIfAbsent(key, entry.contribution());
				if (owner != null) {
					entries.set(i, broken(entry.contribution(), NLS.bind(Messages.Registry_duplicate, new Object[] { id, entry.version(), owner })));
					continue;
				}
				index.computeIfAbsent(id, unused -> new TreeMap<>()).put(entry.version(), entry.definition());
			}
		}
		return index;
	}

	private List<Entry> load(IExtension extension) {
		Bundle bundle = ContributorFactoryOSGi.resolve(extension.getContributor());
		List<Entry> entries = new ArrayList<>();
		for (IConfigurationElement element : extension.getConfigurationElements()) {
			if (!"checklist".equals(element.getName())) { //$NON-NLS-1$
				continue;
			}
			String file = element.getAttribute("file"); //$NON-NLS-1$
			Contribution contribution = new Contribution(extension.getContributor().getName(),
					bundle == null ? "?" : bundle.getVersion().toString(), file); //$NON-NLS-1$
			entries.add(load(contribution, bundle, file));
		}
		return entries;
	}

	private Entry load(Contribution contribution, Bundle bundle, String file) {
		if (file == null || file.isBlank()) {
			return broken(contribution, Messages.Registry_noFile);
		}
		if (bundle == null) {
			return broken(contribution, NLS.bind(Messages.Registry_missingFile, file));
		}
		ChecklistDefinition definition;
		try {
			definition = loader.load(bundle, file);
		} catch (IOException | RuntimeException e) {
			return broken(contribution, e.getMessage() == null ? e.toString() : e.getMessage());
		}
		if (definition.getDefinitionId() == null || definition.getDefinitionId().isBlank()) {
			return broken(contribution, NLS.bind(Messages.Registry_noDefinitionId, file));
		}
		Version version;
		try {
			version = Version.parseVersion(definition.getVersion());
		} catch (IllegalArgumentException e) {
			return broken(contribution, NLS.bind(Messages.Registry_badVersion, file, definition.getVersion()));
		}
		List<String> problems;
		try {
			problems = validator.apply(definition);
		} catch (RuntimeException e) {
			problems = List.of(String.valueOf(e.getMessage()));
		}
		if (!problems.isEmpty()) {
			return broken(contribution, NLS.bind(Messages.Registry_rejected, file, String.join("; ", problems))); //$NON-NLS-1$
		}
		return new Entry(contribution, definition, version, null);
	}

	private Entry broken(Contribution contribution, String reason) {
		ILog.of(getClass()).warn(NLS.bind(Messages.Registry_broken, contribution, reason));
		return new Entry(contribution, null, null, reason);
	}

	private void listen() {
		if (!listening) {
			registry.addListener(registryListener, EXTENSION_POINT);
			listening = true;
		}
	}

	private void fireChanged() {
		for (Runnable listener : changeListeners) {
			try {
				listener.run();
			} catch (RuntimeException e) {
				ILog.of(getClass()).error(e.getMessage(), e);
			}
		}
	}

	private final class RegistryListener implements IRegistryEventListener {
		@Override
		public void added(IExtension[] extensions) {
			fireChanged();
		}

		@Override
		public void removed(IExtension[] extensions) {
			synchronized (ChecklistRegistry.this) {
				List.of(extensions).forEach(loaded::remove);
			}
			fireChanged();
		}

		@Override
		public void added(IExtensionPoint[] extensionPoints) {
			// only our own point, which comes with this bundle
		}

		@Override
		public void removed(IExtensionPoint[] extensionPoints) {
			// only our own point, which goes with this bundle
		}
	}
}
