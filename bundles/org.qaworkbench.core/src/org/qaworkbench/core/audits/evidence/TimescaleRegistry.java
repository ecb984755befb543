package org.qaworkbench.core.audits.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.qaworkbench.core.InstalledChecklists;
import org.qaworkbench.core.checklists.validation.DefinitionProblem;
import org.qaworkbench.core.internal.Extensions;
import org.qaworkbench.core.internal.Messages;

/**
 * The timescale rules that plugins contribute for checklist definitions with {@code <timescales definitionId="..."
 * file="..."/>} in {@value #EXTENSION_POINT}. Lazy: a file is read the first time rules for its definition are
 * asked for, and only once. A broken contribution (no definitionId or file, a missing file, a file with problems)
 * is logged once and listed by {@link #broken()}; the other contributions still work. Bundles that come and go
 * while the application runs are followed: each query sees the extension registry as it is now.
 */
public final class TimescaleRegistry {

	public static final String EXTENSION_POINT = InstalledChecklists.EXTENSION_POINT;

	/** A timescales contribution that was skipped, and why. */
	public record Broken(String contributor, String file, String reason) {
	}

	/** One {@code <timescales>} element and, once read, its rules or why it is broken. */
	private static final class Contribution {
		final String definitionId;
		final String file;
		List<TimescaleRule> rules;
		String problem;

		Contribution(String definitionId, String file) {
			this.definitionId = definitionId;
			this.file = file;
		}
	}

	private static TimescaleRegistry instance;

	private final IExtensionRegistry registry;
	/** Guarded by this: each extension's timescales elements. */
	private final Map<IExtension, List<Contribution>> contributions = new LinkedHashMap<>();

	public TimescaleRegistry(IExtensionRegistry registry) {
		this.registry = registry;
	}

	/** The application's registry over the platform's extension registry. */
	public static synchronized TimescaleRegistry instance() {
		if (instance == null) {
			instance = new TimescaleRegistry(RegistryFactory.getRegistry());
		}
		return instance;
	}

	/** Every rule contributed for a definition id, in the order of the contributing bundles' names, then of the file. */
	public synchronized List<TimescaleRule> rules(String definitionId) {
		List<TimescaleRule> rules = new ArrayList<>();
		for (Map.Entry<IExtension, List<Contribution>> entry : refreshed().entrySet()) {
			for (Contribution contribution : entry.getValue()) {
				if (definitionId.equals(contribution.definitionId)) {
					load(entry.getKey(), contribution);
					rules.addAll(contribution.rules);
				}
			}
		}
		return List.copyOf(rules);
	}

	/** Every timescales contribution that cannot be used, with its reason (this reads them all). */
	public synchronized List<Broken> broken() {
		List<Broken> broken = new ArrayList<>();
		for (Map.Entry<IExtension, List<Contribution>> entry : refreshed().entrySet()) {
			for (Contribution contribution : entry.getValue()) {
				load(entry.getKey(), contribution);
				if (contribution.problem != null) {
					broken.add(new Broken(entry.getKey().getContributor().getName(), contribution.file, contribution.problem));
				}
			}
		}
		return broken;
	}

	private Map<IExtension, List<Contribution>> refreshed() {
		Extensions.follow(registry, EXTENSION_POINT, contributions, extension -> List.of(extension.getConfigurationElements()).stream()
				.filter(element -> "timescales".equals(element.getName())).map(TimescaleRegistry::contribution).toList()); //$NON-NLS-1$
		return contributions;
	}

	private static Contribution contribution(IConfigurationElement element) {
		return new Contribution(strip(element.getAttribute("definitionId")), strip(element.getAttribute("file"))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Reads a contribution's file the first time; a problem is logged once. */
	private void load(IExtension extension, Contribution contribution) {
		if (contribution.rules != null) {
			return;
		}
		contribution.rules = List.of();
		Bundle bundle = ContributorFactoryOSGi.resolve(extension.getContributor());
		if (contribution.definitionId == null) {
			contribution.problem = Messages.Timescales_noDefinitionId;
		} else if (contribution.file == null) {
			contribution.problem = Messages.Timescales_noFile;
		} else {
			URL entry = bundle == null ? null : bundle.getEntry(contribution.file);
			if (entry == null) {
				contribution.problem = NLS.bind(Messages.Registry_missingFile, contribution.file);
			} else {
				try (InputStream in = entry.openStream()) {
					TimescalesResult result = TimescalesReader.read(in, extension.getContributor().getName() + '/' + contribution.file);
					contribution.rules = result.rules();
					contribution.problem = result.isValid() ? null
							: result.problems().stream().map(DefinitionProblem::toString).collect(Collectors.joining("; ")); //$NON-NLS-1$
				} catch (IOException e) {
					contribution.problem = NLS.bind(Messages.Timescales_notXml, e.getMessage());
				}
			}
		}
		if (contribution.problem != null) {
			ILog.of(getClass()).warn(NLS.bind(Messages.Timescales_broken, new Object[] { contribution.file, extension.getContributor().getName(),
					contribution.definitionId, contribution.problem }));
		}
	}

	private static String strip(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
