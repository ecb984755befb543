package org.qaworkbench.core.checklists.validation;

import org.qaworkbench.core.checklists.registry.ChecklistRegistry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.osgi.framework.FrameworkUtil;
import org.qaworkbench.core.InstalledChecklists;
import org.qaworkbench.core.InstalledChecklists.Contribution;

/** The five checklist plugins made from the seed forms are valid definitions, read as installed. */
class SeedDefinitionsPTest {

	private static final Set<String> SEEDS = Set.of("org.qaworkbench.checklists.caseaudit", "org.qaworkbench.checklists.groupvisit", //$NON-NLS-1$ //$NON-NLS-2$
			"org.qaworkbench.checklists.incredibleyears", "org.qaworkbench.checklists.supervisionaudit", //$NON-NLS-1$ //$NON-NLS-2$
			"org.qaworkbench.checklists.familyfeedback"); //$NON-NLS-1$

	@Test
	void theFiveSeedsAreContributed() {
		Set<String> bundles = seeds().stream().map(Contribution::bundle).collect(Collectors.toSet());
		assertEquals(SEEDS, bundles);
	}

	@TestFactory
	Stream<DynamicTest> eachSeedDefinitionHasNoProblem() {
		return seeds().stream().map(contribution -> dynamicTest(contribution.bundle(), () -> {
			String source = contribution.bundle() + '/' + contribution.file();
			assertEquals(List.of(), DefinitionValidator.validate(ChecklistRegistry.read(bundle(contribution), contribution.file()), source));
			DefinitionResult read = DefinitionLoader.load(entry(contribution), source).validated();
			assertEquals(List.of(), read.problems());
			assertTrue(read.isValid());
		}));
	}

	private static URL entry(Contribution contribution) {
		return bundle(contribution).getEntry(contribution.file());
	}

	private static org.osgi.framework.Bundle bundle(Contribution contribution) {
		return Arrays.stream(FrameworkUtil.getBundle(SeedDefinitionsPTest.class).getBundleContext().getBundles())
				.filter(bundle -> contribution.bundle().equals(bundle.getSymbolicName())).findFirst().orElseThrow();
	}

	private static List<Contribution> seeds() {
		return InstalledChecklists.in(RegistryFactory.getRegistry()).stream().filter(contribution -> SEEDS.contains(contribution.bundle())).toList();
	}
}
