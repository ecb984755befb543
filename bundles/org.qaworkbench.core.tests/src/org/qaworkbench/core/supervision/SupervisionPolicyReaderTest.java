package org.qaworkbench.core.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qaworkbench.core.checklists.validation.DefinitionProblem;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.StaffMember;

class SupervisionPolicyReaderTest {

	@Test
	void readsTheRulesAsData() {
		SupervisionPolicy policy = Fixture.policy();
		assertEquals("P6W", policy.expected().iso());
		assertEquals(List.of("6-weekly", "Monthly", "8-weekly"), policy.frequencies().stream().map(SupervisionPolicy.Frequency::label).toList());
		StaffMember partTime = QaFactory.eINSTANCE.createStaffMember();
		partTime.setPartTime(true);
		assertEquals("P1M", policy.defaultFrequency(partTime).iso());
		assertEquals("P6W", policy.defaultFrequency(QaFactory.eINSTANCE.createStaffMember()).iso());
		assertTrue(policy.needsReasons(Interval.parse("P8W")));
		assertEquals(false, policy.needsReasons(Interval.parse("P1M")));
		assertEquals("P1M", policy.caseworkInterval(CaseStatus.CHILD_PROTECTION).iso());
		assertEquals("P3M", policy.caseworkInterval(CaseStatus.CHILD_IN_NEED).iso());
		assertEquals("P10W", policy.label("P10W"), "an interval the policy does not name reads as written");
	}

	@Test
	void anotherAuthoritysEightWeeklyPolicyIsAChangeOfData() {
		SupervisionPolicy policy = Fixture.policy(Fixture.POLICY.replace("expected=\"P6W\"", "expected=\"P8W\"").replace("period=\"P6W\" label=\"6-weekly\" default=\"true\"",
				"period=\"P6W\" label=\"6-weekly\"").replace("period=\"P8W\" label=\"8-weekly\"", "period=\"P8W\" label=\"8-weekly\" default=\"true\""));
		assertEquals("P8W", policy.defaultFrequency(QaFactory.eINSTANCE.createStaffMember()).iso());
		assertEquals(false, policy.needsReasons(Interval.parse("P8W")));
		assertEquals(LocalDate.of(2026, 3, 2), policy.defaultFrequency(null).after(LocalDate.of(2026, 1, 5)));
	}

	@Test
	void aBrokenPolicyIsRefusedWithEveryProblemByLine() {
		String xml = """
				<supervisionPolicy id="x" version="1" expected="six weeks" contractReview="P12M" window="P12M" colour="red">
				  <frequency period="P6W" label="6-weekly" default="yes"/>
				  <casework status="CP" every="P1M"/>
				  <rule/>
				</supervisionPolicy>
				""";
		SupervisionPolicyReader.Result result = SupervisionPolicyReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "plugin/policy.xml");
		assertTrue(result.policy().isEmpty());
		assertEquals(List.of("plugin/policy.xml: line 1: <supervisionPolicy> has no attribute \"colour\".",
				"plugin/policy.xml: line 1: The attribute \"expected\" is \"six weeks\", not an interval such as P6W, P1M or P3M.",
				"plugin/policy.xml: line 2: The attribute \"default\" is \"yes\": write true or false.",
				"plugin/policy.xml: line 3: \"CP\" is not a case status: use one of CHILD_PROTECTION, CHILD_IN_NEED, STEP_DOWN, STRENGTHENING_FAMILIES, CHILD_IN_CARE, EARLY_HELP.",
				"plugin/policy.xml: line 4: <rule> is not part of a supervision policy: use <frequency> or <casework>.",
				"plugin/policy.xml: The policy needs a <casework every=\"...\"/> for every open case."),
				result.problems().stream().map(DefinitionProblem::toString).toList());
	}

	@Test
	void intervalsAreCalendarPeriods() {
		assertEquals(LocalDate.of(2026, 2, 28), Interval.parse("p1m").after(LocalDate.of(2026, 1, 31)));
		assertEquals("P1M", Interval.parse(" p1m ").iso());
		assertTrue(Interval.parse("P1M").longerThan(Interval.parse("P4W")));
		assertEquals(false, Interval.parse("P1M").longerThan(Interval.parse("P6W")));
		for (String bad : new String[] { "monthly", "P0W", "P-2W", "" }) {
			assertTrue(assertThrowsIllegal(bad), bad);
		}
	}

	private static boolean assertThrowsIllegal(String iso) {
		try {
			Interval.parse(iso);
			return false;
		} catch (IllegalArgumentException e) {
			return true;
		}
	}
}
