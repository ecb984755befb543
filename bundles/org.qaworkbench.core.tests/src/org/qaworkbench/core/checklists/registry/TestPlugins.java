package org.qaworkbench.core.checklists.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** Builds data-only checklist plugin jars, as a quality lead would, for tests that install them. */
public final class TestPlugins {

	static final String FILE = "checklists/test.xmi"; //$NON-NLS-1$

	private TestPlugins() {
	}

	public static BundleContext context() {
		return FrameworkUtil.getBundle(PluginFolder.class).getBundleContext();
	}

	/** A plugin contributing one definition with the given id and version (version 2 and later have two items). */
	static Path plugin(Path folder, String symbolicName, String bundleVersion, String definitionId, String definitionVersion) throws IOException {
		return plugin(folder, symbolicName, bundleVersion, definition(definitionId, definitionVersion));
	}

	/** A plugin contributing {@value #FILE} with this content. */
	static Path plugin(Path folder, String symbolicName, String bundleVersion, String xmi) throws IOException {
		return plugin(folder, symbolicName, bundleVersion, "<checklist file=\"%s\"/>".formatted(FILE), Map.of(FILE, xmi)); //$NON-NLS-1$
	}

	/** A plugin whose extension to org.qaworkbench.core.checklists holds these elements, with these files. */
	public static Path plugin(Path folder, String symbolicName, String bundleVersion, String elements, Map<String, String> files) throws IOException {
		Manifest manifest = new Manifest();
		Attributes attributes = manifest.getMainAttributes();
		attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0"); //$NON-NLS-1$
		attributes.putValue("Bundle-ManifestVersion", "2"); //$NON-NLS-1$ //$NON-NLS-2$
		attributes.putValue("Bundle-SymbolicName", symbolicName + ";singleton:=true"); //$NON-NLS-1$ //$NON-NLS-2$
		attributes.putValue("Bundle-Version", bundleVersion); //$NON-NLS-1$
		attributes.putValue("Bundle-Name", "Test checklist " + symbolicName); //$NON-NLS-1$ //$NON-NLS-2$
		Files.createDirectories(folder);
		Path jar = folder.resolve(symbolicName + '-' + bundleVersion + ".jar"); //$NON-NLS-1$
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
			entry(out, "plugin.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<?eclipse version="3.4"?>
					<plugin>
					   <extension point="org.qaworkbench.core.checklists">
					      %s
					   </extension>
					</plugin>
					""".formatted(elements));
			for (Map.Entry<String, String> entry : new TreeMap<>(files).entrySet()) {
				entry(out, entry.getKey(), entry.getValue());
			}
		}
		return jar;
	}

	public static String definition(String definitionId, String version) {
		String second = version.startsWith("1.") ? "" //$NON-NLS-1$ //$NON-NLS-2$
				: "    <items itemId=\"q2\" text=\"Was the record updated within 48 hours?\" kind=\"Yes/No\" required=\"true\"/>\n"; //$NON-NLS-1$
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<qa:ChecklistDefinition xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:qa="http://www.qaworkbench.org/model/qa/1.0"
				    definitionId="%s" version="%s" title="Test visit" purpose="A checklist built by a test." subjectKind="Group session">
				  <sections sectionId="s1" title="Section one">
				    <items itemId="q1" text="Is the atmosphere welcoming?" kind="Yes/No" required="true"/>
				%s    <scoring method="Count of Yes" rounding="Half up" decimals="0"/>
				  </sections>
				</qa:ChecklistDefinition>
				""".formatted(definitionId, version, second);
	}

	private static void entry(JarOutputStream out, String name, String content) throws IOException {
		out.putNextEntry(new JarEntry(name));
		out.write(content.getBytes(StandardCharsets.UTF_8));
		out.closeEntry();
	}
}
