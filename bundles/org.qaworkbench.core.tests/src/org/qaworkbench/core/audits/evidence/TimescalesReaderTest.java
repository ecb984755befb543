package org.qaworkbench.core.audits.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qaworkbench.core.audits.evidence.TestCases.read;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qaworkbench.core.checklists.validation.DefinitionProblem;
import org.qaworkbench.model.KeyDateKind;

/** Timescales files as a quality lead writes them, good and bad. */
class TimescalesReaderTest {

	@Test
	void aRuleIsReadWithItsStandards() {
		TimescalesResult result = read("""
				<?xml version="1.0" encoding="UTF-8"?>
				<timescales>
				  <!-- a comment -->
				  <rule id="first-circle" items="assessment-6, assessment-8" source="Audit question" from="Allocation" to="FAMILY_CIRCLE" unit="weeks"
				        label="first Family Circle">
				    <standard within="6" when="ASSESSMENT" detail="EHA" label="6 with an EHA"/>
				    <standard within="8" after="2" limit="12"/>
				  </rule>
				  <rule id="reviews" items="assessment-7" source="Standard-of-practice" measure="EVERY" to="First contact" unit=" Working_days ">
				    <standard within="8"/>
				  </rule>
				</timescales>""");
		assertEquals(List.of(), result.problems());
		assertTrue(result.isValid());
		TimescaleRule first = result.rules().get(0);
		assertEquals(new TimescaleRule("first-circle", List.of("assessment-6", "assessment-8"), Source.AUDIT_QUESTION, Measure.FIRST, KeyDateKind.ALLOCATION.getName(),
				KeyDateKind.FAMILY_CIRCLE.getName(), Unit.WEEKS, "first Family Circle",
				List.of(new Standard(6, 0, 0, KeyDateKind.ASSESSMENT.getName(), "EHA", "6 with an EHA"), new Standard(8, 2, 12, null, null, null))), first);
		TimescaleRule every = result.rules().get(1);
		assertEquals(Measure.EVERY, every.measure());
		assertEquals(null, every.from());
		assertEquals(KeyDateKind.FIRST_CONTACT.getName(), every.to());
		assertEquals(Unit.WORKING_DAYS, every.unit());
		assertEquals("first contact", every.subject());
	}

	@Test
	void standardsSayThemselvesFromTheirNumbersWithoutALabel() {
		assertEquals("5", new Standard(5, 0, 0, null, null, null).text(Measure.FIRST));
		assertEquals("6 to 8", new Standard(8, 6, 0, null, null, null).text(Measure.FIRST));
		assertEquals("2, limit 12", new Standard(2, 0, 12, null, null, null).text(Measure.FIRST));
		assertEquals("every 8", new Standard(8, 0, 0, null, null, null).text(Measure.EVERY));
		assertEquals("6 if the assessment is EHA", new Standard(6, 0, 0, KeyDateKind.ASSESSMENT.getName(), "EHA", null).text(Measure.FIRST));
		assertEquals("6 with an EHA", new Standard(6, 0, 0, KeyDateKind.ASSESSMENT.getName(), "EHA", "6 with an EHA").text(Measure.FIRST));
	}

	@Test
	void everyProblemOfARuleIsNamedAndTheFileGivesNoRules() {
		TimescalesResult result = read("""
				<timescales>
				  <rule id="a" items="" source="audit" from="ALLOCATION" to="FIRST_CONTAKT" unit="fortnights" witihn="5"/>
				  <rule id="a" items="x" source="audit question" measure="every" from="ALLOCATION" to="FAMILY_CIRCLE" unit="weeks">
				    <standard within="0"/>
				    <standard within="six"/>
				  </rule>
				  <rule items="x" source="audit question" from="ALLOCATION" to="ALLOCATION" unit="days">
				    <standard within="5" after="6" limit="5" when="ASSESSMENT"/>
				    <standards within="5"/>
				  </rule>
				  <rule id="b" items="x" source="audit question" measure="sometimes" from="ALLOCATION" to="CLOSURE" unit="days">
				    <standard within="5" when="TEA" detail="EHA"/>
				  </rule>
				  <note/>
				</timescales>""");
		assertFalse(result.isValid());
		assertEquals(List.of(), result.rules());
		assertEquals(List.of( //
				"test.xml: rule 'a': there is no attribute witihn here; write one of from, id, items, label, measure, source, to, unit (line 2)",
				"test.xml: rule 'a': it names no items: give the ids of the questions it bears on, such as items=\"basic-7\" (line 2)",
				"test.xml: rule 'a': 'audit' is not a possible source; write one of audit question, standard of practice (line 2)",
				"test.xml: rule 'a': 'FIRST_CONTAKT' is not a possible to; write one of REFERRAL, ALLOCATION, FIRST_CONTACT, REFERRER_NOTIFIED, FIRST_VISIT, "
						+ "ASSESSMENT, FAMILY_CIRCLE, SUPPORT_PLAN, SUPPORT_MEETING, SUPERVISION, CLOSURE_SUMMARY, CLOSURE, CHILD_SEEN (line 2)",
				"test.xml: rule 'a': 'fortnights' is not a possible unit; write one of days, working days, weeks (line 2)",
				"test.xml: rule 'a': it has no standard; add one such as <standard within=\"5\"/> (line 2)",
				"test.xml: rule 'a': the id 'a' is used by an earlier rule (line 3)",
				"test.xml: rule 'a': a rule with measure=\"every\" takes no from: it measures from one key date of its kind to the next (line 3)",
				"test.xml: rule 'a': within must be a whole number of at least 1, not '0' (line 4)",
				"test.xml: rule 'a': within must be a whole number of at least 1, not 'six' (line 5)",
				"test.xml: rule 3: it has no id; give each rule an id of its own, such as first-contact (line 7)",
				"test.xml: rule 3: it measures from ALLOCATION to ALLOCATION; for the time between one and the next, write measure=\"every\" without from (line 7)",
				"test.xml: rule 3: after (6) is more than within (5), so the standard could never be met (line 8)",
				"test.xml: rule 3: limit (5) must be more than within (5) (line 8)",
				"test.xml: rule 3: when and detail go together: when names a key date and detail what it must say, as in when=\"ASSESSMENT\" detail=\"EHA\" (line 8)",
				"test.xml: rule 3: there is no element <standards> here (line 9)",
				"test.xml: rule 'b': 'sometimes' is not a possible measure; write one of first, every (line 11)",
				"test.xml: rule 'b': 'TEA' is not a possible when; write one of REFERRAL, ALLOCATION, FIRST_CONTACT, REFERRER_NOTIFIED, FIRST_VISIT, "
						+ "ASSESSMENT, FAMILY_CIRCLE, SUPPORT_PLAN, SUPPORT_MEETING, SUPERVISION, CLOSURE_SUMMARY, CLOSURE, CHILD_SEEN (line 12)",
				"test.xml: rule 5: there is no element <note> here (line 14)"), //
				result.problems().stream().map(DefinitionProblem::toString).toList());
	}

	@Test
	void aFileThatIsNotTimescalesIsRefused() {
		assertEquals(List.of("test.xml: the file must hold <timescales>, not <plugin>"), problems("<plugin/>"));
		List<String> notXml = problems("<timescales><rule></timescales>");
		assertEquals(1, notXml.size());
		assertTrue(notXml.get(0).startsWith("test.xml: this is not a timescales file in XML: "), notXml.get(0));
		assertTrue(problems("<!DOCTYPE timescales [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><timescales>&x;</timescales>").get(0)
				.startsWith("test.xml: this is not a timescales file in XML: "), "no DOCTYPE, no external entities");
		assertEquals(List.of(), problems("<timescales/>"));
	}

	private static List<String> problems(String xml) {
		return read(xml).problems().stream().map(DefinitionProblem::toString).toList();
	}
}
