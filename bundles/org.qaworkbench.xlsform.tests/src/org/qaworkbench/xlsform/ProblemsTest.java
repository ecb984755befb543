package org.qaworkbench.xlsform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qaworkbench.xlsform.internal.Sheet;
import org.qaworkbench.xlsform.internal.WorkbookReader;

/** Every problem of a workbook names its sheet, row and column, and says what to write instead. */
class ProblemsTest {

	private static final String[] SURVEY = { "type", "name", "label", "required", "relevant", "files", "minimum", "maximum", "not_before", "score" };

	@Test
	void everyProblemNamesItsSheetRowAndColumn() {
		WorkbookResult read = read(List.of( //
				row("begin_group", "basic", "Basic", "", "", "", "", "", "", "mean_grade"), // 2
				row("grade quality", "basic-1", "Q1", "yes"), // 3
				row("yes_no", "basic-2", "Q2"), // 4
				row("yes_no", "basic-3", "Q3", "", "${basic-2} = 'N' and ${basic-1} = '1'"), // 5
				row("yes_no", "basic-4", "Q4", "", "${basic-2} != 'N'"), // 6
				row("text", "basic-5", "Q5", "", "${nowhere} = 'x'"), // 7
				row("select_one nolist", "basic-6", "Q6"), // 8
				row("matrix", "basic-7", "Q7"), // 9
				row("decimal", "basic-8", "Q8", "", "", "", "10", "5"), // 10
				row("date", "basic-9", "Q9", "", "", "", "", "", "basic-2"), // 11
				row("yes_no", "basic-2", "Q2 again"), // 12
				row("text", "", "Q without a name"), // 13
				row("yes_no", "basic-10", "Q10", "", "${basic-2} = 'N' or ${basic-4} = 'N'"), // 14
				row("yes_no", "basic-11", ""), // 15
				row("yes_no", "basic-12", "Q12", "sometimes", "string-length(${basic-5}) > 3"), // 16
				row("end_group")), //
				List.of(List.of("list_name", "name", "label"), List.of("quality", "1", "Good"), List.of("quality", "x", "Bad")),
				List.of(List.of("form_id", "form_title", "version", "subject_kind"), List.of("org.example.test", "Test", "2024110501", "household")));

		assertFalse(read.isValid());
		assertTrue(read.definition().isEmpty());
		List<String> problems = read.problems().stream().map(WorkbookProblem::toString).toList();
		for (WorkbookProblem problem : read.problems()) {
			assertTrue(problem.row() > 0 && !problem.column().isEmpty(), () -> "not at a cell: " + problem);
			assertTrue(problem.toString().matches("(survey|choices|settings) row \\d+, column [a-z_]+: .+"), problem.toString());
		}
		assertContains(problems, "settings row 2, column version: the version '2024110501' is not a version such as 1.0.0");
		assertContains(problems, "settings row 2, column subject_kind: 'household' is not a subject_kind; write one of case, practitioner, group_session");
		assertContains(problems, "survey row 5, column relevant: 'and' cannot be read here");
		assertContains(problems, "survey row 6, column relevant: '!=' cannot be read here: name the answers that show the question instead, as in ${basic-2} = 'Y'");
		assertContains(problems, "survey row 7, column relevant: there is no question named 'nowhere'");
		assertContains(problems, "survey row 8, column type: there is no list 'nolist' in the choices sheet");
		assertContains(problems, "survey row 9, column files: a matrix question needs files");
		assertContains(problems, "survey row 10, column minimum: its minimum 10 is more than its maximum 5");
		assertContains(problems, "survey row 11, column not_before: notBefore names item 'basic-2', which is not another date item");
		assertContains(problems, "survey row 12, column name: the id 'basic-2' is already used by");
		assertContains(problems, "survey row 13, column name: a question needs a name");
		assertContains(problems, "survey row 14, column relevant: the condition names both basic-2 and basic-4");
		assertContains(problems, "survey row 15, column label: it has no text");
		assertContains(problems, "survey row 16, column required: write yes or no, not 'sometimes'");
		assertContains(problems, "survey row 16, column relevant: 'string-length' cannot be read here: write the answers that show the question as");
		assertContains(problems, "choices row 3, column name: 'x' is not a whole number");
	}

	@Test
	void aTimescaleProblemIsAtItsRowAndColumn() {
		List<List<String>> timescales = List.of(List.of("id", "items", "source", "from", "to", "unit", "within", "after"),
				List.of("contact", "q1", "audit question", "Allocation", "First contact", "fortnights", "5"), // 2
				List.of("visit", "q1 q9", "audit question", "Allocation", "First visit", "days", "5", "7")); // 3
		WorkbookResult read = WorkbookReader.read(List.of(survey(List.of(row("begin_group", "s", "S"), row("yes_no", "q1", "Q1"), row("end_group"))),
				new Sheet("timescales", timescales)), "test.xlsx", "test");
		List<String> problems = read.problems().stream().filter(WorkbookProblem::isError).map(WorkbookProblem::toString).toList();
		assertContains(problems, "timescales row 2, column unit: 'fortnights' is not a possible unit");
		assertContains(problems, "timescales row 3, column items: there is no question named 'q9'");
		assertContains(problems, "timescales row 3, column after: after (7) is more than within (5)");
		assertEquals(3, problems.size(), () -> "problems: " + problems);
		assertTrue(read.timescales().isEmpty());
	}

	@Test
	void aWorkbookWithoutASurveySheetSaysWhereTheQuestionsGo() {
		WorkbookResult read = WorkbookReader.read(List.of(new Sheet("Sheet1", List.of(List.of("question")))), "test.xlsx", "test");
		assertEquals(List.of("survey: the workbook has no sheet named survey: the questions go there, one a row, with the columns type, name and label"),
				read.errors().stream().map(WorkbookProblem::toString).toList());
		assertEquals(List.of("Sheet1: the sheet Sheet1 has no meaning here and was left out (the sheets read are survey, choices, settings and timescales)"),
				read.unsupported().stream().map(WorkbookProblem::toString).toList());
	}

	private static WorkbookResult read(List<List<String>> survey, List<List<String>> choices, List<List<String>> settings) {
		return WorkbookReader.read(List.of(survey(survey), new Sheet("choices", choices), new Sheet("settings", settings)), "test.xlsx", "test");
	}

	private static Sheet survey(List<List<String>> rows) {
		List<List<String>> all = new ArrayList<>();
		all.add(List.of(SURVEY));
		all.addAll(rows);
		return new Sheet("survey", all);
	}

	private static List<String> row(String... cells) {
		return List.of(cells);
	}

	private static void assertContains(List<String> problems, String start) {
		assertTrue(problems.stream().anyMatch(problem -> problem.startsWith(start)), () -> "no problem starting \"" + start + "\" in\n" + String.join("\n", problems));
	}
}
