package org.qaworkbench.xlsform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.ScoringMethod;
import org.qaworkbench.model.Section;
import org.qaworkbench.xlsform.internal.Sheet;
import org.qaworkbench.xlsform.internal.XlsxReader;

/** {@code qa checklists new}'s workbook: valid as written, every kind of question once, and a read me sheet. */
class TemplateRoundTripTest {

	@TempDir
	Path temp;

	@Test
	void theTemplateIsAValidChecklistWithEveryKindOfQuestion() throws Exception {
		Path xlsx = temp.resolve("home-visit.xlsx");
		ChecklistWorkbooks.template("Home visit audit", xlsx);

		WorkbookResult read = ChecklistWorkbooks.read(xlsx);
		assertTrue(read.isValid(), () -> "problems: " + read.problems());
		assertEquals(List.of(), read.problems());
		ChecklistDefinition definition = read.definition().orElseThrow();
		assertEquals("org.example.home-visit-audit", definition.getDefinitionId());
		assertEquals("Home visit audit", definition.getTitle());
		assertEquals("1.0.0", definition.getVersion());
		assertEquals(List.of("visit", "practice", "checks"), definition.getSections().stream().map(Section::getSectionId).toList());
		Set<ItemKind> kinds = items(definition).stream().map(Item::getKind).collect(Collectors.toSet());
		assertEquals(EnumSet.allOf(ItemKind.class), kinds);
		assertEquals(ScoringMethod.MEAN_GRADE, definition.getOverallScoring().getMethod());
		assertEquals(ScoringMethod.PERCENT_YES, definition.getSections().get(2).getScoring().getMethod());
		Item shared = items(definition).stream().filter(item -> item.getItemId().equals("checks-plan-shared")).findFirst().orElseThrow();
		assertEquals("checks-plan", shared.getCondition().getItem().getItemId());
		assertEquals(List.of("Y"), shared.getCondition().getAnswers());
		assertEquals(1, read.timescales().size());
		// integer has no whole-number rule here: that is said, not hidden
		assertEquals(1, read.unsupported().size(), () -> "left out: " + read.unsupported());
		assertTrue(read.unsupported().get(0).toString().startsWith("survey row 7, column type: integer"), read.unsupported().get(0).toString());

		List<String> sheets = XlsxReader.read(xlsx).stream().map(Sheet::name).toList();
		assertEquals(List.of("survey", "choices", "settings", "timescales", "read me"), sheets);
	}

	@Test
	void theTemplateWrittenBackReadsAsTheSameChecklist() throws Exception {
		Path template = temp.resolve("template.xlsx");
		ChecklistWorkbooks.template("Home visit audit", template);
		WorkbookResult first = ChecklistWorkbooks.read(template);

		Path again = temp.resolve("again.xlsx");
		ChecklistWorkbooks.write(first.definition().orElseThrow(), first.timescales(), again);
		WorkbookResult second = ChecklistWorkbooks.read(again);

		assertTrue(second.isValid(), () -> "problems: " + second.problems());
		assertTrue(EcoreUtil.equals(first.definition().orElseThrow(), second.definition().orElseThrow()), "the definitions differ");
		assertEquals(first.timescales(), second.timescales());
		assertEquals(List.of(), second.unsupported(), "an export uses only what has a meaning here");
	}

	static List<Item> items(ChecklistDefinition definition) {
		return definition.getSections().stream().flatMap(section -> section.getItems().stream()).toList();
	}
}
