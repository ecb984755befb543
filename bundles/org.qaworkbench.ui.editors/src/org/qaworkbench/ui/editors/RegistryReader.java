package org.qaworkbench.ui.editors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.qaworkbench.ui.editors.internal.Messages;

/**
 * Reads the contributions to one extension point, as Eclipse MAT's RegistryReader does: each element is read once
 * into a descriptor that keeps its {@link IConfigurationElement}, and a class it names is created only when it is
 * needed ({@link #create}). A broken contribution is one {@link Problem}: logged once, told once to whoever listens
 * (the status line), and skipped; the rest work. Bundles that come and go are followed: every call sees the
 * extension registry as it is now, and the problems of a bundle that has gone go with it.
 *
 * @param <T> the descriptor one element is read into
 */
public final class RegistryReader<T> {

	/** Reads one element: the descriptor, or empty for an element this reader ignores or found broken. */
	public interface ElementReader<T> {
		Optional<T> read(IConfigurationElement element, RegistryReader<T> reader);
	}

	/** A contribution that was skipped, and why, in words a quality lead can act on. */
	public record Problem(String contributor, String reason) {
	}

	private final IExtensionRegistry registry;
	private final String point;
	private final ElementReader<T> elementReader;
	/** Guarded by this: each extension's descriptors, read once. */
	private final Map<IExtension, List<T>> read = new LinkedHashMap<>();
	/** Guarded by this. */
	private final Set<Problem> problems = new LinkedHashSet<>();
	private final List<Consumer<Problem>> listeners = new CopyOnWriteArrayList<>();

	public RegistryReader(IExtensionRegistry registry, String point, ElementReader<T> elementReader) {
		this.registry = registry;
		this.point = point;
		this.elementReader = elementReader;
	}

	/** Every valid descriptor of the extensions present now, in the order of their contributors' names. */
	public synchronized List<T> contributions() {
		follow();
		return read.values().stream().flatMap(List::stream).toList();
	}

	/** Every contribution skipped so far and still installed, each once. */
	public synchronized List<Problem> problems() {
		follow();
		return List.copyOf(problems);
	}

	/** Told of each new problem once, on the thread that met it. */
	public void addProblemListener(Consumer<Problem> listener) {
		listeners.add(listener);
	}

	public void removeProblemListener(Consumer<Problem> listener) {
		listeners.remove(listener);
	}

	/** Records a broken contribution: logged and told the first time only. */
	public void problem(IConfigurationElement element, String reason) {
		problem(element.getContributor().getName(), reason);
	}

	private void problem(String contributor, String reason) {
		Problem problem = new Problem(contributor, reason);
		boolean first;
		synchronized (this) {
			first = problems.add(problem);
		}
		if (first) {
			ILog.of(getClass()).warn(NLS.bind(Messages.Registry_broken, new Object[] { point, contributor, reason }));
			listeners.forEach(listener -> listener.accept(problem));
		}
	}

	/**
	 * Creates the class an element names in {@code attribute} (lazily, at the first need), or records why it could
	 * not and returns empty. The caller keeps what it got: a contribution is created once.
	 */
	public <E> Optional<E> create(IConfigurationElement element, String attribute, Class<E> type) {
		try {
			Object created = element.createExecutableExtension(attribute);
			if (type.isInstance(created)) {
				return Optional.of(type.cast(created));
			}
			problem(element, NLS.bind(Messages.Registry_wrongType, element.getAttribute(attribute), type.getSimpleName()));
		} catch (CoreException | RuntimeException | LinkageError e) {
			problem(element, NLS.bind(Messages.Registry_notCreated, element.getAttribute(attribute), e.getMessage()));
		}
		return Optional.empty();
	}

	/** The bundle whose classes an element means: its contributor, or a fragment's host. */
	public static String classBundle(IConfigurationElement element) {
		Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
		if (bundle == null) {
			return element.getContributor().getName();
		}
		String host = bundle.getHeaders("").get(Constants.FRAGMENT_HOST); //$NON-NLS-1$
		return host == null ? bundle.getSymbolicName() : host.split(";", 2)[0].strip(); //$NON-NLS-1$
	}

	/** Whether a class an element names loads from {@code bundleName}; records why not when it does not. */
	public boolean loads(IConfigurationElement element, String bundleName, String className) {
		Bundle bundle = Platform.getBundle(bundleName);
		try {
			if (bundle == null) {
				throw new ClassNotFoundException(className);
			}
			bundle.loadClass(className);
			return true;
		} catch (ClassNotFoundException | RuntimeException | LinkageError e) {
			problem(element, NLS.bind(Messages.Registry_classNotFound, className));
			return false;
		}
	}

	private void follow() {
		IExtensionPoint extensionPoint = registry.getExtensionPoint(point);
		List<IExtension> present = extensionPoint == null ? List.of() : List.of(extensionPoint.getExtensions());
		read.keySet().retainAll(present);
		Set<String> contributors = new LinkedHashSet<>();
		present.forEach(extension -> contributors.add(extension.getContributor().getName()));
		problems.removeIf(problem -> !contributors.contains(problem.contributor()));
		present.stream().filter(extension -> !read.containsKey(extension))
				.sorted(Comparator.comparing((IExtension extension) -> extension.getContributor().getName()))
				.forEach(extension -> read.put(extension, readAll(extension)));
	}

	private List<T> readAll(IExtension extension) {
		List<T> descriptors = new ArrayList<>();
		for (IConfigurationElement element : extension.getConfigurationElements()) {
			try {
				elementReader.read(element, this).ifPresent(descriptors::add);
			} catch (RuntimeException e) {
				problem(element, e.toString());
			}
		}
		return descriptors;
	}
}
