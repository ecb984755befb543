package org.qaworkbench.core;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

/**
 * The checklist definition files that installed plugins contribute through {@value #EXTENSION_POINT}, as listed by
 * {@code qa info}; ChecklistRegistry loads and checks them.
 */
public final class InstalledChecklists {

	public static final String EXTENSION_POINT = "org.qaworkbench.core.checklists"; //$NON-NLS-1$

	/** One contributed definition file. */
	public record Contribution(String bundle, String file) {
	}

	private InstalledChecklists() {
	}

	public static List<Contribution> in(IExtensionRegistry registry) {
		IConfigurationElement[] elements = registry.getConfigurationElementsFor(EXTENSION_POINT);
		return Arrays.stream(elements) //
				.filter(element -> "checklist".equals(element.getName())) //$NON-NLS-1$
				.map(element -> new Contribution(element.getContributor().getName(), element.getAttribute("file"))) //$NON-NLS-1$
				.sorted(Comparator.comparing(Contribution::bundle).thenComparing(Contribution::file)) //
				.toList();
	}
}
