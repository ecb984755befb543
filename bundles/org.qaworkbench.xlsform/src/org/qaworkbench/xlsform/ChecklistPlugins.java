package org.qaworkbench.xlsform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.qaworkbench.core.InstalledChecklists;
import org.qaworkbench.core.audits.evidence.TimescaleRule;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.xlsform.internal.TimescaleSheet;

/**
 * Writes a checklist as the plugin jar QA Workbench installs, shaped like the seed checklists' bundles: a manifest
 * naming a singleton bundle whose version is the definition's, a plugin.xml contributing to
 * {@value InstalledChecklists#EXTENSION_POINT}, the definition as XMI and, when there are rules, the timescales file.
 */
public final class ChecklistPlugins {

	private static final String FOLDER = "checklists/"; //$NON-NLS-1$

	private ChecklistPlugins() {
	}

	/**
	 * Writes the plugin of a valid workbook.
	 *
	 * @param folderOrJar a file ending in .jar, or a folder into which the jar goes as NAME_VERSION.jar
	 * @return the jar written
	 * @throws IllegalArgumentException when the workbook has errors
	 */
	public static Path write(WorkbookResult workbook, Path folderOrJar) throws IOException {
		ChecklistDefinition definition = workbook.definition().orElseThrow(() -> new IllegalArgumentException(workbook.source() + " has errors")); //$NON-NLS-1$
		return write(definition, workbook.timescales(), folderOrJar);
	}

	/** Writes the plugin of a definition and its timescale rules, whole or not at all (through a temporary file beside it). */
	public static Path write(ChecklistDefinition definition, List<TimescaleRule> timescales, Path folderOrJar) throws IOException {
		Path jar = folderOrJar.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar") ? folderOrJar //$NON-NLS-1$
				: folderOrJar.resolve(jarName(definition));
		Path folder = jar.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		String file = fileName(definition);
		Path part = Files.createTempFile(folder, jar.getFileName().toString(), ".part"); //$NON-NLS-1$
		try {
			try (OutputStream out = Files.newOutputStream(part); JarOutputStream zip = new JarOutputStream(out, manifest(definition))) {
				entry(zip, "plugin.xml", pluginXml(definition, file, !timescales.isEmpty()).getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
				entry(zip, FOLDER + file + ".xmi", xmi(definition)); //$NON-NLS-1$
				if (!timescales.isEmpty()) {
					entry(zip, FOLDER + file + "-timescales.xml", TimescaleSheet.xml(timescales).getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
				}
			}
			Files.move(part, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(part);
		}
		return jar;
	}

	/**
	 * The plugin's bundle name: the definition id, which is already a name such as org.example.visit; characters a
	 * bundle name cannot hold become underscores.
	 */
	public static String bundleName(ChecklistDefinition definition) {
		String id = definition.getDefinitionId() == null ? "" : definition.getDefinitionId().strip(); //$NON-NLS-1$
		String name = id.replaceAll("[^A-Za-z0-9_.-]", "_").replaceAll("\\.{2,}", ".").replaceAll("^\\.|\\.$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		return name.isEmpty() ? "checklist" : name; //$NON-NLS-1$
	}

	/** NAME_VERSION.jar, as the plugin folder names the jars it installs. */
	public static String jarName(ChecklistDefinition definition) {
		return bundleName(definition) + '_' + definition.getVersion() + ".jar"; //$NON-NLS-1$
	}

	/** The files' name: the last part of the bundle name (org.example.visit gives visit). */
	private static String fileName(ChecklistDefinition definition) {
		String name = bundleName(definition);
		return name.substring(name.lastIndexOf('.') + 1);
	}

	private static Manifest manifest(ChecklistDefinition definition) {
		Manifest manifest = new Manifest();
		Attributes attributes = manifest.getMainAttributes();
		attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0"); //$NON-NLS-1$
		attributes.putValue("Bundle-ManifestVersion", "2"); //$NON-NLS-1$ //$NON-NLS-2$
		attributes.putValue("Bundle-Name", oneLine(definition.getTitle())); //$NON-NLS-1$
		attributes.putValue("Bundle-SymbolicName", bundleName(definition) + ";singleton:=true"); //$NON-NLS-1$ //$NON-NLS-2$
		attributes.putValue("Bundle-Version", definition.getVersion()); //$NON-NLS-1$
		attributes.putValue("Bundle-Vendor", "QA Workbench spreadsheet import"); //$NON-NLS-1$ //$NON-NLS-2$
		return manifest;
	}

	private static String oneLine(String text) {
		return text == null ? "" : text.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String pluginXml(ChecklistDefinition definition, String file, boolean timescales) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?eclipse version=\"3.4\"?>\n<plugin>\n") //$NON-NLS-1$
				.append("   <extension point=\"").append(InstalledChecklists.EXTENSION_POINT).append("\">\n") //$NON-NLS-1$ //$NON-NLS-2$
				.append("      <checklist file=\"").append(FOLDER).append(file).append(".xmi\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		if (timescales) {
			xml.append("      <timescales definitionId=\"").append(TimescaleSheet.escape(definition.getDefinitionId())).append("\" file=\"") //$NON-NLS-1$ //$NON-NLS-2$
					.append(FOLDER).append(file).append("-timescales.xml\"/>\n"); //$NON-NLS-1$
		}
		return xml.append("   </extension>\n</plugin>\n").toString(); //$NON-NLS-1$
	}

	private static byte[] xmi(ChecklistDefinition definition) throws IOException {
		Resource resource = new XMIResourceImpl(URI.createURI("checklist.xmi")); //$NON-NLS-1$
		resource.getContents().add(EcoreUtil.copy(definition));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8")); //$NON-NLS-1$
		return out.toByteArray();
	}

	private static void entry(JarOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new JarEntry(name));
		zip.write(content);
		zip.closeEntry();
	}
}
