package org.qaworkbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class AssessmentXmiPTest {

	private static final QaFactory QA = QaFactory.eINSTANCE;
	private static final Instant SAVED_AT = Instant.parse("2026-11-22T14:03:07.123456789Z");
	private static final Instant SIGNED_AT = Instant.parse("2026-11-20T09:30:00Z");

	@Test
	void assessmentRoundTripsThroughXmiWithItsValues() throws IOException {
		Assessment original = assessment();
		Assessment copy = EcoreUtil.copy(original);

		XmiRoundTrip roundTrip = XmiRoundTrip.of(original);

		Assessment loaded = (Assessment) roundTrip.loaded;
		assertTrue(EcoreUtil.equals(copy, loaded), () -> "differs after loading:\n" + roundTrip.xmi);
		assertEquals(42L, loaded.getId());
		assertEquals(3, loaded.getRowVersion());
		assertEquals(SAVED_AT, loaded.getModifiedAt());
		assertEquals(LocalDate.of(2026, 11, 2), loaded.getStartedOn());
		assertEquals(LocalDate.of(2026, 11, 20), loaded.getCompletedOn());
		assertNull(loaded.getJudgement());
		assertEquals(AssessmentState.COMPLETED, loaded.getState());
		assertEquals(new BigDecimal("2.50"), loaded.getScores().get(0).getValue());
		assertEquals(new BigDecimal("-0.000001"), loaded.getScores().get(1).getValue());
		assertEquals(SIGNED_AT, loaded.getSignOffs().get(0).getAt());
		assertEquals(Role.TEAM_LEADER, loaded.getSignOffs().get(0).getRole());
		assertEquals(2, loaded.getAnswers().size());
		assertEquals("Yes", loaded.getAnswers().get(1).getValue());
		assertEquals(1, loaded.getAnswers().get(1).getFileIndex());
	}

	@Test
	void valuesAreWrittenAsIsoTextAndPlainDecimals() throws IOException {
		String xmi = XmiRoundTrip.of(assessment()).xmi;
		assertTrue(xmi.contains("modifiedAt=\"2026-11-22T14:03:07.123456789Z\""), xmi);
		assertTrue(xmi.contains("startedOn=\"2026-11-02\""), xmi);
		assertTrue(xmi.contains("value=\"2.50\""), xmi);
		assertTrue(xmi.contains("value=\"-0.000001\""), xmi);
	}

	@Test
	void dataTypesConvertThroughTheFactory() {
		assertNull(EcoreUtil.createFromString(QaPackage.Literals.LOCAL_DATE, ""));
		assertNull(EcoreUtil.createFromString(QaPackage.Literals.INSTANT, null));
		assertEquals(SIGNED_AT, EcoreUtil.createFromString(QaPackage.Literals.INSTANT, "2026-11-20T09:30:00Z"));
		assertNull(EcoreUtil.convertToString(QaPackage.Literals.BIG_DECIMAL, null));
		assertEquals("1000", EcoreUtil.convertToString(QaPackage.Literals.BIG_DECIMAL, new BigDecimal("1E+3")));
	}

	static Assessment assessment() {
		Assessment assessment = QA.createAssessment();
		assessment.setId(42L);
		assessment.setRowVersion(3);
		assessment.setModifiedBy("jsmith");
		assessment.setModifiedAt(SAVED_AT);
		assessment.setDefinitionId("org.qaworkbench.checklists.caseaudit");
		assessment.setDefinitionVersion("1.0.0");
		assessment.setSubjectKind(SubjectKind.CASE);
		assessment.setSubjectKey("LL123456");
		assessment.setStartedOn(LocalDate.of(2026, 11, 2));
		assessment.setCompletedOn(LocalDate.of(2026, 11, 20));
		assessment.setState(AssessmentState.COMPLETED);
		assessment.setComments("Thorough & clear <plan> \"quoted\"");

		Answer graded = QA.createAnswer();
		graded.setItemId("planning.overall");
		graded.setValue("2");
		graded.setComment("Well planned");
		Answer tick = QA.createAnswer();
		tick.setItemId("files.visits");
		tick.setFileIndex(1);
		tick.setValue("Yes");
		assessment.getAnswers().add(graded);
		assessment.getAnswers().add(tick);

		Score mean = QA.createScore();
		mean.setSectionId("planning");
		mean.setValue(new BigDecimal("2.50"));
		mean.setLabel("Good");
		Score tiny = QA.createScore();
		tiny.setSectionId("files");
		tiny.setValue(new BigDecimal("-0.000001"));
		assessment.getScores().add(mean);
		assessment.getScores().add(tiny);

		SignOff signOff = QA.createSignOff();
		signOff.setStep(SignOffStep.COMPLETION);
		signOff.setBy("jsmith");
		signOff.setRole(Role.TEAM_LEADER);
		signOff.setAt(SIGNED_AT);
		assessment.getSignOffs().add(signOff);
		return assessment;
	}
}
