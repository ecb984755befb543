package org.qaworkbench.core.observations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.qaworkbench.core.checklists.registry.ChecklistRegistry;
import org.qaworkbench.model.ChecklistDefinition;

/** The observation forms plugins contribute; a form that cannot be read is logged and skipped. */
public final class ObservationForms {

	public static final String EXTENSION_POINT = "org.qaworkbench.core.observationForms"; //$NON-NLS-1$
	/** The form of Attachment Three, shipped with QA Workbench. */
	public static final String STANDARD = "org.qaworkbench.checklists.observation"; //$NON-NLS-1$

	private ObservationForms() {
	}

	/** The newest version of the standard form, the one new observations follow. */
	public static Optional<ObservationForm> newest() {
		return newest(RegistryFactory.getRegistry(), STANDARD);
	}

	static Optional<ObservationForm> newest(IExtensionRegistry registry, String definitionId) {
		return all(registry).stream().filter(definition -> definitionId.equals(definition.getDefinitionId()))
				.max(Comparator.comparing(definition -> Version.parseVersion(definition.getVersion()))).map(ObservationForm::new);
	}

	static List<ChecklistDefinition> all(IExtensionRegistry registry) {
		List<ChecklistDefinition> forms = new ArrayList<>();
		if (registry == null) {
			return forms;
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			try {
				Bundle bundle = bundle(contributor);
				forms.add(ChecklistRegistry.read(bundle, element.getAttribute("file"))); //$NON-NLS-1$
			} catch (IOException | RuntimeException e) {
				ILog.of(ObservationForms.class).error(contributor + ": " + e.getMessage(), e); //$NON-NLS-1$
			}
		}
		return forms;
	}

	private static Bundle bundle(String symbolicName) throws IOException {
		for (Bundle bundle : FrameworkUtil.getBundle(ObservationForms.class).getBundleContext().getBundles()) {
			if (bundle.getSymbolicName().equals(symbolicName)) {
				return bundle;
			}
		}
		throw new IOException("no bundle " + symbolicName); //$NON-NLS-1$
	}
}
