package org.qaworkbench.core.checklists.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.qaworkbench.model.ChecklistDefinition;

/** The checklist registry over the real extension registry, with plugins installed at run time by the test. */
class ChecklistRegistryPTest {

	private static final Set<String> SEEDS = Set.of("org.qaworkbench.checklists.caseaudit", "org.qaworkbench.checklists.groupvisit", //$NON-NLS-1$ //$NON-NLS-2$
			"org.qaworkbench.checklists.incredibleyears", "org.qaworkbench.checklists.supervisionaudit", //$NON-NLS-1$ //$NON-NLS-2$
			"org.qaworkbench.checklists.familyfeedback"); //$NON-NLS-1$

	@TempDir
	Path temp;

	private final AtomicInteger loads = new AtomicInteger();
	private ChecklistRegistry registry;
	private PluginFolder plugins;

	@BeforeEach
	void setUp() {
		registry = new ChecklistRegistry(RegistryFactory.getRegistry(), (bundle, file) -> {
			loads.incrementAndGet();
			return ChecklistRegistry.read(bundle, file);
		});
		plugins = new PluginFolder(temp.resolve("data/plugins"), TestPlugins.context()); //$NON-NLS-1$
	}

	@AfterEach
	void tearDown() throws Exception {
		for (Bundle bundle : plugins.installed()) {
			plugins.uninstall(bundle.getSymbolicName());
		}
		registry.close();
	}

	@Test
	void listsTheFiveSeedChecklistsLoadingNothingBeforeTheFirstQuery() {
		registry.addChangeListener(() -> {
			// listening alone loads nothing
		});
		assertEquals(0, loads.get(), "loaded before the first query"); //$NON-NLS-1$

		Set<String> ids = registry.all().stream().map(ChecklistDefinition::getDefinitionId).collect(Collectors.toSet());
		assertTrue(ids.containsAll(SEEDS), () -> "listed: " + ids); //$NON-NLS-1$
		int loaded = loads.get();
		assertTrue(loaded >= SEEDS.size(), "each contribution loaded"); //$NON-NLS-1$

		registry.all();
		registry.newest("org.qaworkbench.checklists.groupvisit").orElseThrow(); //$NON-NLS-1$
		registry.find("org.qaworkbench.checklists.groupvisit", "1.0.0").orElseThrow(); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(loaded, loads.get(), "a definition was loaded twice"); //$NON-NLS-1$
		assertTrue(registry.broken().isEmpty(), () -> "broken: " + registry.broken()); //$NON-NLS-1$
	}

	@Test
	void aBrokenPluginIsReportedOnceAndTheOthersStillWork() throws Exception {
		plugins.install(TestPlugins.plugin(temp, "test.broken", "1.0.0", "<qa:ChecklistDefinition this is not XMI")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		plugins.install(TestPlugins.plugin(temp, "test.good", "1.0.0", "test.good", "1.0.0")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

		Set<String> ids = registry.all().stream().map(ChecklistDefinition::getDefinitionId).collect(Collectors.toSet());
		assertTrue(ids.containsAll(SEEDS), () -> "listed: " + ids); //$NON-NLS-1$
		assertTrue(ids.contains("test.good"), () -> "listed: " + ids); //$NON-NLS-1$ //$NON-NLS-2$
		List<ChecklistRegistry.Broken> broken = registry.broken();
		assertEquals(1, broken.size(), () -> "broken: " + broken); //$NON-NLS-1$
		assertEquals("test.broken", broken.get(0).contribution().bundle()); //$NON-NLS-1$
		assertTrue(broken.get(0).reason().contains(TestPlugins.FILE), broken.get(0).reason());

		int loaded = loads.get();
		registry.all();
		assertEquals(broken, registry.broken(), "reported once"); //$NON-NLS-1$
		assertEquals(loaded, loads.get(), "the broken contribution was read again"); //$NON-NLS-1$
	}

	@Test
	void aValidatorHookRejectsADefinition() throws Exception {
		plugins.install(TestPlugins.plugin(temp, "test.rejected", "1.0.0", "test.rejected", "1.0.0")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		registry.setValidator(definition -> "test.rejected".equals(definition.getDefinitionId()) ? List.of("item q1 has no scale") : List.of()); //$NON-NLS-1$ //$NON-NLS-2$

		assertTrue(registry.newest("test.rejected").isEmpty()); //$NON-NLS-1$
		assertTrue(registry.newest("org.qaworkbench.checklists.groupvisit").isPresent()); //$NON-NLS-1$
		assertEquals(1, registry.broken().size());
		assertTrue(registry.broken().get(0).reason().contains("item q1 has no scale"), registry.broken().get(0).reason()); //$NON-NLS-1$
	}

	@Test
	void aPluginInstalledAndUninstalledWhileRunningComesAndGoes() throws Exception {
		registry.all();
		CountDownLatch added = new CountDownLatch(1);
		registry.addChangeListener(added::countDown);

		Bundle bundle = plugins.install(TestPlugins.plugin(temp, "test.runtime", "1.0.0", "test.runtime", "1.0.0")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals("1.0.0", registry.newest("test.runtime").orElseThrow().getVersion()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(added.await(10, TimeUnit.SECONDS), "the change listener did not hear of the new plugin"); //$NON-NLS-1$
		Path jar = plugins.folder().resolve("test.runtime_1.0.0.jar"); //$NON-NLS-1$
		assertTrue(Files.isRegularFile(jar), "the jar was copied into the plugin folder"); //$NON-NLS-1$
		assertEquals(List.of(bundle), plugins.installed());

		CountDownLatch removed = new CountDownLatch(1);
		registry.addChangeListener(removed::countDown);
		plugins.uninstall("test.runtime"); //$NON-NLS-1$
		assertTrue(registry.newest("test.runtime").isEmpty(), "still listed after uninstall"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(removed.await(10, TimeUnit.SECONDS), "the change listener did not hear of the removal"); //$NON-NLS-1$
		assertFalse(Files.exists(jar), "the jar was not deleted"); //$NON-NLS-1$
		assertEquals(Bundle.UNINSTALLED, bundle.getState());
		assertTrue(registry.all().stream().map(ChecklistDefinition::getDefinitionId).collect(Collectors.toSet()).containsAll(SEEDS));
	}

	@Test
	void aNewerVersionReplacesTheOlderAndIsTheNewest() throws Exception {
		plugins.install(TestPlugins.plugin(temp.resolve("v1"), "test.upgrade", "1.0.0", "test.upgrade", "1.0.0")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals("1.0.0", registry.newest("test.upgrade").orElseThrow().getVersion()); //$NON-NLS-1$ //$NON-NLS-2$

		plugins.install(TestPlugins.plugin(temp.resolve("v2"), "test.upgrade", "2.0.0", "test.upgrade", "2.0.0")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		ChecklistDefinition newest = registry.newest("test.upgrade").orElseThrow(); //$NON-NLS-1$
		assertEquals("2.0.0", newest.getVersion()); //$NON-NLS-1$
		assertEquals(2, newest.getSections().get(0).getItems().size());
		assertTrue(registry.find("test.upgrade", "1.0.0").isEmpty(), "version 1 is gone with its plugin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(List.of("test.upgrade_2.0.0.jar"), jarsIn(plugins.folder())); //$NON-NLS-1$
		assertEquals(1, plugins.installed().size());
		assertEquals("2.0.0", plugins.installed().get(0).getVersion().toString()); //$NON-NLS-1$

		PluginFolderException older = assertThrows(PluginFolderException.class,
				() -> plugins.install(TestPlugins.plugin(temp.resolve("v1"), "test.upgrade", "1.0.0", "test.upgrade", "1.0.0"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertTrue(older.getMessage().contains("newer"), older.getMessage()); //$NON-NLS-1$
		PluginFolderException same = assertThrows(PluginFolderException.class,
				() -> plugins.install(TestPlugins.plugin(temp.resolve("v2"), "test.upgrade", "2.0.0", "test.upgrade", "2.0.0"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertTrue(same.getMessage().contains("already installed"), same.getMessage()); //$NON-NLS-1$
		assertEquals(List.of("test.upgrade_2.0.0.jar"), jarsIn(plugins.folder())); //$NON-NLS-1$
	}

	@Test
	void aFileThatIsNotABundleIsRefusedAndNothingIsCopied() throws Exception {
		Path text = Files.writeString(temp.resolve("notes.jar"), "not a jar"); //$NON-NLS-1$ //$NON-NLS-2$
		PluginFolderException refused = assertThrows(PluginFolderException.class, () -> plugins.install(text));
		assertEquals(text + " is not a checklist plugin: it is not a jar whose META-INF/MANIFEST.MF names a Bundle-SymbolicName and Bundle-Version." //$NON-NLS-1$
				+ " Nothing was installed.", refused.getMessage()); //$NON-NLS-1$
		assertFalse(Files.exists(plugins.folder()), "the plugin folder was created"); //$NON-NLS-1$

		PluginFolderException missing = assertThrows(PluginFolderException.class, () -> plugins.install(temp.resolve("missing.jar"))); //$NON-NLS-1$
		assertTrue(missing.getMessage().startsWith("there is no file"), missing.getMessage()); //$NON-NLS-1$
		assertFalse(Files.exists(plugins.folder()));
	}

	@Test
	void aBuiltInChecklistCannotBeReplaced() throws Exception {
		Path jar = TestPlugins.plugin(temp, "org.qaworkbench.checklists.groupvisit", "9.0.0", "org.qaworkbench.checklists.groupvisit", "9.0.0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		PluginFolderException refused = assertThrows(PluginFolderException.class, () -> plugins.install(jar));
		assertTrue(refused.getMessage().contains("already installed as part of QA Workbench"), refused.getMessage()); //$NON-NLS-1$
		assertFalse(Files.exists(plugins.folder()));
		assertEquals("1.0.0", registry.newest("org.qaworkbench.checklists.groupvisit").orElseThrow().getVersion()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void startUpInstallsTheJarsOfItsFolderAndDropsThoseOfAnother() throws Exception {
		Path folderA = temp.resolve("a/plugins"); //$NON-NLS-1$
		TestPlugins.plugin(folderA, "test.startup", "1.0.0", "test.startup", "1.0.0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Path notAPlugin = Files.writeString(folderA.resolve("zz-not-a-plugin.jar"), "text"); //$NON-NLS-1$ //$NON-NLS-2$

		List<String> problems = new PluginFolder(folderA, TestPlugins.context()).startUp();
		assertEquals(1, problems.size(), () -> "problems: " + problems); //$NON-NLS-1$
		assertTrue(problems.get(0).contains(notAPlugin.getFileName().toString()), problems.get(0));
		assertTrue(registry.newest("test.startup").isPresent(), "the folder's plugin was not installed"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1, new PluginFolder(folderA, TestPlugins.context()).installed().size());
		assertTrue(new PluginFolder(folderA, TestPlugins.context()).startUp().size() == 1, "a second startUp changes nothing"); //$NON-NLS-1$
		assertEquals(1, new PluginFolder(folderA, TestPlugins.context()).installed().size());

		new PluginFolder(temp.resolve("b/plugins"), TestPlugins.context()).startUp(); //$NON-NLS-1$
		assertTrue(registry.newest("test.startup").isEmpty(), "another data folder's plugin stayed installed"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(new PluginFolder(folderA, TestPlugins.context()).installed().isEmpty());
	}

	private static List<String> jarsIn(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}
}
