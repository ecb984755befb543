package org.qaworkbench.ui.editors;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.model.Identified;
import org.qaworkbench.ui.editors.internal.Messages;

/**
 * The record editors bundles contribute through {@value #EXTENSION_POINT}, chosen for a record as EMF Forms chooses
 * renderers: among the contributions for its type (its EClass or a supertype, by name and optionally namespace) and,
 * where one is named, its definition id, the highest priority wins; at equal priority an exact definition id beats a
 * pattern, a pattern beats none, the record's own type beats a supertype, then the contributor's name decides. A
 * contribution with a {@code canHandle} condition is passed over when it declines. A class that does not load, or a
 * condition that cannot be created, is a problem reported once and skipped, and the next best editor opens.
 */
public final class EditorRegistry {

	public static final String EXTENSION_POINT = "org.qaworkbench.ui.editors.recordEditors"; //$NON-NLS-1$
	/** The attribute of a record that names its definition (an assessment's checklist). */
	public static final String DEFINITION_ID = "definitionId"; //$NON-NLS-1$

	private static final String BUNDLECLASS = "bundleclass://"; //$NON-NLS-1$
	private static EditorRegistry instance;

	/** One {@code <editor>} element; {@code contributionURI} is ready for {@code MPart.setContributionURI}. */
	public record Contribution(String contributor, String recordType, String nsURI, String definitionId, int priority, String contributionURI,
			IConfigurationElement element) {

		/** How far up the record's type hierarchy the contribution's type is: 0 for its own type; -1 for none. */
		int distance(EClass type) {
			if (matchesType(type)) {
				return 0;
			}
			int best = -1;
			for (EClass superType : type.getESuperTypes()) {
				int up = distance(superType);
				if (up >= 0 && (best < 0 || up + 1 < best)) {
					best = up + 1;
				}
			}
			return best;
		}

		private boolean matchesType(EClass type) {
			return recordType.equals(type.getName()) && (nsURI == null || nsURI.equals(type.getEPackage().getNsURI()));
		}

		/** 2 for an exact definition id, 1 for a pattern, 0 when the contribution names none; -1 when it does not match. */
		int definitionMatch(Identified record) {
			if (definitionId == null) {
				return 0;
			}
			EStructuralFeature feature = record.eClass().getEStructuralFeature(DEFINITION_ID);
			Object id = feature == null ? null : record.eGet(feature);
			if (!(id instanceof String value)) {
				return -1;
			}
			if (isPattern()) {
				return Pattern.matches(glob(definitionId), value) ? 1 : -1;
			}
			return definitionId.equals(value) ? 2 : -1;
		}

		boolean isPattern() {
			return definitionId != null && (definitionId.indexOf('*') >= 0 || definitionId.indexOf('?') >= 0);
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

	private record Candidate(Contribution contribution, int distance, int definitionMatch) {
	}

	private final RegistryReader<Contribution> reader;
	/** Guarded by this: each contribution's condition once created (empty: none, or it could not be). */
	private final Map<IConfigurationElement, Optional<EditorCondition>> conditions = new HashMap<>();
	/** Guarded by this: whether each contribution's class loads, once looked at. */
	private final Map<IConfigurationElement, Boolean> loads = new HashMap<>();

	public EditorRegistry(IExtensionRegistry registry) {
		reader = new RegistryReader<>(registry, EXTENSION_POINT, EditorRegistry::read);
	}

	public static synchronized EditorRegistry instance() {
		if (instance == null) {
			instance = new EditorRegistry(RegistryFactory.getRegistry());
		}
		return instance;
	}

	/** The editor to open a record with; empty when no bundle contributes one that can. */
	public synchronized Optional<Contribution> editorFor(Identified record) {
		List<Candidate> candidates = reader.contributions().stream()
				.map(contribution -> new Candidate(contribution, contribution.distance(record.eClass()), contribution.definitionMatch(record)))
				.filter(candidate -> candidate.distance() >= 0 && candidate.definitionMatch() >= 0)
				.sorted(Comparator.comparingInt((Candidate candidate) -> -candidate.contribution().priority())
						.thenComparingInt(candidate -> -candidate.definitionMatch())
						.thenComparingInt(Candidate::distance)
						.thenComparing(candidate -> candidate.contribution().contributor()))
				.toList();
		for (Candidate candidate : candidates) {
			Contribution contribution = candidate.contribution();
			if (loads(contribution) && handles(contribution, record)) {
				return Optional.of(contribution);
			}
		}
		return Optional.empty();
	}

	/** Every contribution skipped, with why. */
	public List<RegistryReader.Problem> problems() {
		return reader.problems();
	}

	/** Told of each broken contribution once, as it is found. */
	public void addProblemListener(Consumer<RegistryReader.Problem> listener) {
		reader.addProblemListener(listener);
	}

	public void removeProblemListener(Consumer<RegistryReader.Problem> listener) {
		reader.removeProblemListener(listener);
	}

	private boolean loads(Contribution contribution) {
		return loads.computeIfAbsent(contribution.element(), element -> reader.loads(element, contribution.bundle(), contribution.className()));
	}

	private boolean handles(Contribution contribution, Identified record) {
		if (contribution.element().getAttribute("canHandle") == null) { //$NON-NLS-1$
			return true;
		}
		Optional<EditorCondition> condition = conditions.computeIfAbsent(contribution.element(),
				element -> reader.create(element, "canHandle", EditorCondition.class)); //$NON-NLS-1$
		try {
			return condition.isPresent() && condition.get().canHandle(record);
		} catch (RuntimeException e) {
			reader.problem(contribution.element(), NLS.bind(Messages.Registry_conditionFailed, contribution.element().getAttribute("canHandle"), e)); //$NON-NLS-1$
			conditions.put(contribution.element(), Optional.empty());
			return false;
		}
	}

	private static Optional<Contribution> read(IConfigurationElement element, RegistryReader<Contribution> reader) {
		if (!"editor".equals(element.getName())) { //$NON-NLS-1$
			return Optional.empty();
		}
		String recordType = trimmed(element.getAttribute("recordType")); //$NON-NLS-1$
		String type = trimmed(element.getAttribute("class")); //$NON-NLS-1$
		String priority = trimmed(element.getAttribute("priority")); //$NON-NLS-1$
		String definitionId = trimmed(element.getAttribute(DEFINITION_ID));
		if (recordType == null) {
			reader.problem(element, Messages.Registry_noRecordType);
			return Optional.empty();
		}
		if (type == null || type.startsWith(BUNDLECLASS) && type.substring(BUNDLECLASS.length()).indexOf('/') <= 0) {
			reader.problem(element, NLS.bind(Messages.Registry_noClass, recordType));
			return Optional.empty();
		}
		int value;
		try {
			value = priority == null ? 0 : Integer.parseInt(priority);
		} catch (NumberFormatException e) {
			reader.problem(element, NLS.bind(Messages.Registry_badPriority, recordType, priority));
			return Optional.empty();
		}
		String uri = type.startsWith(BUNDLECLASS) ? type : BUNDLECLASS + RegistryReader.classBundle(element) + '/' + type;
		return Optional.of(new Contribution(element.getContributor().getName(), recordType, trimmed(element.getAttribute("nsURI")), definitionId, //$NON-NLS-1$
				value, uri, element));
	}

	private static String trimmed(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
