package org.qaworkbench.core.audits.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qaworkbench.core.audits.evidence.TestCases.aCase;
import static org.qaworkbench.core.audits.evidence.TestCases.add;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.qaworkbench.core.checklists.registry.ChecklistRegistry;
import org.qaworkbench.core.checklists.registry.PluginFolder;
import org.qaworkbench.core.checklists.registry.TestPlugins;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.KeyDateKind;

/** The case audit plugin's timescales, read from the extension registry, and plugins with broken ones. */
class TimescaleRegistryPTest {

	private static final String CASE_AUDIT = "org.qaworkbench.checklists.caseaudit";

	@TempDir
	Path temp;

	private PluginFolder installed;

	@AfterEach
	void tearDown() throws Exception {
		if (installed != null) {
			for (Bundle bundle : installed.installed()) {
				installed.uninstall(bundle.getSymbolicName());
			}
		}
	}

	@Test
	void theCaseAuditContributesEveryTimescaleOfBothAttachmentsForItsOwnQuestions() {
		TimescaleRegistry registry = new TimescaleRegistry(RegistryFactory.getRegistry());
		List<TimescaleRule> rules = registry.rules(CASE_AUDIT);

		assertEquals(List.of("allocation-timely", "contact-5-working-days", "assessment-10-weeks", "first-family-circle", "family-circle-reviews",
				"practice-contact", "practice-referrer-notified", "practice-first-visit", "practice-first-family-circle", "practice-early-help-assessment",
				"practice-support-meeting", "practice-family-circles", "practice-closure-summary"), rules.stream().map(TimescaleRule::id).toList());
		assertEquals(5, rules.stream().filter(rule -> rule.source() == Source.AUDIT_QUESTION).count());
		ChecklistDefinition definition = ChecklistRegistry.instance().newest(CASE_AUDIT).orElseThrow();
		Set<String> itemIds = definition.getSections().stream().flatMap(section -> section.getItems().stream()).map(item -> item.getItemId())
				.collect(Collectors.toSet());
		for (TimescaleRule rule : rules) {
			assertTrue(itemIds.containsAll(rule.items()), () -> rule.id() + " names an item the case audit does not have: " + rule.items());
		}
		assertEquals(List.of(), registry.broken());
		assertEquals(List.of(), registry.rules("org.qaworkbench.checklists.groupvisit"), "no timescales for the group visit");
	}

	@Test
	void theCaseAuditsRulesGiveEvidenceOnASampleCase() {
		LocalDate referral = LocalDate.of(2026, 1, 5);
		Case aCase = aCase(KeyDateKind.REFERRAL, referral, KeyDateKind.ALLOCATION, LocalDate.of(2026, 1, 19), KeyDateKind.REFERRER_NOTIFIED,
				LocalDate.of(2026, 1, 20), KeyDateKind.FIRST_CONTACT, LocalDate.of(2026, 1, 22), KeyDateKind.FIRST_VISIT, LocalDate.of(2026, 1, 26),
				KeyDateKind.SUPPORT_MEETING, LocalDate.of(2026, 3, 30), KeyDateKind.FAMILY_CIRCLE, LocalDate.of(2026, 3, 2), KeyDateKind.FAMILY_CIRCLE,
				LocalDate.of(2026, 4, 27), KeyDateKind.FAMILY_CIRCLE, LocalDate.of(2026, 7, 13));
		add(aCase, KeyDateKind.ASSESSMENT, LocalDate.of(2026, 2, 16), "EHA");

		Map<String, List<Evidence>> evidence = CaseEvidence.evaluate(aCase, TimescaleRegistry.instance().rules(CASE_AUDIT), LocalDate.of(2026, 8, 3));

		assertEquals(List.of("allocation 2 weeks after referral (standard: 2 weeks outstanding, over 12 weeks inadequate): met"), texts(evidence, "basic-4"));
		assertEquals(List.of("notification of the referrer 1 day after allocation (standard of practice: 2): met"), texts(evidence, "basic-6"));
		assertEquals(List.of("first contact 3 working days after allocation (standard: 5): met",
				"first contact 3 days after allocation (standard of practice: 2): not met"), texts(evidence, "basic-7"));
		assertEquals(List.of("assessment (EHA) 4 weeks after allocation (standard: 10): met"), texts(evidence, "assessment-1"));
		assertEquals(List.of("assessment (EHA) 4 weeks after allocation (standard: 10): met",
				"assessment (EHA) 4 weeks after allocation (standard of practice: 6): met"), texts(evidence, "assessment-2"));
		assertEquals(List.of("first Family Circle 6 weeks after allocation (standard: 6 with an EHA): met",
				"first Family Circle 6 weeks after allocation (standard of practice: 6 to 8): met"), texts(evidence, "assessment-6"));
		assertEquals(List.of(
				"Family Circles reviewed at 8 and 11 weeks; 3 weeks since the last, on 13/07/2026 (standard: every 8): 1 of 2 outside the standard",
				"Family Circles reviewed at 8 and 11 weeks; 3 weeks since the last, on 13/07/2026 (standard of practice: every 8): 1 of 2 outside the standard"),
				texts(evidence, "assessment-7"));
		assertEquals(List.of("first visit 7 days after allocation (standard of practice: 7): met"), texts(evidence, "recording-3"));
		assertEquals(List.of("support meeting 6 weeks after assessment (EHA) (standard of practice: 6 to 8): met"), texts(evidence, "plans-2"));
		assertEquals(List.of("no closure recorded to measure closure summary from (standard of practice: 1)"), texts(evidence, "plans-6"));
		assertEquals(Outcome.MISSING, evidence.get("recording-2").get(0).outcome());
	}

	@Test
	void brokenTimescalesAreReportedOnceAndSkippedWhileTheRestWork() throws Exception {
		installed = new PluginFolder(temp.resolve("data/plugins"), TestPlugins.context());
		String good = """
				<timescales>
				  <rule id="contact" items="q1" source="audit question" from="ALLOCATION" to="FIRST_CONTACT" unit="days"><standard within="2"/></rule>
				</timescales>""";
		installed.install(TestPlugins.plugin(temp, "test.timescales.good", "1.0.0",
				"<checklist file=\"checklists/test.xmi\"/><timescales definitionId=\"test.timescales\" file=\"checklists/t.xml\"/>",
				Map.of("checklists/test.xmi", TestPlugins.definition("test.timescales", "1.0.0"), "checklists/t.xml", good)));
		installed.install(TestPlugins.plugin(temp, "test.timescales.broken", "1.0.0",
				"<timescales definitionId=\"test.timescales\" file=\"checklists/broken.xml\"/>"
						+ "<timescales definitionId=\"test.timescales\" file=\"checklists/missing.xml\"/>"
						+ "<timescales file=\"checklists/broken.xml\"/>",
				Map.of("checklists/broken.xml", good.replace("unit=\"days\"", "unit=\"fortnights\""))));
		TimescaleRegistry registry = new TimescaleRegistry(RegistryFactory.getRegistry());

		List<TimescaleRule> rules = registry.rules("test.timescales");
		assertEquals(List.of("contact"), rules.stream().map(TimescaleRule::id).toList());
		List<TimescaleRegistry.Broken> broken = registry.broken();
		assertEquals(List.of(
				new TimescaleRegistry.Broken("test.timescales.broken", "checklists/broken.xml",
						"test.timescales.broken/checklists/broken.xml: rule 'contact': 'fortnights' is not a possible unit; write one of days, working days, weeks (line 2)"),
				new TimescaleRegistry.Broken("test.timescales.broken", "checklists/missing.xml", "there is no file checklists/missing.xml in the plugin"),
				new TimescaleRegistry.Broken("test.timescales.broken", "checklists/broken.xml", "its timescales element names no definitionId")), broken);
		assertEquals(broken, registry.broken(), "read once, reported the same");
		assertEquals(13, registry.rules(CASE_AUDIT).size(), "the case audit's timescales still work");

		installed.uninstall("test.timescales.broken");
		assertEquals(List.of(), registry.broken(), "gone with its plugin");
		assertEquals(1, registry.rules("test.timescales").size());
	}

	private static List<String> texts(Map<String, List<Evidence>> evidence, String item) {
		return evidence.getOrDefault(item, List.of()).stream().map(Evidence::text).toList();
	}
}
