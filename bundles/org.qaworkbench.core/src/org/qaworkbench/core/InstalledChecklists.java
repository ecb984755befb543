package org.qaworkbench.core;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.QaPackage;

/** The checklist definition files that installed plugins contribute through {@value #EXTENSION_POINT}. */
public final class InstalledChecklists {

	public static final String EXTENSION_POINT = "org.qaworkbench.core.checklists"; //$NON-NLS-1$

	/** One contributed definition file. */
	public record Contribution(String bundle, String file) {
	}

	private InstalledChecklists() {
	}

	/**
	 * Loads a contributed definition file from its bundle.
	 *
	 * @throws IOException naming the bundle and file when it is missing or cannot be read as a definition
	 */
	public static ChecklistDefinition load(Contribution contribution) throws IOException {
		Bundle bundle = Arrays.stream(FrameworkUtil.getBundle(InstalledChecklists.class).getBundleContext().getBundles())
				.filter(candidate -> candidate.getSymbolicName().equals(contribution.bundle())).findFirst()
				.orElseThrow(() -> new IOException(contribution.bundle() + " is not installed")); //$NON-NLS-1$
		URL entry = bundle.getEntry(contribution.file());
		if (entry == null) {
			throw new IOException(contribution.bundle() + " has no file " + contribution.file()); //$NON-NLS-1$
		}
		Resource resource = new XMIResourceImpl(URI.createURI(entry.toString()));
		QaPackage.eINSTANCE.eClass();
		try (InputStream in = entry.openStream()) {
			resource.load(in, null);
		} catch (RuntimeException e) {
			throw new IOException(contribution.bundle() + "/" + contribution.file() + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ChecklistDefinition definition)) {
			throw new IOException(contribution.bundle() + "/" + contribution.file() + " does not hold a checklist definition"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return definition;
	}

	/** The newest installed definition with this id, if any plugin contributes it. */
	public static java.util.Optional<ChecklistDefinition> newest(IExtensionRegistry registry, String definitionId) throws IOException {
		ChecklistDefinition newest = null;
		for (Contribution contribution : in(registry)) {
			ChecklistDefinition definition = load(contribution);
			if (definitionId.equals(definition.getDefinitionId())
					&& (newest == null || Version.parseVersion(definition.getVersion()).compareTo(Version.parseVersion(newest.getVersion())) > 0)) {
				newest = definition;
			}
		}
		return java.util.Optional.ofNullable(newest);
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
