package org.qaworkbench.core.checklists.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.qaworkbench.core.internal.Extensions;
import org.qaworkbench.core.internal.Messages;

/**
 * The editors bundles contribute for given checklist definitions through {@value #EXTENSION_POINT}. For a
 * definition id, the matching contribution with the highest priority wins (an exact id before a pattern at the
 * same priority); none means the generic checklist editor. Lazy: contributions are read on the first lookup and a
 * class is only looked up when its contribution would win. A broken contribution (no definition id, no class, a
 * priority that is not a whole number, a class that cannot be found) is logged once and skipped. Follows bundles
 * that come and go: every lookup sees the extension registry as it is now.
 */
public final class EditorRegistry {

	public static final String EXTENSION_POINT = "org.qaworkbench.core.checklistEditors"; //$NON-NLS-1$

	private static final String BUNDLECLASS = "bundleclass://"; //$NON-NLS-1$
	private static EditorRegistry instance;

	/**
	 * One {@code <editor>} element: {@code contributionURI} is an e4 part contribution URI
	 * ({@code bundleclass://bundle/class}), ready for {@code MPart.setContributionURI}.
	 */
	public record EditorContribution(String contributor, String definitionId, String contributionURI, int priority) {

		public boolean matches(String id) {
			return isPattern() ? Pattern.matches(glob(definitionId), id) : definitionId.equals(id);
		}

		public boolean isPattern() {
			return definitionId.indexOf('*') >= 0 || definitionId.indexOf('?') >= 0;
		}

		public String bundle() {
			String rest = contributionURI.substring(BUNDLECLASS.length());
			return rest.substring(0, rest.indexOf('/'));
		}

		public String className() {
			return contributionURI.substring(contributionURI.lastIndexOf('/') + 1);
		}

		private static String glob(String pattern) {
			StringBuilder regex = new StringBuilder();
			for (char c : pattern.toCharArray()) {
				regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return regex.toString();
		}
	}

	/** A contribution that was skipped, and why. */
	public record Broken(String contributor, String reason) {
	}

	private final IExtensionRegistry registry;
	/** Guarded by this: each extension's valid contributions, read once. */
	private final Map<IExtension, List<EditorContribution>> read = new LinkedHashMap<>();
	private final List<Broken> broken = new ArrayList<>();
	private final Set<EditorContribution> missingClasses = new HashSet<>();

	public EditorRegistry(IExtensionRegistry registry) {
		this.registry = registry;
	}

	public static synchronized EditorRegistry instance() {
		if (instance == null) {
			instance = new EditorRegistry(RegistryFactory.getRegistry());
		}
		return instance;
	}

	/** The editor to open a definition with; empty means the generic checklist editor. */
	public synchronized Optional<EditorContribution> editorFor(String definitionId) {
		refresh();
		List<EditorContribution> candidates = read.values().stream().flatMap(List::stream)
				.filter(contribution -> !missingClasses.contains(contribution) && contribution.matches(definitionId))
				.sorted(Comparator.comparingInt(EditorContribution::priority).reversed()
						.thenComparing(EditorContribution::isPattern)
						.thenComparing(EditorContribution::contributor))
				.toList();
		for (EditorContribution candidate : candidates) {
			if (classExists(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/** Every contribution skipped so far, with its reason. */
	public synchronized List<Broken> broken() {
		refresh();
		return List.copyOf(broken);
	}

	private void refresh() {
		Extensions.follow(registry, EXTENSION_POINT, read, this::read);
	}

	private List<EditorContribution> read(IExtension extension) {
		String contributor = extension.getContributor().getName();
		List<EditorContribution> contributions = new ArrayList<>();
		for (IConfigurationElement element : extension.getConfigurationElements()) {
			if (!"editor".equals(element.getName())) { //$NON-NLS-1$
				continue;
			}
			String definitionId = element.getAttribute("definitionId"); //$NON-NLS-1$
			String type = element.getAttribute("class"); //$NON-NLS-1$
			String priority = element.getAttribute("priority"); //$NON-NLS-1$
			if (definitionId == null || definitionId.isBlank()) {
				skip(contributor, Messages.Editors_noDefinitionId);
			} else if (type == null || type.isBlank() || type.startsWith(BUNDLECLASS) && type.substring(BUNDLECLASS.length()).indexOf('/') <= 0) {
				skip(contributor, NLS.bind(Messages.Editors_noClass, definitionId));
			} else {
				try {
					int value = priority == null || priority.isBlank() ? 0 : Integer.parseInt(priority.strip());
					String uri = type.startsWith(BUNDLECLASS) ? type.strip() : BUNDLECLASS + classBundle(extension) + '/' + type.strip();
					contributions.add(new EditorContribution(contributor, definitionId.strip(), uri, value));
				} catch (NumberFormatException e) {
					skip(contributor, NLS.bind(Messages.Editors_badPriority, definitionId, priority));
				}
			}
		}
		return contributions;
	}

	private boolean classExists(EditorContribution contribution) {
		Bundle bundle = bundleNamed(contribution.bundle());
		try {
			if (bundle == null) {
				throw new ClassNotFoundException(contribution.bundle());
			}
			bundle.loadClass(contribution.className());
			return true;
		} catch (ClassNotFoundException | RuntimeException e) {
			missingClasses.add(contribution);
			skip(contribution.contributor(), NLS.bind(Messages.Editors_classNotFound, contribution.contributionURI(), contribution.definitionId()));
			return false;
		}
	}

	private static Bundle bundleNamed(String symbolicName) {
		Bundle own = FrameworkUtil.getBundle(EditorRegistry.class);
		return List.of(own.getBundleContext().getBundles()).stream()
				.filter(bundle -> symbolicName.equals(bundle.getSymbolicName()) && bundle.getHeaders("").get(Constants.FRAGMENT_HOST) == null) //$NON-NLS-1$
				.filter(bundle -> (bundle.getState() & (Bundle.INSTALLED | Bundle.UNINSTALLED)) == 0).findFirst().orElse(null);
	}

	/** The bundle whose classes a contribution means: for a fragment, its host. */
	private static String classBundle(IExtension extension) {
		Bundle bundle = ContributorFactoryOSGi.resolve(extension.getContributor());
		if (bundle == null) {
			return extension.getContributor().getName();
		}
		String host = bundle.getHeaders("").get(Constants.FRAGMENT_HOST); //$NON-NLS-1$
		return host == null ? bundle.getSymbolicName() : host.split(";", 2)[0].strip(); //$NON-NLS-1$
	}

	private void skip(String contributor, String reason) {
		broken.add(new Broken(contributor, reason));
		ILog.of(getClass()).warn(NLS.bind(Messages.Editors_broken, contributor, reason));
	}
}
