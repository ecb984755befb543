package org.qaworkbench.core.audits.evidence;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.internal.Messages;
import org.qaworkbench.core.keydates.KeyDateKinds;
import org.qaworkbench.model.KeyDate;

/** The small words evidence lines are made of. */
final class Phrases {

	private Phrases() {
	}

	/** A key date's kind (by its id) as a noun in a sentence: "allocation", "first contact", "TAF meeting". */
	static String noun(String kind) {
		return KeyDateKinds.instance().noun(kind);
	}

	/** A noun followed by the key date's detail, if it has one: "assessment (EHA)". */
	static String withDetail(String noun, KeyDate keyDate) {
		String detail = keyDate.getDetail();
		return detail == null || detail.isBlank() ? noun : NLS.bind(Messages.Evidence_withDetail, noun, detail.strip());
	}

	/** "a", "a and b", "a, b and c". */
	static String and(List<String> parts) {
		return joined(parts, Messages.Evidence_and);
	}

	/** "a", "a or b", "a, b or c". */
	static String or(List<String> parts) {
		return joined(parts, Messages.Evidence_or);
	}

	private static String joined(List<String> parts, String pattern) {
		if (parts.size() <= 1) {
			return parts.isEmpty() ? "" : parts.get(0); //$NON-NLS-1$
		}
		return NLS.bind(pattern, String.join(", ", parts.subList(0, parts.size() - 1)), parts.get(parts.size() - 1)); //$NON-NLS-1$
	}
}
