package org.qaworkbench.core.supervision;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.checklists.validation.DefinitionProblem;
import org.qaworkbench.core.internal.SupervisionMessages;
import org.qaworkbench.core.internal.XmlLines;
import org.qaworkbench.model.CaseStatus;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads a supervision policy file (format: the schema of {@code org.qaworkbench.core.supervisionForms} and the
 * comment of {@code policy/supervision-policy.xml} in {@code org.qaworkbench.checklists.supervision}). Strict, as a
 * definition is: a misspelt attribute, an interval that is not one or an unknown case status makes the file unusable,
 * with every problem named by its line.
 */
public final class SupervisionPolicyReader {

	/** What reading gave: the policy, or (never both) the problems that make it unusable. */
	public record Result(String source, Optional<SupervisionPolicy> policy, List<DefinitionProblem> problems) {

		public Result {
			problems = List.copyOf(problems);
		}
	}

	private static final Set<String> ROOT = Set.of("id", "version", "expected", "contractReview", "window"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final Set<String> FREQUENCY = Set.of("period", "label", "default", "partTime"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final Set<String> CASEWORK = Set.of("every", "status"); //$NON-NLS-1$ //$NON-NLS-2$

	private final String source;
	private final List<DefinitionProblem> problems = new ArrayList<>();
	private String where = ""; //$NON-NLS-1$

	private SupervisionPolicyReader(String source) {
		this.source = source;
	}

	/** Reads the file; {@code source} names it in problems, such as {@code org.example.policy/policy/supervision.xml}. */
	public static Result read(InputStream in, String source) {
		SupervisionPolicyReader reader = new SupervisionPolicyReader(source);
		Element root;
		try {
			root = XmlLines.parse(in).getDocumentElement();
		} catch (SAXException | IOException | ParserConfigurationException e) {
			reader.problem(NLS.bind(SupervisionMessages.Policy_notXml, e.getMessage()));
			return reader.result(null);
		}
		if (!"supervisionPolicy".equals(root.getTagName())) { //$NON-NLS-1$
			reader.problem(NLS.bind(SupervisionMessages.Policy_root, root.getTagName()));
			return reader.result(null);
		}
		return reader.result(reader.policy(root));
	}

	private SupervisionPolicy policy(Element root) {
		where = NLS.bind(SupervisionMessages.Policy_line, XmlLines.line(root));
		onlyKnown(root, ROOT);
		String id = required(root, "id"); //$NON-NLS-1$
		String version = required(root, "version"); //$NON-NLS-1$
		Interval expected = interval(root, "expected"); //$NON-NLS-1$
		Interval review = interval(root, "contractReview"); //$NON-NLS-1$
		Interval window = interval(root, "window"); //$NON-NLS-1$
		List<SupervisionPolicy.Frequency> frequencies = new ArrayList<>();
		Interval caseworkEvery = null;
		Map<CaseStatus, Interval> byStatus = new EnumMap<>(CaseStatus.class);
		for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (!(node instanceof Element element)) {
				continue;
			}
			where = NLS.bind(SupervisionMessages.Policy_line, XmlLines.line(element));
			switch (element.getTagName()) {
			case "frequency" -> { //$NON-NLS-1$
				onlyKnown(element, FREQUENCY);
				Interval period = interval(element, "period"); //$NON-NLS-1$
				String label = required(element, "label"); //$NON-NLS-1$
				if (period != null && label != null) {
					frequencies.add(new SupervisionPolicy.Frequency(period, label, flag(element, "default"), flag(element, "partTime"))); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			case "casework" -> { //$NON-NLS-1$
				onlyKnown(element, CASEWORK);
				Interval every = interval(element, "every"); //$NON-NLS-1$
				String status = element.getAttribute("status"); //$NON-NLS-1$
				if (status.isEmpty()) {
					if (caseworkEvery != null) {
						problem(SupervisionMessages.Policy_caseworkTwice);
					}
					caseworkEvery = every;
				} else {
					CaseStatus caseStatus = CaseStatus.getByName(status);
					if (caseStatus == null) {
						problem(NLS.bind(SupervisionMessages.Policy_unknownStatus, status));
					} else if (every != null) {
						byStatus.put(caseStatus, every);
					}
				}
			}
			default -> problem(NLS.bind(SupervisionMessages.Policy_unknownElement, element.getTagName()));
			}
		}
		where = ""; //$NON-NLS-1$
		if (frequencies.stream().filter(SupervisionPolicy.Frequency::isDefault).count() > 1) {
			problem(SupervisionMessages.Policy_twoDefaults);
		}
		if (caseworkEvery == null) {
			problem(SupervisionMessages.Policy_noCasework);
		}
		if (!problems.isEmpty()) {
			return null;
		}
		return new SupervisionPolicy(id, version, expected, review, window, frequencies, caseworkEvery, byStatus);
	}

	private Result result(SupervisionPolicy policy) {
		return new Result(source, problems.isEmpty() ? Optional.ofNullable(policy) : Optional.empty(), problems);
	}

	private void onlyKnown(Element element, Set<String> known) {
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			String name = attributes.item(i).getNodeName();
			if (!known.contains(name)) {
				problem(NLS.bind(SupervisionMessages.Policy_unknownAttribute, name, element.getTagName()));
			}
		}
	}

	private String required(Element element, String attribute) {
		String value = element.getAttribute(attribute).strip();
		if (value.isEmpty()) {
			problem(NLS.bind(SupervisionMessages.Policy_missing, attribute, element.getTagName()));
			return null;
		}
		return value;
	}

	private Interval interval(Element element, String attribute) {
		String value = required(element, attribute);
		if (value == null) {
			return null;
		}
		try {
			return Interval.parse(value);
		} catch (IllegalArgumentException e) {
			problem(NLS.bind(SupervisionMessages.Policy_notInterval, attribute, value));
			return null;
		}
	}

	private boolean flag(Element element, String attribute) {
		String value = element.getAttribute(attribute);
		if (!value.isEmpty() && !"true".equals(value) && !"false".equals(value)) { //$NON-NLS-1$ //$NON-NLS-2$
			problem(NLS.bind(SupervisionMessages.Policy_notFlag, attribute, value));
		}
		return "true".equals(value); //$NON-NLS-1$
	}

	private void problem(String message) {
		problems.add(new DefinitionProblem(source, where, message));
	}
}
