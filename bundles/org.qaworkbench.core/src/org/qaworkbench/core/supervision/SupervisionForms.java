package org.qaworkbench.core.supervision;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
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
import org.qaworkbench.core.checklists.validation.DefinitionProblem;
import org.qaworkbench.model.ChecklistDefinition;

/**
 * The supervision forms and policies plugins contribute to {@code org.qaworkbench.core.supervisionForms}; the newest
 * version of each is the one new records follow and compliance is computed against. A form or policy that cannot be
 * read is logged and skipped.
 */
public final class SupervisionForms {

	public static final String EXTENSION_POINT = "org.qaworkbench.core.supervisionForms"; //$NON-NLS-1$
	/** Appendix A, the contract for supervision. */
	public static final String CONTRACT = "org.qaworkbench.checklists.supervision.contract"; //$NON-NLS-1$
	/** Appendix B, the record of supervision. */
	public static final String RECORD = "org.qaworkbench.checklists.supervision.record"; //$NON-NLS-1$
	/** Appendix C, the record of supervision sessions. */
	public static final String SESSIONS = "org.qaworkbench.checklists.supervision.sessions"; //$NON-NLS-1$
	/** The casework supervision record of one child's case. */
	public static final String CASEWORK = "org.qaworkbench.checklists.supervision.casework"; //$NON-NLS-1$

	private SupervisionForms() {
	}

	/** The newest version of a form ({@link #CONTRACT}, {@link #RECORD}, {@link #SESSIONS}, {@link #CASEWORK}). */
	public static Optional<SupervisionForm> newest(String definitionId) {
		return newest(RegistryFactory.getRegistry(), definitionId);
	}

	/** The newest version of the supervision policy contributed. */
	public static Optional<SupervisionPolicy> policy() {
		return policy(RegistryFactory.getRegistry());
	}

	static Optional<SupervisionForm> newest(IExtensionRegistry registry, String definitionId) {
		return forms(registry).stream().filter(definition -> definitionId.equals(definition.getDefinitionId()))
				.max(Comparator.comparing(definition -> Version.parseVersion(definition.getVersion()))).map(SupervisionForm::new);
	}

	static Optional<SupervisionPolicy> policy(IExtensionRegistry registry) {
		List<SupervisionPolicy> policies = new ArrayList<>();
		for (IConfigurationElement element : elements(registry, "policy")) { //$NON-NLS-1$
			String contributor = element.getContributor().getName();
			String file = element.getAttribute("file"); //$NON-NLS-1$
			try {
				URL entry = bundle(contributor).getEntry(file);
				if (entry == null) {
					throw new IOException("no file " + file); //$NON-NLS-1$
				}
				try (InputStream in = entry.openStream()) {
					SupervisionPolicyReader.Result result = SupervisionPolicyReader.read(in, contributor + "/" + file); //$NON-NLS-1$
					result.policy().ifPresent(policies::add);
					for (DefinitionProblem problem : result.problems()) {
						ILog.of(SupervisionForms.class).error(problem.toString());
					}
				}
			} catch (IOException | RuntimeException e) {
				ILog.of(SupervisionForms.class).error(contributor + ": " + e.getMessage(), e); //$NON-NLS-1$
			}
		}
		return policies.stream().max(Comparator.comparing(policy -> Version.parseVersion(policy.version())));
	}

	static List<ChecklistDefinition> forms(IExtensionRegistry registry) {
		List<ChecklistDefinition> forms = new ArrayList<>();
		for (IConfigurationElement element : elements(registry, "form")) { //$NON-NLS-1$
			String contributor = element.getContributor().getName();
			try {
				forms.add(ChecklistRegistry.read(bundle(contributor), element.getAttribute("file"))); //$NON-NLS-1$
			} catch (IOException | RuntimeException e) {
				ILog.of(SupervisionForms.class).error(contributor + ": " + e.getMessage(), e); //$NON-NLS-1$
			}
		}
		return forms;
	}

	private static List<IConfigurationElement> elements(IExtensionRegistry registry, String name) {
		if (registry == null) {
			return List.of();
		}
		return List.of(registry.getConfigurationElementsFor(EXTENSION_POINT)).stream().filter(element -> name.equals(element.getName())).toList();
	}

	private static Bundle bundle(String symbolicName) throws IOException {
		for (Bundle bundle : FrameworkUtil.getBundle(SupervisionForms.class).getBundleContext().getBundles()) {
			if (bundle.getSymbolicName().equals(symbolicName)) {
				return bundle;
			}
		}
		throw new IOException("no bundle " + symbolicName); //$NON-NLS-1$
	}
}
