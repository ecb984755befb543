package org.qaworkbench.core.checklists.scoring;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.internal.Messages;

/**
 * The scorers contributed through {@value #EXTENSION_POINT}. The registry is asked on each look-up, so bundles
 * installed or uninstalled at run time are followed; a scorer is created on first use only and kept per
 * contribution. A missing or broken scorer gives no score and is logged once, never thrown at the caller.
 */
final class ContributedScorers {

	static final String EXTENSION_POINT = "org.qaworkbench.core.scorers"; //$NON-NLS-1$

	private static final Map<IConfigurationElement, ChecklistScorer> CREATED = new ConcurrentHashMap<>();
	private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

	private ContributedScorers() {
	}

	static Optional<ChecklistScorer> find(String scorerId) {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null || scorerId == null || scorerId.isBlank()) {
			reportOnce("missing:" + scorerId, NLS.bind(Messages.Scoring_unknownScorer, scorerId), null); //$NON-NLS-1$
			return Optional.empty();
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if ("scorer".equals(element.getName()) && scorerId.equals(element.getAttribute("id"))) { //$NON-NLS-1$ //$NON-NLS-2$
				return create(element, scorerId);
			}
		}
		reportOnce("missing:" + scorerId, NLS.bind(Messages.Scoring_unknownScorer, scorerId), null); //$NON-NLS-1$
		return Optional.empty();
	}

	/** Runs a scorer; whatever it throws becomes "no score" and one log entry per scorer. */
	static Optional<ComputedScore> run(ChecklistScorer scorer, String scorerId, ScoringInput input) {
		try {
			Optional<ComputedScore> score = scorer.score(input);
			return score == null ? Optional.empty() : score;
		} catch (RuntimeException | LinkageError e) {
			reportOnce("failed:" + scorerId, NLS.bind(Messages.Scoring_scorerFailed, scorerId), e); //$NON-NLS-1$
			return Optional.empty();
		}
	}

	private static Optional<ChecklistScorer> create(IConfigurationElement element, String scorerId) {
		ChecklistScorer known = CREATED.get(element);
		if (known != null) {
			return Optional.of(known);
		}
		String contributor = element.getContributor().getName();
		try {
			Object created = element.createExecutableExtension("class"); //$NON-NLS-1$
			if (created instanceof ChecklistScorer scorer) {
				CREATED.put(element, scorer);
				return Optional.of(scorer);
			}
			reportOnce("broken:" + scorerId, NLS.bind(Messages.Scoring_notAScorer, scorerId, contributor), null); //$NON-NLS-1$
		} catch (CoreException | RuntimeException | LinkageError e) {
			reportOnce("broken:" + scorerId, NLS.bind(Messages.Scoring_scorerNotCreated, scorerId, contributor), e); //$NON-NLS-1$
		}
		return Optional.empty();
	}

	private static void reportOnce(String key, String message, Throwable cause) {
		if (REPORTED.add(key)) {
			ILog.of(ContributedScorers.class).warn(message, cause);
		}
	}
}
