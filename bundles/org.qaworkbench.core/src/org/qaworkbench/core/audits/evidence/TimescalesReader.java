package org.qaworkbench.core.audits.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.checklists.validation.DefinitionProblem;
import org.qaworkbench.core.internal.Messages;
import org.qaworkbench.core.internal.XmlLines;
import org.qaworkbench.core.keydates.KeyDateKinds;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads a timescales file (the format is in the guide "Writing a checklist plugin", section "Timescales: evidence
 * from the case record"). Strict, as a definition is: a misspelt attribute, an unknown key date or unit, or a
 * standard that cannot be met makes the whole file unusable, with every problem named.
 */
public final class TimescalesReader {

	private static final Set<String> RULE_ATTRIBUTES = Set.of("id", "items", "source", "measure", "from", "to", "unit", "label"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	private static final Set<String> STANDARD_ATTRIBUTES = Set.of("within", "after", "limit", "when", "detail", "label"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private final String source;
	private final List<DefinitionProblem> problems = new ArrayList<>();
	private String element = ""; //$NON-NLS-1$
	/** The line of the element being read, which every problem names; 0 for the file as a whole. */
	private int line;

	/** The kinds of key date its rules may name: those QA Workbench knows and those plugins contribute. */
	private final List<KeyDateKinds.Kind> keyDates;

	private TimescalesReader(String source, List<KeyDateKinds.Kind> keyDates) {
		this.source = source;
		this.keyDates = keyDates;
	}

	/**
	 * Reads the file; {@code source} names it in problems, such as {@code org.example.visit/checklists/timescales.xml}.
	 * Its rules may name the key dates QA Workbench knows and those installed plugins contribute.
	 */
	public static TimescalesResult read(InputStream in, String source) {
		return read(in, source, KeyDateKinds.instance().all());
	}

	/** Reads the file, whose rules may name the kinds of key date {@code keyDates} (a plugin being checked adds its own). */
	public static TimescalesResult read(InputStream in, String source, List<KeyDateKinds.Kind> keyDates) {
		TimescalesReader reader = new TimescalesReader(source, keyDates);
		Element root;
		try {
			root = XmlLines.parse(in).getDocumentElement();
		} catch (SAXException | IOException | ParserConfigurationException e) {
			reader.problem(NLS.bind(Messages.Timescales_notXml, e.getMessage()));
			return reader.result(List.of());
		}
		if (!"timescales".equals(root.getTagName())) { //$NON-NLS-1$
			reader.problem(NLS.bind(Messages.Timescales_root, root.getTagName()));
			return reader.result(List.of());
		}
		List<TimescaleRule> rules = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		List<Element> children = children(root);
		for (int i = 0; i < children.size(); i++) {
			reader.element = NLS.bind(Messages.Timescales_ruleAt, i + 1);
			reader.line = XmlLines.line(children.get(i));
			if (!"rule".equals(children.get(i).getTagName())) { //$NON-NLS-1$
				reader.problem(NLS.bind(Messages.Timescales_unknownElement, children.get(i).getTagName()));
				continue;
			}
			reader.rule(children.get(i), ids).ifPresent(rules::add);
		}
		return reader.result(rules);
	}

	private Optional<TimescaleRule> rule(Element rule, Set<String> ids) {
		String id = rule.getAttribute("id").strip(); //$NON-NLS-1$
		if (id.isEmpty()) {
			problem(Messages.Timescales_noId);
		} else {
			element = NLS.bind(Messages.Timescales_rule, id);
			if (!ids.add(id)) {
				problem(NLS.bind(Messages.Timescales_duplicateId, id));
			}
		}
		int before = problems.size();
		unknownAttributes(rule, RULE_ATTRIBUTES);
		List<String> items = Stream.of(rule.getAttribute("items").split("[\\s,]+")).filter(item -> !item.isEmpty()).toList(); //$NON-NLS-1$ //$NON-NLS-2$
		if (items.isEmpty()) {
			problem(Messages.Timescales_noItems);
		}
		Source origin = required(rule, "source", Source.values(), Source::word); //$NON-NLS-1$
		Measure measure = rule.hasAttribute("measure") ? required(rule, "measure", Measure.values(), Measure::word) : Measure.FIRST; //$NON-NLS-1$ //$NON-NLS-2$
		String start = null;
		if (measure == Measure.EVERY && rule.hasAttribute("from")) { //$NON-NLS-1$
			problem(Messages.Timescales_fromWithEvery);
		} else if (measure == Measure.FIRST) {
			start = keyDate(rule, "from"); //$NON-NLS-1$
		}
		String end = keyDate(rule, "to"); //$NON-NLS-1$
		if (start != null && start.equals(end)) {
			problem(NLS.bind(Messages.Timescales_fromIsTo, start));
		}
		Unit unit = required(rule, "unit", Unit.values(), Unit::word); //$NON-NLS-1$
		List<Standard> standards = children(rule).stream().map(this::standard).flatMap(Optional::stream).toList();
		if (children(rule).isEmpty()) {
			problem(Messages.Timescales_noStandard);
		}
		String label = rule.hasAttribute("label") ? rule.getAttribute("label").strip() : null; //$NON-NLS-1$ //$NON-NLS-2$
		return problems.size() > before ? Optional.empty() : Optional.of(new TimescaleRule(id, items, origin, measure, start, end, unit, label, standards));
	}

	private Optional<Standard> standard(Element standard) {
		int ruleLine = line;
		line = XmlLines.line(standard);
		try {
			if (!"standard".equals(standard.getTagName())) { //$NON-NLS-1$
				problem(NLS.bind(Messages.Timescales_unknownElement, standard.getTagName()));
				return Optional.empty();
			}
			return standardAt(standard);
		} finally {
			line = ruleLine;
		}
	}

	private Optional<Standard> standardAt(Element standard) {
		int before = problems.size();
		unknownAttributes(standard, STANDARD_ATTRIBUTES);
		int within = number(standard, "within", 1, true); //$NON-NLS-1$
		int after = number(standard, "after", 1, false); //$NON-NLS-1$
		int limit = number(standard, "limit", 1, false); //$NON-NLS-1$
		if (after > within && within > 0) {
			problem(NLS.bind(Messages.Timescales_afterBeyondWithin, after, within));
		}
		if (limit > 0 && limit <= within) {
			problem(NLS.bind(Messages.Timescales_limitNotBeyondWithin, limit, within));
		}
		String when = null;
		String detail = standard.getAttribute("detail").strip(); //$NON-NLS-1$
		if (standard.hasAttribute("when") != !detail.isEmpty()) { //$NON-NLS-1$
			problem(Messages.Timescales_whenAndDetail);
		} else if (!detail.isEmpty()) {
			when = keyDate(standard, "when"); //$NON-NLS-1$
		}
		String label = standard.hasAttribute("label") ? standard.getAttribute("label").strip() : null; //$NON-NLS-1$ //$NON-NLS-2$
		return problems.size() > before ? Optional.empty() : Optional.of(new Standard(within, after, limit, when, detail.isEmpty() ? null : detail, label));
	}

	/**
	 * The value of a required attribute, one of {@code possible} by its word, ignoring capitals, spaces around it and
	 * whether words are joined by spaces, underscores or hyphens: {@code FIRST_CONTACT} or {@code First contact},
	 * {@code working days} or {@code working_days}.
	 */
	private <T> T required(Element element, String attribute, T[] possible, Function<T, String> word) {
		String text = element.getAttribute(attribute);
		if (text.isBlank()) {
			problem(NLS.bind(Messages.Timescales_needs, attribute));
			return null;
		}
		Optional<T> found = Stream.of(possible).filter(value -> plain(word.apply(value)).equals(plain(text))).findFirst();
		if (found.isEmpty()) {
			problem(NLS.bind(Messages.Timescales_notOneOf, new Object[] { text, attribute,
					Stream.of(possible).map(word).collect(Collectors.joining(", ")) })); //$NON-NLS-1$
		}
		return found.orElse(null);
	}

	/** The id of the key date kind an attribute names (by id or label), or null with the problem said. */
	private String keyDate(Element element, String attribute) {
		KeyDateKinds.Kind kind = required(element, attribute, keyDates.toArray(KeyDateKinds.Kind[]::new), KeyDateKinds.Kind::id);
		return kind == null ? null : kind.id();
	}

	private static String plain(String word) {
		return word.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
	}

	private int number(Element element, String attribute, int least, boolean required) {
		String text = element.getAttribute(attribute).strip();
		if (text.isEmpty()) {
			if (required) {
				problem(NLS.bind(Messages.Timescales_needs, attribute));
			}
			return 0;
		}
		try {
			int value = Integer.parseInt(text);
			if (value >= least) {
				return value;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		problem(NLS.bind(Messages.Timescales_notWhole, new Object[] { attribute, text, least }));
		return 0;
	}

	private void unknownAttributes(Element element, Set<String> known) {
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			String name = attributes.item(i).getNodeName();
			if (!known.contains(name) && !name.startsWith("xmlns")) { //$NON-NLS-1$
				problem(NLS.bind(Messages.Timescales_unknownAttribute, name, known.stream().sorted().collect(Collectors.joining(", ")))); //$NON-NLS-1$
			}
		}
	}

	private static List<Element> children(Element parent) {
		List<Element> children = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				children.add(element);
			}
		}
		return children;
	}

	private void problem(String message) {
		problems.add(new DefinitionProblem(source, element, line > 0 ? message + ' ' + NLS.bind(Messages.Timescales_line, line) : message));
	}

	/** Whether a file holds timescales (its root is {@code <timescales>}) rather than, say, a checklist definition. */
	public static boolean isTimescales(InputStream in) {
		try {
			javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newFactory();
			factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
			factory.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
			javax.xml.stream.XMLStreamReader reader = factory.createXMLStreamReader(in);
			while (reader.hasNext()) {
				if (reader.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
					return "timescales".equals(reader.getLocalName()); //$NON-NLS-1$
				}
			}
		} catch (javax.xml.stream.XMLStreamException e) {
			// not XML at all: not a timescales file
		}
		return false;
	}

	private TimescalesResult result(List<TimescaleRule> rules) {
		return new TimescalesResult(source, problems.isEmpty() ? rules : List.of(), problems);
	}
}
