package org.qaworkbench.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.qaworkbench.core.InstalledChecklists.Contribution;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Condition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.Section;

/** The checklist plugins built from the seed forms: each definition file loads cleanly and says what the form says. */
class SeedChecklistsPTest {

	private static final String CASE_AUDIT = "org.qaworkbench.checklists.caseaudit"; //$NON-NLS-1$
	private static final String GROUP_VISIT = "org.qaworkbench.checklists.groupvisit"; //$NON-NLS-1$
	private static final String INCREDIBLE_YEARS = "org.qaworkbench.checklists.incredibleyears"; //$NON-NLS-1$
	private static final String SUPERVISION_AUDIT = "org.qaworkbench.checklists.supervisionaudit"; //$NON-NLS-1$
	private static final String FAMILY_FEEDBACK = "org.qaworkbench.checklists.familyfeedback"; //$NON-NLS-1$

	@TestFactory
	Stream<DynamicContainer> everyContributedDefinitionIsWellFormed() {
		List<Contribution> contributions = contributions();
		assertFalse(contributions.isEmpty(), "no checklist contributions in the test runtime"); //$NON-NLS-1$
		return contributions.stream().map(contribution -> dynamicContainer(contribution.bundle() + '/' + contribution.file(), Stream.of(
				dynamicTest("is a definition named after its bundle", () -> isNamedAfterItsBundle(contribution)), //$NON-NLS-1$
				dynamicTest("has unique ids", () -> hasUniqueIds(load(contribution))), //$NON-NLS-1$
				dynamicTest("has well-formed items", () -> hasWellFormedItems(load(contribution))), //$NON-NLS-1$
				dynamicTest("has resolved conditions", () -> hasResolvedConditions(load(contribution)))))); //$NON-NLS-1$
	}

	@Test
	void theFiveSeedChecklistsAreInstalled() {
		Set<String> bundles = contributions().stream().map(Contribution::bundle).collect(Collectors.toSet());
		for (String expected : List.of(CASE_AUDIT, GROUP_VISIT, INCREDIBLE_YEARS, SUPERVISION_AUDIT, FAMILY_FEEDBACK)) {
			assertTrue(bundles.contains(expected), () -> expected + " contributes no checklist; installed: " + bundles); //$NON-NLS-1$
		}
	}

	@Test
	void incredibleYearsHasItsTwentyEightItemsInFiveSections() {
		ChecklistDefinition definition = load(contributionOf(INCREDIBLE_YEARS));
		assertEquals(5, definition.getSections().size());
		assertEquals(28, items(definition).filter(item -> item.getKind() == ItemKind.YES_NO_NA).count());
		for (Section section : definition.getSections()) {
			assertTrue(section.getItems().stream().anyMatch(item -> item.getKind() == ItemKind.YES_NO_NA), section.getTitle());
		}
	}

	@Test
	void supervisionAuditHasItsTwelveTickMatrixQuestions() {
		ChecklistDefinition definition = load(contributionOf(SUPERVISION_AUDIT));
		assertEquals(12, items(definition).filter(item -> item.getKind() == ItemKind.TICK_MATRIX).count());
	}

	@Test
	void caseAuditHasItsQuestionsAndAFollowUpOnANo() {
		ChecklistDefinition definition = load(contributionOf(CASE_AUDIT));
		long questions = items(definition).filter(item -> item.getKind() == ItemKind.GRADED || item.getKind() == ItemKind.YES_NO).count();
		assertTrue(questions >= 35, () -> "only " + questions + " graded or Yes/No questions"); //$NON-NLS-1$
		assertTrue(items(definition).anyMatch(item -> item.getCondition() != null && item.getCondition().getAnswers().contains("N")), //$NON-NLS-1$
				"no follow-up question relevant on a No"); //$NON-NLS-1$
	}

	private static void isNamedAfterItsBundle(Contribution contribution) {
		assertEquals(contribution.bundle(), load(contribution).getDefinitionId());
	}

	private static void hasUniqueIds(ChecklistDefinition definition) {
		List<String> ids = new ArrayList<>();
		definition.getScales().forEach(scale -> ids.add(scale.getScaleId()));
		for (Section section : definition.getSections()) {
			ids.add(section.getSectionId());
			section.getItems().forEach(item -> ids.add(item.getItemId()));
		}
		assertFalse(ids.contains(null), "an id is missing"); //$NON-NLS-1$
		Map<String, Integer> counts = new HashMap<>();
		ids.forEach(id -> counts.merge(id, 1, Integer::sum));
		Set<String> duplicates = new TreeSet<>();
		counts.forEach((id, count) -> {
			if (count > 1) {
				duplicates.add(id);
			}
		});
		assertTrue(duplicates.isEmpty(), () -> "duplicate ids: " + duplicates); //$NON-NLS-1$
	}

	private static void hasWellFormedItems(ChecklistDefinition definition) {
		items(definition).forEach(item -> {
			String where = item.getItemId();
			assertTrue(item.getText() != null && !item.getText().isBlank(), where + " has no text"); //$NON-NLS-1$
			if (item.getKind() == ItemKind.GRADED) {
				assertNotNull(item.getScale(), where + " is graded but has no scale"); //$NON-NLS-1$
				assertFalse(item.getScale().eIsProxy(), where + " has an unresolved scale"); //$NON-NLS-1$
				assertSame(definition, item.getScale().eContainer(), where + "'s scale is not in its definition"); //$NON-NLS-1$
			}
			if (item.getKind() == ItemKind.TICK_MATRIX) {
				assertTrue(item.getMatrixFiles() >= 1 && item.getMatrixFiles() <= 8, where + " has matrixFiles " + item.getMatrixFiles()); //$NON-NLS-1$
			}
			if (item.getKind() == ItemKind.SINGLE_CHOICE || item.getKind() == ItemKind.MULTIPLE_CHOICE) {
				assertTrue(item.getChoices().size() >= 2, where + " offers fewer than two choices"); //$NON-NLS-1$
			}
		});
	}

	private static void hasResolvedConditions(ChecklistDefinition definition) {
		items(definition).filter(item -> item.getCondition() != null).forEach(item -> {
			Condition condition = item.getCondition();
			String where = item.getItemId();
			assertNotNull(condition.getItem(), where + "'s condition names no item"); //$NON-NLS-1$
			assertFalse(condition.getItem().eIsProxy(), where + "'s condition item is unresolved"); //$NON-NLS-1$
			assertTrue(EcoreUtil.isAncestor(definition, condition.getItem()), where + "'s condition item is in another definition"); //$NON-NLS-1$
			assertFalse(condition.getAnswers().isEmpty(), where + "'s condition lists no answers"); //$NON-NLS-1$
		});
	}

	private static Stream<Item> items(ChecklistDefinition definition) {
		return definition.getSections().stream().flatMap(section -> section.getItems().stream());
	}

	private static List<Contribution> contributions() {
		return InstalledChecklists.in(RegistryFactory.getRegistry());
	}

	private static Contribution contributionOf(String bundle) {
		return contributions().stream().filter(contribution -> contribution.bundle().equals(bundle)).findFirst()
				.orElseThrow(() -> new AssertionError(bundle + " contributes no checklist")); //$NON-NLS-1$
	}

	/** Loads a contributed file from its bundle into a fresh resource set, failing on any error or warning. */
	private static ChecklistDefinition load(Contribution contribution) {
		URL entry = bundleNamed(contribution.bundle()).getEntry(contribution.file());
		assertNotNull(entry, () -> contribution.file() + " is not in " + contribution.bundle()); //$NON-NLS-1$
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(QaPackage.eNS_URI, QaPackage.eINSTANCE);
		Resource resource = new XMIResourceImpl(URI.createPlatformPluginURI(contribution.bundle() + '/' + contribution.file(), true));
		resourceSet.getResources().add(resource);
		try (InputStream in = entry.openStream()) {
			resource.load(in, Map.of());
		} catch (IOException e) {
			fail(contribution.file() + " does not load: " + resource.getErrors(), e); //$NON-NLS-1$
		}
		assertTrue(resource.getErrors().isEmpty(), () -> "errors: " + resource.getErrors()); //$NON-NLS-1$
		assertTrue(resource.getWarnings().isEmpty(), () -> "warnings: " + resource.getWarnings()); //$NON-NLS-1$
		assertEquals(1, resource.getContents().size());
		assertTrue(resource.getContents().get(0) instanceof ChecklistDefinition,
				() -> "root is a " + resource.getContents().get(0).eClass().getName()); //$NON-NLS-1$
		assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(resource).isEmpty(), "unresolved references"); //$NON-NLS-1$
		return (ChecklistDefinition) resource.getContents().get(0);
	}

	private static Bundle bundleNamed(String symbolicName) {
		BundleContext context = FrameworkUtil.getBundle(SeedChecklistsPTest.class).getBundleContext();
		assertNotNull(context, "the host bundle is not active"); //$NON-NLS-1$
		return Arrays.stream(context.getBundles()).filter(bundle -> symbolicName.equals(bundle.getSymbolicName())).findFirst()
				.orElseThrow(() -> new AssertionError(symbolicName + " is not installed")); //$NON-NLS-1$
	}
}
