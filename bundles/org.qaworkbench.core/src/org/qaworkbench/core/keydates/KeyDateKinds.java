package org.qaworkbench.core.keydates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.InstalledChecklists;
import org.qaworkbench.core.internal.Messages;
import org.qaworkbench.model.KeyDateKind;

/**
 * The kinds of key date a case can have: those QA Workbench knows (the model's {@link KeyDateKind}, from the case
 * audit tool and the standards of practice) and those checklist plugins contribute as data with
 * {@code <keyDate id="TAF_MEETING" label="TAF meeting" meaning="..."/>} in {@value #EXTENSION_POINT}, so that an
 * authority records the key dates its own standards use (a TAF meeting, a genogram, a closure letter) without a new
 * version of the product. A key date stores its kind's id; timescales and the dialog that records key dates ask here
 * what the ids mean. A contribution with a bad or taken id is logged and skipped; bundles that come and go are
 * followed.
 */
public final class KeyDateKinds {

	public static final String EXTENSION_POINT = InstalledChecklists.EXTENSION_POINT;
	public static final String ELEMENT = "keyDate"; //$NON-NLS-1$
	/** An id is written in timescales files and stored with each key date: letters, digits and underscores. */
	private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}"); //$NON-NLS-1$

	/**
	 * One kind of key date.
	 *
	 * @param label       as the application shows it: "First contact", "TAF meeting"
	 * @param noun        as evidence lines say it within a sentence: "first contact"
	 * @param meaning     what it is, in the forms' words, for the glossary and the dialog
	 * @param contributor the plugin that contributed it; null for one QA Workbench knows
	 */
	public record Kind(String id, String label, String noun, String meaning, String contributor) {
	}

	private static KeyDateKinds instance;

	private final IExtensionRegistry registry;
	/** Guarded by this: each extension's kinds. */
	private final Map<IExtension, List<Kind>> contributed = new LinkedHashMap<>();

	public KeyDateKinds(IExtensionRegistry registry) {
		this.registry = registry;
	}

	/** The application's kinds, over the platform's extension registry (the built-in ones alone without one). */
	public static synchronized KeyDateKinds instance() {
		if (instance == null) {
			instance = new KeyDateKinds(RegistryFactory.getRegistry());
		}
		return instance;
	}

	/** The kinds QA Workbench knows without any plugin, in the order of a case's life. */
	public static List<Kind> builtIn() {
		return Stream.of(KeyDateKind.values()).map(kind -> new Kind(kind.getName(), kind.getLiteral(), noun(kind), meaning(kind), null)).toList();
	}

	/** The built-in kinds, then those installed plugins contribute (in the order of their names); each id once. */
	public synchronized List<Kind> all() {
		List<Kind> all = new ArrayList<>(builtIn());
		if (registry != null) {
			org.qaworkbench.core.internal.Extensions.follow(registry, EXTENSION_POINT, contributed, KeyDateKinds::read);
			contributed.values().forEach(kinds -> kinds.forEach(kind -> {
				if (find(all, kind.id()).isPresent()) {
					ILog.of(KeyDateKinds.class).warn(NLS.bind(Messages.KeyDates_taken, kind.contributor(), kind.id()));
				} else {
					all.add(kind);
				}
			}));
		}
		return List.copyOf(all);
	}

	/** The kind of an id (or a label, as people write it: {@code First contact}); empty when none is known. */
	public Optional<Kind> find(String idOrLabel) {
		return find(all(), idOrLabel);
	}

	/** How a sentence names the kind of a stored id: its noun, or the id itself for a kind no longer installed. */
	public String noun(String id) {
		return find(id).map(Kind::noun).orElse(id);
	}

	/** How the application shows the kind of a stored id: its label, or the id itself for a kind no longer installed. */
	public String label(String id) {
		return find(id).map(Kind::label).orElse(id);
	}

	/** Among {@code kinds}, the one whose id or label is {@code idOrLabel}, ignoring capitals and _ - or space between words. */
	public static Optional<Kind> find(Collection<Kind> kinds, String idOrLabel) {
		if (idOrLabel == null) {
			return Optional.empty();
		}
		String plain = plain(idOrLabel);
		return kinds.stream().filter(kind -> plain(kind.id()).equals(plain) || plain(kind.label()).equals(plain)).findFirst();
	}

	/**
	 * A kind a plugin declares, or why it cannot be one (the message for the plugin's author). The same rules for an
	 * installed plugin and for {@code qa checklists validate} on a jar.
	 */
	public static Kind declared(String id, String label, String meaning, String contributor, List<String> problems) {
		String cleanId = id == null ? "" : id.strip(); //$NON-NLS-1$
		String cleanLabel = label == null ? "" : label.strip(); //$NON-NLS-1$
		if (!ID.matcher(cleanId).matches()) {
			problems.add(NLS.bind(Messages.KeyDates_badId, cleanId));
		} else if (find(builtIn(), cleanId).isPresent()) {
			problems.add(NLS.bind(Messages.KeyDates_builtIn, cleanId));
		}
		if (cleanLabel.isEmpty()) {
			problems.add(NLS.bind(Messages.KeyDates_noLabel, cleanId));
		}
		String cleanMeaning = meaning == null || meaning.isBlank() ? null : meaning.strip();
		return problems.isEmpty() ? new Kind(cleanId, cleanLabel, cleanLabel, cleanMeaning, contributor) : null;
	}

	private static List<Kind> read(IExtension extension) {
		List<Kind> kinds = new ArrayList<>();
		String contributor = extension.getContributor().getName();
		for (IConfigurationElement element : extension.getConfigurationElements()) {
			if (!ELEMENT.equals(element.getName())) {
				continue;
			}
			List<String> problems = new ArrayList<>();
			Kind kind = declared(element.getAttribute("id"), element.getAttribute("label"), element.getAttribute("meaning"), contributor, problems); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (kind == null) {
				ILog.of(KeyDateKinds.class).warn(NLS.bind(Messages.KeyDates_skipped, contributor, String.join("; ", problems))); //$NON-NLS-1$
			} else {
				kinds.add(kind);
			}
		}
		return kinds;
	}

	private static String plain(String word) {
		return word.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
	}

	private static String noun(KeyDateKind kind) {
		return switch (kind) {
		case REFERRAL -> Messages.KeyDate_referral;
		case ALLOCATION -> Messages.KeyDate_allocation;
		case FIRST_CONTACT -> Messages.KeyDate_firstContact;
		case REFERRER_NOTIFIED -> Messages.KeyDate_referrerNotified;
		case FIRST_VISIT -> Messages.KeyDate_firstVisit;
		case ASSESSMENT -> Messages.KeyDate_assessment;
		case FAMILY_CIRCLE -> Messages.KeyDate_familyCircle;
		case SUPPORT_PLAN -> Messages.KeyDate_supportPlan;
		case SUPPORT_MEETING -> Messages.KeyDate_supportMeeting;
		case SUPERVISION -> Messages.KeyDate_supervision;
		case CLOSURE_SUMMARY -> Messages.KeyDate_closureSummary;
		case CLOSURE -> Messages.KeyDate_closure;
		case CHILD_SEEN -> Messages.KeyDate_childSeen;
		};
	}

	private static String meaning(KeyDateKind kind) {
		return switch (kind) {
		case REFERRAL -> Messages.KeyDateMeaning_referral;
		case ALLOCATION -> Messages.KeyDateMeaning_allocation;
		case FIRST_CONTACT -> Messages.KeyDateMeaning_firstContact;
		case REFERRER_NOTIFIED -> Messages.KeyDateMeaning_referrerNotified;
		case FIRST_VISIT -> Messages.KeyDateMeaning_firstVisit;
		case ASSESSMENT -> Messages.KeyDateMeaning_assessment;
		case FAMILY_CIRCLE -> Messages.KeyDateMeaning_familyCircle;
		case SUPPORT_PLAN -> Messages.KeyDateMeaning_supportPlan;
		case SUPPORT_MEETING -> Messages.KeyDateMeaning_supportMeeting;
		case SUPERVISION -> Messages.KeyDateMeaning_supervision;
		case CLOSURE_SUMMARY -> Messages.KeyDateMeaning_closureSummary;
		case CLOSURE -> Messages.KeyDateMeaning_closure;
		case CHILD_SEEN -> Messages.KeyDateMeaning_childSeen;
		};
	}
}
