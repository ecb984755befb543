package org.qaworkbench.core.audits.evidence;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.qaworkbench.model.Case;
import org.qaworkbench.model.KeyDate;
import org.qaworkbench.model.KeyDateKind;
import org.qaworkbench.model.QaFactory;

/** Cases with key dates, and timescale rules written as a plugin writes them, for the evidence tests. */
final class TestCases {

	private TestCases() {
	}

	static Case aCase(Object... kindsAndDates) {
		Case aCase = QaFactory.eINSTANCE.createCase();
		aCase.setCaseNumber("LL100001"); //$NON-NLS-1$
		for (int i = 0; i < kindsAndDates.length; i += 2) {
			add(aCase, (KeyDateKind) kindsAndDates[i], (LocalDate) kindsAndDates[i + 1], null);
		}
		return aCase;
	}

	static Case add(Case aCase, KeyDateKind kind, LocalDate date, String detail) {
		KeyDate keyDate = QaFactory.eINSTANCE.createKeyDate();
		keyDate.setKind(kind.getName());
		keyDate.setDate(date);
		keyDate.setDetail(detail);
		aCase.getKeyDates().add(keyDate);
		return aCase;
	}

	/** The rules of a timescales file with these rule elements; fails on any problem. */
	static List<TimescaleRule> rules(String ruleElements) {
		TimescalesResult result = read("<timescales>" + ruleElements + "</timescales>"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!result.isValid()) {
			throw new AssertionError(result.problems());
		}
		return result.rules();
	}

	static TimescalesResult read(String xml) {
		return TimescalesReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml"); //$NON-NLS-1$
	}
}
