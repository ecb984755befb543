package org.qaworkbench.core.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.Item;

/** The shipped supervision forms and policy: the policy's wording verbatim, its rules as data. */
class SupervisionFormsPTest {

	@Test
	void theContractHoldsTheCouncilsExpectationsTheSevenPurposesAndTheFiveAgreementsVerbatim() {
		SupervisionForm contract = SupervisionForms.newest(SupervisionForms.CONTRACT).orElseThrow();
		assertEquals("The Service Area expects all workers to be supervised at 6 weekly intervals.", texts(contract, SupervisionForm.EXPECTATIONS).get(0));
		assertEquals(List.of("To ensure that the worker is clear about his/her roles and responsibilities", "To ensure accountability for the work undertaken by the worker",
				"To assist in the worker's professional development", "To be a primary source of support for the worker",
				"To provide regular and constructive feedback to the worker on their performance", "To provide opportunity for reflective practice", "To monitor workload"),
				texts(contract, SupervisionForm.PURPOSES));
		assertEquals(List.of("Contribute", "Discuss any difficulties", "Be open and honest", "Value and respect one another", "Ensure confidentiality"),
				texts(contract, SupervisionForm.AGREEMENTS));
		assertEquals("To ensure that supervision is effective both parties agree to:", contract.title(SupervisionForm.AGREEMENTS, null));
		assertEquals("Where supervision takes place less frequently the reasons for this will be recorded. (eg. Part time workers).",
				contract.text(SupervisionForm.REASONS_LESS_FREQUENT, null));
		assertEquals("This agreement to be reviewed at (frequency):", contract.text(SupervisionForm.REVIEW, null));
	}

	@Test
	void theRecordHoldsTheFixedAgendaRowsVerbatimAndTheCaseworkFormItsHeadings() {
		SupervisionForm record = SupervisionForms.newest(SupervisionForms.RECORD).orElseThrow();
		assertEquals(List.of("Agenda items", "Training", "Roles and responsibilities", "Health and Safety", "Holidays, Toil or Flexi",
				"Case load decisions and actions recorded on Protocol"), record.agendaRows().stream().map(Item::getText).toList());
		assertEquals(List.of("Items Discussed", "Decisions Taken and Action Required", "By Whom and Timescale"), texts(record, SupervisionForm.COLUMNS));
		assertEquals("Date & Time of Next Supervision:", record.text(SupervisionForm.NEXT_SESSION, null));

		SupervisionForm casework = SupervisionForms.newest(SupervisionForms.CASEWORK).orElseThrow();
		assertEquals("Is the Support Plan update and SMART actions", casework.text(SupervisionForm.SUPPORT_PLAN, null));
		assertEquals("Analysis of current risk and is this risk being managed", casework.text(SupervisionForm.RISK, null));
		assertEquals("Actions and agreed way forward", casework.text(SupervisionForm.ACTIONS, null));
		SupervisionForm sessions = SupervisionForms.newest(SupervisionForms.SESSIONS).orElseThrow();
		assertEquals("Session Missed (Why?)", sessions.text(SupervisionForm.MISSED, null));
	}

	@Test
	void thePolicyIsDataSixWeeklyByDefaultMonthlyForPartTimeCaseworkThreeMonthlyAndMonthlyForChildProtection() {
		SupervisionPolicy policy = SupervisionForms.policy().orElseThrow();
		assertEquals("P6W", policy.expected().iso());
		assertEquals("P6W", policy.defaultFrequency(null).iso());
		assertEquals("P12M", policy.contractReview().iso());
		assertEquals("P3M", policy.caseworkInterval(CaseStatus.EARLY_HELP).iso());
		assertEquals("P1M", policy.caseworkInterval(CaseStatus.CHILD_PROTECTION).iso());
		assertEquals("6-weekly", policy.label("P6W"));
	}

	private static List<String> texts(SupervisionForm form, String sectionId) {
		return form.items(sectionId).stream().map(Item::getText).toList();
	}
}
