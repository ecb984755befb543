package org.qaworkbench.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.qaworkbench.core.checklists.scoring.Checklists;
import org.qaworkbench.core.store.InvalidRecordException.Problem;
import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.Child;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.ScoringMethod;
import org.qaworkbench.model.Section;

/** The values an answer may hold, as the store and the editors both ask: bounded numbers, grades, plausible dates, texts. */
class AnswerValuesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
	private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());

	private final Checklists checklists = new Checklists();
	private final Section section = checklists.section("s", Checklists.rule(ScoringMethod.NONE));
	private final AnswerValues values = new AnswerValues(CLOCK);

	private String refusal(Item item, String value) {
		return values.refusal(item, value, checklists.assessment());
	}

	private List<Problem> problems() {
		return new RecordValidator(hash -> Optional.of(checklists.definition()), CLOCK).problems(checklists.assessment());
	}

	@Test
	void numbersAreBoundedInDigitsBeforeAnythingParsesThem() {
		Item count = checklists.item(section, "count", ItemKind.NUMBER);
		assertNull(refusal(count, "12"));
		assertNull(refusal(count, "3.5"));
		assertNull(refusal(count, "999999999999999.999999"));
		for (String unbounded : List.of("1e99999999", "1e40000", "1".repeat(401), "1".repeat(16), "0.1234567", "12,5", "1e3")) {
			assertTrue(AnswerValues.number(unbounded).isEmpty(), unbounded);
			String refused = refusal(count, unbounded);
			assertTrue(refused != null && refused.endsWith("is not a number such as 12 or 3.5 (at most 15 digits before the decimal point and 6 after)"), refused);
			assertTrue(refused.length() < 120, "a long value is not repeated whole: " + refused);
		}
		checklists.answer(count, 0, "1e99999999");
		assertEquals(List.of("answers[count]"), problems().stream().map(Problem::field).toList(), "the store refuses it too");
	}

	@Test
	void aNumberIsWithinTheRangeItsDefinitionDeclaresAndNotNegativeUnlessDeclared() {
		Item count = checklists.item(section, "count", ItemKind.NUMBER);
		assertEquals("-5 is less than 0, the smallest answer this question takes", refusal(count, "-5"));
		count.setMinimum(new BigDecimal("1"));
		count.setMaximum(new BigDecimal("5"));
		assertEquals("0 is less than 1, the smallest answer this question takes", refusal(count, "0"));
		assertEquals("6 is more than 5, the largest answer this question takes", refusal(count, "6"));
		assertNull(refusal(count, "5"));
		count.setMinimum(new BigDecimal("-10"));
		assertNull(refusal(count, "-5"));
	}

	@Test
	void aGradeOffTheScaleSaysWhichGradesThereAre() {
		Item graded = checklists.item(section, "graded", ItemKind.GRADED);
		for (String grade : List.of("0", "7", "9")) {
			assertEquals(grade + " is not a grade on the scale Quality of case file measure (1, 2, 3, 4, 5)", refusal(graded, grade));
		}
		assertNull(refusal(graded, "4"));
	}

	@Test
	void aDateAfterTodayOrLongAgoIsRefusedUnlessTheItemIsPlanned() {
		Item visit = checklists.item(section, "visit", ItemKind.DATE);
		assertEquals("31/12/2099 is after today (30/11/2026): this date cannot be in the future", refusal(visit, "2099-12-31"));
		assertEquals("01/12/2026 is after today (30/11/2026): this date cannot be in the future", refusal(visit, "2026-12-01"));
		assertNull(refusal(visit, "2026-11-30"));
		assertEquals("31/12/1899 is before 01/01/1900: check the year", refusal(visit, "1899-12-31"));
		assertEquals("2026-02-31 is not a date", refusal(visit, "2026-02-31"));
		visit.setFuture(true);
		assertNull(refusal(visit, "2027-01-15"), "a planned date may be in the future");
	}

	@Test
	void aDateCannotPrecedeTheDateItIsDeclaredNotToBeBeforeWhicheverIsTypedLast() {
		Item born = checklists.item(section, "born", ItemKind.DATE);
		Item allocated = checklists.item(section, "allocated", ItemKind.DATE);
		allocated.setNotBefore(born);
		checklists.answer(born, 0, "2020-05-05");
		assertEquals("01/01/2020 is before 05/05/2020, the answer to 'Question born'", refusal(allocated, "2020-01-01"));
		assertNull(refusal(allocated, "2020-05-05"));

		checklists.assessment().getAnswers().clear();
		checklists.answer(allocated, 0, "2020-01-01");
		assertEquals("05/05/2020 is after 01/01/2020, the answer to 'Question allocated'", refusal(born, "2020-05-05"));
		checklists.answer(born, 0, "2020-05-05");
		assertEquals(List.of("answers[allocated]", "answers[born]"), problems().stream().map(Problem::field).toList(), "the store refuses the pair, naming both");
	}

	@Test
	void textsLongerThanAStoreKeepsAreRefusedByNameWithTheLimit() {
		Item text = checklists.item(section, "notes", ItemKind.TEXT);
		String longest = "x".repeat(AnswerValues.MOST_CHARACTERS);
		assertNull(refusal(text, longest));
		assertEquals("it is 32,673 characters long; a text can hold at most 32,672", refusal(text, longest + "x"));

		checklists.answer(text, 0, "fine");
		checklists.assessment().getAnswers().get(0).setComment("y".repeat(100_000));
		checklists.assessment().setLessonsLearnt(longest + "z");
		assertEquals(List.of("answers[notes]: it is 100,000 characters long; a text can hold at most 32,672",
				"lessonsLearnt: it is 32,673 characters long; a text can hold at most 32,672"), problems().stream().map(Problem::toString).toList());
	}

	@Test
	void aCaseIsNotAllocatedBeforeTheChildWasBornNorBornAfterToday() {
		QaFactory qa = QaFactory.eINSTANCE;
		Case aCase = qa.createCase();
		aCase.setCaseNumber("LL100001");
		Child child = qa.createChild();
		child.setDateOfBirth(LocalDate.of(2021, 3, 1));
		aCase.setChild(child);
		Allocation allocation = qa.createAllocation();
		allocation.setAllocatedOn(LocalDate.of(2020, 6, 1));
		aCase.getAllocations().add(allocation);
		RecordValidator validator = new RecordValidator(hash -> Optional.empty(), CLOCK);
		assertEquals(List.of("allocations[0].allocatedOn: allocated on 01/06/2020, before the child's date of birth 01/03/2021"),
				validator.problems(aCase).stream().map(Problem::toString).toList());
		allocation.setAllocatedOn(LocalDate.of(2021, 3, 1));
		child.setDateOfBirth(TODAY.plusDays(1));
		assertEquals(List.of("child.dateOfBirth: 01/12/2026 is in the future", "allocations[0].allocatedOn: allocated on 01/03/2021, before the child's date of birth 01/12/2026"),
				validator.problems(aCase).stream().map(Problem::toString).toList());
	}
}
