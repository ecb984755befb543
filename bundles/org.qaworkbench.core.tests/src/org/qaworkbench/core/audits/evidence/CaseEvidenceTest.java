package org.qaworkbench.core.audits.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qaworkbench.core.audits.evidence.TestCases.aCase;
import static org.qaworkbench.core.audits.evidence.TestCases.add;
import static org.qaworkbench.core.audits.evidence.TestCases.rules;
import static org.qaworkbench.model.KeyDateKind.ALLOCATION;
import static org.qaworkbench.model.KeyDateKind.ASSESSMENT;
import static org.qaworkbench.model.KeyDateKind.CLOSURE;
import static org.qaworkbench.model.KeyDateKind.FAMILY_CIRCLE;
import static org.qaworkbench.model.KeyDateKind.FIRST_CONTACT;
import static org.qaworkbench.model.KeyDateKind.REFERRAL;
import static org.qaworkbench.model.KeyDateKind.SUPPORT_MEETING;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.qaworkbench.model.Case;

/** Evidence lines for every kind of rule, from cases built by the test. */
class CaseEvidenceTest {

	private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
	private static final LocalDate FRIDAY = LocalDate.of(2026, 1, 9);
	private static final LocalDate LATER = LocalDate.of(2026, 12, 1);

	private static final String CONTACT = """
			<rule id="contact" items="basic-7" source="audit question" from="ALLOCATION" to="FIRST_CONTACT" unit="working days">
			  <standard within="5"/>
			</rule>""";
	private static final String ALLOCATION_TIMELY = """
			<rule id="allocation" items="basic-4" source="audit question" from="REFERRAL" to="ALLOCATION" unit="weeks">
			  <standard within="2" limit="12"/>
			</rule>""";
	private static final String SUPPORT = """
			<rule id="support" items="plans-2" source="standard of practice" from="ASSESSMENT" to="SUPPORT_MEETING" unit="weeks">
			  <standard after="6" within="8"/>
			</rule>""";
	private static final String FIRST_CIRCLE = """
			<rule id="first-circle" items="assessment-6" source="audit question" from="ALLOCATION" to="FAMILY_CIRCLE" unit="weeks" label="first Family Circle">
			  <standard within="6" when="ASSESSMENT" detail="EHA" label="6 with an EHA"/>
			  <standard within="8" when="Assessment" detail="ehsp" label="8 with an EHSP"/>
			</rule>""";
	private static final String REVIEWS = """
			<rule id="reviews" items="assessment-7" source="audit question" measure="every" to="FAMILY_CIRCLE" unit="weeks" label="Family Circles reviewed">
			  <standard within="8"/>
			</rule>""";

	@Test
	void firstContactInWorkingDaysAgainstTheStandard() {
		assertLine("first contact 3 working days after allocation (standard: 5): met", Outcome.MET, CONTACT,
				aCase(ALLOCATION, MONDAY, FIRST_CONTACT, MONDAY.plusDays(3)), LATER);
		assertLine("first contact on the day of allocation (standard: 5): met", Outcome.MET, CONTACT, aCase(ALLOCATION, MONDAY, FIRST_CONTACT, MONDAY), LATER);
		assertLine("first contact 6 working days after allocation (standard: 5): not met", Outcome.NOT_MET, CONTACT,
				aCase(ALLOCATION, MONDAY, FIRST_CONTACT, MONDAY.plusDays(8)), LATER);
	}

	@Test
	void workingDaysRunAcrossWeekends() {
		assertLine("first contact 5 working days after allocation (standard: 5): met", Outcome.MET, CONTACT,
				aCase(ALLOCATION, FRIDAY, FIRST_CONTACT, FRIDAY.plusDays(7)), LATER);
		assertLine("first contact 6 working days after allocation (standard: 5): not met", Outcome.NOT_MET, CONTACT,
				aCase(ALLOCATION, FRIDAY, FIRST_CONTACT, FRIDAY.plusDays(10)), LATER);
		assertLine("first contact 1 working day after allocation (standard: 5): met", Outcome.MET, CONTACT,
				aCase(ALLOCATION, FRIDAY, FIRST_CONTACT, FRIDAY.plusDays(3)), LATER);
	}

	@Test
	void aMissingStartDateIsSaid() {
		assertLine("no allocation recorded to measure first contact from (standard: 5)", Outcome.MISSING, CONTACT, aCase(FIRST_CONTACT, MONDAY), LATER);
	}

	@Test
	void aMissingEndDateIsNotYetDueThenOverdueUntilTheCaseCloses() {
		assertLine("no first contact recorded; 3 working days since allocation (standard: 5): not yet due", Outcome.NOT_YET_DUE, CONTACT,
				aCase(ALLOCATION, MONDAY), MONDAY.plusDays(3));
		assertLine("no first contact recorded; 9 working days since allocation (standard: 5): overdue", Outcome.OVERDUE, CONTACT,
				aCase(ALLOCATION, MONDAY), MONDAY.plusDays(11));
		assertLine("no first contact recorded before closure, 2 working days after allocation (standard: 5): not yet due", Outcome.NOT_YET_DUE, CONTACT,
				aCase(ALLOCATION, MONDAY, CLOSURE, MONDAY.plusDays(2)), LATER);
		assertLine("no first contact recorded (standard: 5)", Outcome.MISSING, CONTACT, aCase(ALLOCATION, MONDAY), MONDAY.minusDays(1));
	}

	@Test
	void aThresholdWithALimitSaysWhichSideOfItTheCaseIs() {
		assertLine("allocation 1 week 3 days after referral (standard: 2, limit 12): met", Outcome.MET, ALLOCATION_TIMELY,
				aCase(REFERRAL, MONDAY, ALLOCATION, MONDAY.plusDays(10)), LATER);
		assertLine("allocation 3 weeks after referral (standard: 2, limit 12): not met, but within the limit", Outcome.NOT_MET, ALLOCATION_TIMELY,
				aCase(REFERRAL, MONDAY, ALLOCATION, MONDAY.plusWeeks(3)), LATER);
		assertLine("allocation 12 weeks 1 day after referral (standard: 2, limit 12): not met, and over the limit", Outcome.OVER_LIMIT, ALLOCATION_TIMELY,
				aCase(REFERRAL, MONDAY, ALLOCATION, MONDAY.plusWeeks(12).plusDays(1)), LATER);
	}

	@Test
	void aRangeFlagsWhatCameTooSoon() {
		Case early = add(aCase(SUPPORT_MEETING, MONDAY.plusWeeks(4)), ASSESSMENT, MONDAY, "EHA");
		assertLine("support meeting 4 weeks after assessment (EHA) (standard of practice: 6 to 8): sooner than the standard", Outcome.EARLY, SUPPORT, early, LATER);
		Case onTime = add(aCase(SUPPORT_MEETING, MONDAY.plusWeeks(7)), ASSESSMENT, MONDAY, "EHA");
		assertLine("support meeting 7 weeks after assessment (EHA) (standard of practice: 6 to 8): met", Outcome.MET, SUPPORT, onTime, LATER);
	}

	@Test
	void somethingRecordedBeforeTheStartIsMeasuredBackwards() {
		String rule = """
				<rule id="assessment" items="assessment-2" source="audit question" from="ALLOCATION" to="ASSESSMENT" unit="weeks">
				  <standard within="10"/>
				</rule>""";
		Case referredWithOne = add(aCase(ALLOCATION, MONDAY.plusWeeks(2)), ASSESSMENT, MONDAY, "EHA");
		assertLine("assessment (EHA) 2 weeks before allocation (standard: 10): met", Outcome.MET, rule, referredWithOne, LATER);
		add(referredWithOne, ASSESSMENT, MONDAY.plusWeeks(20), "EHSP");
		assertLine("assessment (EHSP) 18 weeks after allocation (standard: 10): not met", Outcome.NOT_MET, rule, referredWithOne, LATER);
	}

	@Test
	void theStandardIsChosenByTheAssessmentsDetail() {
		Case withEha = add(aCase(ALLOCATION, MONDAY, FAMILY_CIRCLE, MONDAY.plusWeeks(9)), ASSESSMENT, MONDAY.plusWeeks(3), "EHA");
		assertLine("first Family Circle 9 weeks after allocation (standard: 6 with an EHA): not met", Outcome.NOT_MET, FIRST_CIRCLE, withEha, LATER);
		Case withEhsp = add(aCase(ALLOCATION, MONDAY, FAMILY_CIRCLE, MONDAY.plusWeeks(7)), ASSESSMENT, MONDAY.plusWeeks(3), " EHSP ");
		assertLine("first Family Circle 7 weeks after allocation (standard: 8 with an EHSP): met", Outcome.MET, FIRST_CIRCLE, withEhsp, LATER);
		Case laterEhsp = add(add(aCase(ALLOCATION, MONDAY, FAMILY_CIRCLE, MONDAY.plusWeeks(7)), ASSESSMENT, MONDAY.plusWeeks(3), "EHA"), ASSESSMENT,
				MONDAY.plusWeeks(30), "EHSP");
		assertLine("first Family Circle 7 weeks after allocation (standard: 6 with an EHA): not met", Outcome.NOT_MET, FIRST_CIRCLE, laterEhsp, LATER);
	}

	@Test
	void withoutTheDetailAllStandardsAreShownAndAVerdictOnlyWhenTheyAgree() {
		assertLine("first Family Circle 9 weeks after allocation (standard: 6 with an EHA or 8 with an EHSP): not met", Outcome.NOT_MET, FIRST_CIRCLE,
				aCase(ALLOCATION, MONDAY, FAMILY_CIRCLE, MONDAY.plusWeeks(9)), LATER);
		assertLine("first Family Circle 5 weeks after allocation (standard: 6 with an EHA or 8 with an EHSP): met", Outcome.MET, FIRST_CIRCLE,
				aCase(ALLOCATION, MONDAY, FAMILY_CIRCLE, MONDAY.plusWeeks(5)), LATER);
		assertLine("first Family Circle 7 weeks after allocation (standard: 6 with an EHA or 8 with an EHSP): "
				+ "which standard applies depends on the assessment, and the one recorded does not say", Outcome.UNDETERMINED, FIRST_CIRCLE,
				add(aCase(ALLOCATION, MONDAY, FAMILY_CIRCLE, MONDAY.plusWeeks(7)), ASSESSMENT, MONDAY, "C&F"), LATER);
	}

	@Test
	void everyIntervalIsMeasuredAndTheWaitSinceTheLast() {
		Case aCase = aCase(FAMILY_CIRCLE, MONDAY, FAMILY_CIRCLE, MONDAY.plusWeeks(16), FAMILY_CIRCLE, MONDAY.plusWeeks(8), FAMILY_CIRCLE,
				MONDAY.plusWeeks(27));
		LocalDate last = MONDAY.plusWeeks(27);
		assertLine("Family Circles reviewed at 8, 8 and 11 weeks; 3 weeks since the last, on 13/07/2026 (standard: every 8): 1 of 3 outside the standard",
				Outcome.NOT_MET, REVIEWS, aCase, last.plusWeeks(3));
		assertLine("Family Circles reviewed at 8, 8 and 11 weeks; 10 weeks since the last, on 13/07/2026 (standard: every 8): 2 of 4 outside the standard",
				Outcome.NOT_MET, REVIEWS, aCase, last.plusWeeks(10));
		assertLine("Family Circles reviewed at 8 weeks and 7 weeks 6 days; 0 days since the last, on 26/04/2026 (standard: every 8): met", Outcome.MET, REVIEWS,
				aCase(FAMILY_CIRCLE, MONDAY, FAMILY_CIRCLE, MONDAY.plusWeeks(8), FAMILY_CIRCLE, MONDAY.plusWeeks(16).minusDays(1)),
				MONDAY.plusWeeks(16).minusDays(1));
		assertLine("Family Circles reviewed at 8 weeks; 9 weeks from the last, on 02/03/2026, to closure (standard: every 8): 1 of 2 outside the standard",
				Outcome.NOT_MET, REVIEWS, aCase(FAMILY_CIRCLE, MONDAY, FAMILY_CIRCLE, MONDAY.plusWeeks(8), CLOSURE, MONDAY.plusWeeks(17)), LATER);
	}

	@Test
	void oneOrNoneToMeasureEveryIntervalBy() {
		assertLine("one Family Circle only; 3 weeks since the last, on 05/01/2026 (standard: every 8): not yet due", Outcome.NOT_YET_DUE, REVIEWS,
				aCase(FAMILY_CIRCLE, MONDAY), MONDAY.plusWeeks(3));
		assertLine("one Family Circle only; 12 weeks since the last, on 05/01/2026 (standard: every 8): overdue", Outcome.OVERDUE, REVIEWS,
				aCase(FAMILY_CIRCLE, MONDAY), MONDAY.plusWeeks(12));
		assertLine("one Family Circle only, the last on 05/01/2026 (standard: every 8): not yet due", Outcome.NOT_YET_DUE, REVIEWS, aCase(FAMILY_CIRCLE, MONDAY),
				MONDAY.minusDays(1));
		assertLine("no Family Circle recorded (standard: every 8)", Outcome.MISSING, REVIEWS, aCase(ALLOCATION, MONDAY), LATER);
	}

	@Test
	void evidenceIsByItemInTheOrderOfTheRulesAndChangesNothing() {
		Case aCase = add(aCase(REFERRAL, MONDAY, ALLOCATION, MONDAY.plusWeeks(1), FIRST_CONTACT, MONDAY.plusWeeks(1).plusDays(1)), FAMILY_CIRCLE, null, null);
		Case before = EcoreUtil.copy(aCase);
		String practice = """
				<rule id="practice-contact" items="basic-7 extra" source="standard of practice" from="ALLOCATION" to="FIRST_CONTACT" unit="days">
				  <standard within="2"/>
				</rule>""";
		Map<String, List<Evidence>> evidence = CaseEvidence.evaluate(aCase, rules(ALLOCATION_TIMELY + CONTACT + practice), LATER);

		assertEquals(List.of("basic-4", "basic-7", "extra"), List.copyOf(evidence.keySet()));
		assertEquals(List.of("first contact 1 working day after allocation (standard: 5): met",
				"first contact 1 day after allocation (standard of practice: 2): met"), evidence.get("basic-7").stream().map(Evidence::text).toList());
		Evidence practiceLine = evidence.get("extra").get(0);
		assertEquals(new Evidence("extra", "practice-contact", Source.STANDARD_OF_PRACTICE, Outcome.MET, "first contact 1 day after allocation (standard of practice: 2): met"),
				practiceLine);
		assertTrue(EcoreUtil.equals(before, aCase), "the case is unchanged");
	}

	private static void assertLine(String text, Outcome outcome, String rule, Case aCase, LocalDate today) {
		List<Evidence> lines = CaseEvidence.evaluate(aCase, rules(rule), today).values().iterator().next();
		assertEquals(1, lines.size());
		assertEquals(text, lines.get(0).text());
		assertEquals(outcome, lines.get(0).outcome());
	}
}
