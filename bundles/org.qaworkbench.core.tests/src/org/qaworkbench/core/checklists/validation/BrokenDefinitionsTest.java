package org.qaworkbench.core.checklists.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Each file in testdata/broken is refused with the one message that names the file, the element and the fault. */
class BrokenDefinitionsTest {

	private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

	static {
		expect("duplicate-id.xmi",
				"item 'q1' in section 'b': the id 'q1' is already used by item 'q1' in section 'a'; every scale, section and item needs an id of its own");
		expect("graded-without-scale.xmi", "item 'q1': it is graded on a scale but names no scale");
		expect("condition-to-missing-item.xmi", "item 'q3': the condition refers to item 'q99', which is not in this checklist (line 7, column 29)");
		expect("condition-cycle.xmi", "item 'q2': the conditions go round in a circle ('q2' -> 'q3' -> 'q2'), so none of these items could ever be shown");
		expect("bad-condition-answer.xmi", "item 'q2': the condition's answer 'Yes' is not an answer item 'q1' can have (Y, N)");
		expect("matrix-files-0.xmi", "item 'm1': a tick matrix needs between 1 and 8 sampled files (matrixFiles), not 0");
		expect("matrix-files-9.xmi", "item 'm1': a tick matrix needs between 1 and 8 sampled files (matrixFiles), not 9");
		expect("choice-without-choices.xmi", "item 'c1': a choice item needs choices, and it has none");
		expect("mean-grade-without-graded.xmi",
				"the scoring of section 'a': 'Mean grade' needs at least one item graded on a scale in the section, and there is none");
		expect("count-yes-without-yes-no.xmi",
				"the overall scoring: 'Count of Yes' needs at least one Yes/No, Yes/No/N-A or tick matrix item in the checklist, and there is none");
		expect("custom-without-scorer.xmi", "the scoring of section 'a': 'Custom scorer' needs the scorerId of a contributed scorer");
		expect("missing-version.xmi", "checklist: it has no version; give it one, such as 1.0.0");
		expect("invalid-version.xmi", "checklist: the version '1.0-beta' is not a version such as 1.0.0 (major.minor.micro, then an optional qualifier)");
		expect("unknown-enum-literal.xmi", "item 'q1': 'YES_NO' is not a possible kind; write one of \"Graded on a scale\", \"Yes/No\", "
				+ "\"Yes/No/N-A\", \"Tick matrix\", \"Free text\", \"Date\", \"Number\", \"Single choice\", \"Multiple choice\" (line 5, column 57)");
		expect("not-xml.xmi", "this is not a checklist definition in XMI: Content is not allowed in prolog. (line 1, column 1)");
	}

	private static void expect(String file, String problem) {
		EXPECTED.put(file, problem);
	}

	@TestFactory
	Stream<DynamicTest> eachBrokenDefinitionIsRefusedWithItsMessage() {
		return EXPECTED.entrySet().stream().map(entry -> dynamicTest(entry.getKey(), () -> {
			String source = "testdata/broken/" + entry.getKey(); //$NON-NLS-1$
			DefinitionResult result = load(source);
			assertFalse(result.isValid());
			assertEquals(List.of(source + ": " + entry.getValue()), result.problems().stream().map(DefinitionProblem::toString).toList()); //$NON-NLS-1$
		}));
	}

	@Test
	void aProblemNamesTheFileTheElementAndTheFault() {
		DefinitionProblem problem = load("testdata/broken/condition-to-missing-item.xmi").problems().get(0); //$NON-NLS-1$
		assertEquals("testdata/broken/condition-to-missing-item.xmi", problem.source()); //$NON-NLS-1$
		assertEquals("item 'q3'", problem.element()); //$NON-NLS-1$
		assertTrue(problem.message().startsWith("the condition refers to item 'q99', which is not in this checklist"), problem.message()); //$NON-NLS-1$
	}

	@Test
	void aDefinitionThatCannotBeReadHasNoDefinition() {
		DefinitionResult result = load("testdata/broken/not-xml.xmi"); //$NON-NLS-1$
		assertTrue(result.definition().isEmpty());
		assertEquals(1, result.problems().size());
	}

	@Test
	void theGoodExampleHasNoProblem() {
		DefinitionResult result = load("testdata/good/visit.xmi"); //$NON-NLS-1$
		assertEquals(List.of(), result.problems());
		assertTrue(result.isValid());
		assertEquals("org.example.visit", result.definition().orElseThrow().getDefinitionId()); //$NON-NLS-1$
	}

	static DefinitionResult load(String path) {
		try (InputStream in = BrokenDefinitionsTest.class.getResourceAsStream('/' + path)) {
			assertNotNull(in, path + " is not in the test fragment"); //$NON-NLS-1$
			return DefinitionLoader.load(in, URI.createURI("test:/" + path), path).validated(); //$NON-NLS-1$
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}
}
