package org.qaworkbench.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.testing.TestAccounts;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.Scale;
import org.qaworkbench.model.Section;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionSession;

class DemoServicePTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@TempDir
	Path temp;

	@Test
	void aLivingServiceOfThreeLocalitiesWithAYearOfWork() throws Exception {
		try (Store store = open("one")) {
			DemoService.Summary summary = new DemoService(store, new Actor("demo"), 7, 1, TODAY).generate(definition());

			assertEquals(List.of("Hadley Castle", "The Wrekin", "Lakeside South"), store.records().list(Locality.class).stream().map(Locality::getName).toList());
			long staff = store.records().count(StaffMember.class);
			assertTrue(staff >= 35 && staff <= 45, "about forty staff: " + staff);
			long cases = store.records().count(Case.class);
			assertTrue(cases >= 550 && cases <= 650, "about six hundred cases: " + cases);
			Set<AssessmentState> states = EnumSet.noneOf(AssessmentState.class);
			List<LocalDate> completed = new ArrayList<>();
			store.records().forEach(Assessment.class, audit -> {
				states.add(audit.getState());
				if (audit.getCompletedOn() != null) {
					completed.add(audit.getCompletedOn());
				}
			});
			assertEquals(EnumSet.allOf(AssessmentState.class), states, "audits in every workflow state");
			assertTrue(completed.stream().allMatch(date -> !date.isAfter(TODAY) && date.isAfter(TODAY.minusYears(1))), "a year of audits");
			long[] overdue = { 0 };
			store.records().forEach(RemedialAction.class, action -> overdue[0] += action.getAssessment() != null && action.getCompletedOn() == null && action.getDueOn().isBefore(TODAY) ? 1 : 0);
			assertTrue(overdue[0] > 0, "some actions are overdue");
			assertEquals(summary.overdueActions, overdue[0]);
			assertTrue(store.records().count(DirectObservation.class) >= 27, "every practitioner observed");
			assertTrue(store.records().count(SupervisionSession.class) > 300, "a year of supervision sessions");
		}
	}

	@Test
	void theSameSeedGivesTheSameServiceAndScaleMultipliesIt() throws Exception {
		List<String> first;
		List<String> second;
		long scaledCases;
		try (Store store = open("first")) {
			new DemoService(store, new Actor("demo"), 11, 1, TODAY).generate(definition());
			first = fingerprint(store);
		}
		try (Store store = open("second")) {
			new DemoService(store, new Actor("demo"), 11, 1, TODAY).generate(definition());
			second = fingerprint(store);
		}
		assertEquals(first, second);
		try (Store store = open("scaled")) {
			new DemoService(store, new Actor("demo"), 11, 2, TODAY).generate(definition());
			scaledCases = store.records().count(Case.class);
		}
		assertEquals(2 * first.stream().filter(line -> line.startsWith("case ")).count(), scaledCases);
	}

	private Store open(String folder) throws Exception {
		return TestAccounts.open(temp.resolve(folder));
	}

	private static List<String> fingerprint(Store store) {
		List<String> lines = new ArrayList<>();
		store.records().forEach(Case.class, c -> lines.add("case " + c.getCaseNumber() + " " + c.getChild().getName() + " " + c.getKeyDates().size()));
		store.records().forEach(Assessment.class, a -> lines.add("audit " + a.getSubjectKey() + " " + a.getState() + " " + a.getJudgement() + " "
				+ a.getAnswers().stream().map(answer -> answer.getValue()).toList()));
		return lines;
	}

	/** A small case audit: graded questions and a Yes/No question with a follow-up asked only after No. */
	static ChecklistDefinition definition() {
		QaFactory qa = QaFactory.eINSTANCE;
		ChecklistDefinition definition = qa.createChecklistDefinition();
		definition.setDefinitionId(DemoDataCommand.CASE_AUDIT);
		definition.setVersion("1.0.0");
		definition.setTitle("Case audit");
		Scale scale = qa.createScale();
		scale.setScaleId("grade");
		scale.setName("Audit grade");
		for (int value = 1; value <= 5; value++) {
			Level level = qa.createLevel();
			level.setValue(value);
			level.setLabel("Grade " + value);
			level.setNotApplicable(value == 5);
			scale.getLevels().add(level);
		}
		definition.getScales().add(scale);
		Section section = qa.createSection();
		section.setSectionId("basic");
		Item caseNumber = qa.createItem();
		caseNumber.setItemId("details-llcs");
		caseNumber.setKind(ItemKind.TEXT);
		caseNumber.setRequired(true);
		section.getItems().add(caseNumber);
		for (String dateId : new String[] { "details-audit-date", "details-supervision-date" }) {
			Item date = qa.createItem();
			date.setItemId(dateId);
			date.setKind(ItemKind.DATE);
			date.setRequired(dateId.equals("details-audit-date"));
			section.getItems().add(date);
		}
		for (int i = 1; i <= 10; i++) {
			Item item = qa.createItem();
			item.setItemId("q" + i);
			item.setKind(ItemKind.GRADED);
			item.setScale(scale);
			item.setRequired(true);
			section.getItems().add(item);
		}
		Item atReferral = qa.createItem();
		atReferral.setItemId("atReferral");
		atReferral.setKind(ItemKind.YES_NO);
		atReferral.setRequired(true);
		Item followUp = qa.createItem();
		followUp.setItemId("within10Weeks");
		followUp.setKind(ItemKind.YES_NO);
		followUp.setRequired(true);
		followUp.setCondition(qa.createCondition());
		followUp.getCondition().setItem(atReferral);
		followUp.getCondition().getAnswers().add("N");
		section.getItems().add(atReferral);
		section.getItems().add(followUp);
		definition.getSections().add(section);
		return definition;
	}
}
