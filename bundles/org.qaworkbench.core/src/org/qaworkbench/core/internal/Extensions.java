package org.qaworkbench.core.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;

/** What registries read from the extensions of a point, kept in line with bundles that come and go. */
public final class Extensions {

	private Extensions() {
	}

	/**
	 * Drops from {@code read} the extensions no longer in the registry and reads those new to it, in the order of
	 * their contributors' names; each extension is read once.
	 */
	public static <T> void follow(IExtensionRegistry registry, String point, Map<IExtension, T> read, Function<IExtension, T> reader) {
		IExtensionPoint extensionPoint = registry.getExtensionPoint(point);
		List<IExtension> present = extensionPoint == null ? List.of() : List.of(extensionPoint.getExtensions());
		read.keySet().retainAll(present);
		present.stream().filter(extension -> !read.containsKey(extension))
				.sorted(Comparator.comparing((IExtension extension) -> extension.getContributor().getName()))
				.forEach(extension -> read.put(extension, reader.apply(extension)));
	}
}
