package org.qaworkbench.core.checklists.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.InstalledChecklists;
import org.qaworkbench.core.audits.evidence.TimescalesReader;
import org.qaworkbench.core.internal.Messages;
import org.qaworkbench.core.internal.Xml;
import org.qaworkbench.core.keydates.KeyDateKinds;
import org.qaworkbench.model.ChecklistDefinition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Checks a checklist plugin jar before it is installed: a manifest that makes it a singleton bundle, a plugin.xml
 * that contributes to {@value InstalledChecklists#EXTENSION_POINT}, every definition file it names present and
 * valid, and no two definitions with the same id and version.
 */
public final class PluginValidator {

	private static final String MANIFEST = "META-INF/MANIFEST.MF"; //$NON-NLS-1$
	private static final String PLUGIN_XML = "plugin.xml"; //$NON-NLS-1$

	private PluginValidator() {
	}

	public static PluginResult validate(Path jar) {
		String source = jar.toString();
		List<DefinitionProblem> problems = new ArrayList<>();
		List<DefinitionResult> definitions = new ArrayList<>();
		String bundle = null;
		String bundleVersion = null;
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			bundle = checkManifest(zip, source, problems);
			bundleVersion = bundleVersion(zip);
			String prefix = bundle == null ? source + "!/" : bundle + '/'; //$NON-NLS-1$
			List<String> timescales = new ArrayList<>();
			List<KeyDateKinds.Kind> keyDates = new ArrayList<>(KeyDateKinds.instance().all());
			for (String file : contributedFiles(zip, source, problems, timescales, keyDates, bundle)) {
				ZipEntry entry = fileEntry(zip, file);
				if (entry == null) {
					problems.add(new DefinitionProblem(source, PLUGIN_XML, NLS.bind(Messages.Plugin_missingFile, file)));
					continue;
				}
				String name = entry.getName();
				try (InputStream in = zip.getInputStream(entry)) {
					definitions.add(DefinitionLoader.load(in, URI.createURI("archive:" + URI.createFileURI(jar.toAbsolutePath().toString()) + "!/" + name), //$NON-NLS-1$ //$NON-NLS-2$
							prefix + name).validated());
				}
			}
			for (String file : timescales) {
				checkTimescales(zip, file, source, prefix, problems, keyDates);
			}
		} catch (ZipException e) {
			problems.add(new DefinitionProblem(source, "", Messages.Plugin_notAJar)); //$NON-NLS-1$
		} catch (IOException e) {
			problems.add(new DefinitionProblem(source, "", NLS.bind(Messages.Definition_unreadable, e.getMessage()))); //$NON-NLS-1$
		}
		checkVersionsAreDistinct(definitions, source, problems);
		return new PluginResult(bundle, problems, definitions, versionWarnings(bundleVersion, definitions, source));
	}

	private static String bundleVersion(ZipFile zip) throws IOException {
		ZipEntry entry = zip.getEntry(MANIFEST);
		if (entry == null) {
			return null;
		}
		try (InputStream in = zip.getInputStream(entry)) {
			return trimmed(new Manifest(in).getMainAttributes().getValue("Bundle-Version")); //$NON-NLS-1$
		} catch (IOException e) {
			return null; // reported by checkManifest
		}
	}

	/**
	 * A Bundle-Version other than the definition's version is allowed but is almost always a version raised in one
	 * place and not the other: a plugin replaces an installed one by its Bundle-Version, assessments keep the
	 * definition's. Compared as OSGi versions (1.0 is 1.0.0), the qualifier left out.
	 */
	private static List<DefinitionProblem> versionWarnings(String bundleVersion, List<DefinitionResult> definitions, String source) {
		List<DefinitionProblem> warnings = new ArrayList<>();
		if (bundleVersion == null) {
			return warnings;
		}
		for (DefinitionResult result : definitions) {
			ChecklistDefinition definition = result.definition().orElse(null);
			if (definition != null && definition.getVersion() != null && !sameVersion(bundleVersion, definition.getVersion())) {
				warnings.add(new DefinitionProblem(source, MANIFEST, NLS.bind(Messages.Plugin_versionDiffers,
						new Object[] { bundleVersion, result.source(), definition.getVersion() })));
			}
		}
		return warnings;
	}

	private static boolean sameVersion(String bundleVersion, String definitionVersion) {
		try {
			org.osgi.framework.Version bundle = org.osgi.framework.Version.parseVersion(bundleVersion);
			org.osgi.framework.Version definition = org.osgi.framework.Version.parseVersion(definitionVersion);
			return bundle.getMajor() == definition.getMajor() && bundle.getMinor() == definition.getMinor() && bundle.getMicro() == definition.getMicro();
		} catch (IllegalArgumentException e) {
			return bundleVersion.equals(definitionVersion);
		}
	}

	/** The bundle's symbolic name, if the manifest gives one. */
	private static String checkManifest(ZipFile zip, String source, List<DefinitionProblem> problems) throws IOException {
		ZipEntry entry = zip.getEntry(MANIFEST);
		if (entry == null) {
			problems.add(new DefinitionProblem(source, "", Messages.Plugin_noManifest)); //$NON-NLS-1$
			return null;
		}
		Attributes attributes;
		try (InputStream in = zip.getInputStream(entry)) {
			attributes = new Manifest(in).getMainAttributes();
		} catch (IOException e) {
			problems.add(new DefinitionProblem(source, MANIFEST, NLS.bind(Messages.Plugin_badManifest, e.getMessage())));
			return null;
		}
		if (!"2".equals(trimmed(attributes.getValue("Bundle-ManifestVersion")))) { //$NON-NLS-1$ //$NON-NLS-2$
			problems.add(new DefinitionProblem(source, MANIFEST, Messages.Plugin_noManifestVersion));
		}
		String symbolicName = trimmed(attributes.getValue("Bundle-SymbolicName")); //$NON-NLS-1$
		if (symbolicName == null || symbolicName.isEmpty() || symbolicName.startsWith(";")) { //$NON-NLS-1$
			problems.add(new DefinitionProblem(source, MANIFEST, Messages.Plugin_noSymbolicName));
			return null;
		}
		String[] parts = symbolicName.split(";"); //$NON-NLS-1$
		boolean singleton = false;
		for (int i = 1; i < parts.length; i++) {
			String part = parts[i].replace(" ", "").replace("\"", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			singleton |= part.equals("singleton:=true"); //$NON-NLS-1$
		}
		String name = parts[0].trim();
		if (!singleton) {
			problems.add(new DefinitionProblem(source, MANIFEST, NLS.bind(Messages.Plugin_notSingleton, name)));
		}
		return name;
	}

	/** The files plugin.xml contributes as checklists, in its order; those it contributes as timescales go into {@code timescales}. */
	private static List<String> contributedFiles(ZipFile zip, String source, List<DefinitionProblem> problems, List<String> timescales,
			List<KeyDateKinds.Kind> keyDates, String bundle) throws IOException {
		ZipEntry entry = zip.getEntry(PLUGIN_XML);
		if (entry == null) {
			problems.add(new DefinitionProblem(source, "", Messages.Plugin_noPluginXml)); //$NON-NLS-1$
			return List.of();
		}
		Document document;
		try (InputStream in = zip.getInputStream(entry)) {
			document = Xml.parser().parse(in);
		} catch (SAXException | ParserConfigurationException e) {
			problems.add(new DefinitionProblem(source, PLUGIN_XML, NLS.bind(Messages.Plugin_badPluginXml, e.getMessage())));
			return List.of();
		}
		List<String> files = new ArrayList<>();
		int declaredKeyDates = 0;
		NodeList extensions = document.getElementsByTagName("extension"); //$NON-NLS-1$
		for (int i = 0; i < extensions.getLength(); i++) {
			Element extension = (Element) extensions.item(i);
			if (!InstalledChecklists.EXTENSION_POINT.equals(extension.getAttribute("point"))) { //$NON-NLS-1$
				continue;
			}
			NodeList checklists = extension.getElementsByTagName("checklist"); //$NON-NLS-1$
			for (int j = 0; j < checklists.getLength(); j++) {
				String file = ((Element) checklists.item(j)).getAttribute("file").trim(); //$NON-NLS-1$
				if (file.isEmpty()) {
					problems.add(new DefinitionProblem(source, PLUGIN_XML, Messages.Plugin_checklistWithoutFile));
				} else {
					files.add(file);
				}
			}
			NodeList timescaleElements = extension.getElementsByTagName("timescales"); //$NON-NLS-1$
			for (int j = 0; j < timescaleElements.getLength(); j++) {
				Element element = (Element) timescaleElements.item(j);
				if (element.getAttribute("definitionId").isBlank()) { //$NON-NLS-1$
					problems.add(new DefinitionProblem(source, PLUGIN_XML, Messages.Timescales_noDefinitionId));
				}
				if (element.getAttribute("file").isBlank()) { //$NON-NLS-1$
					problems.add(new DefinitionProblem(source, PLUGIN_XML, Messages.Timescales_noFile));
				} else {
					timescales.add(element.getAttribute("file").trim()); //$NON-NLS-1$
				}
			}
			NodeList keyDateElements = extension.getElementsByTagName(KeyDateKinds.ELEMENT);
			declaredKeyDates += keyDateElements.getLength();
			for (int j = 0; j < keyDateElements.getLength(); j++) {
				Element element = (Element) keyDateElements.item(j);
				List<String> wrong = new ArrayList<>();
				KeyDateKinds.Kind kind = KeyDateKinds.declared(element.getAttribute("id"), element.getAttribute("label"), element.getAttribute("meaning"), bundle, wrong); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				wrong.forEach(message -> problems.add(new DefinitionProblem(source, PLUGIN_XML, message)));
				if (kind != null && KeyDateKinds.find(keyDates, kind.id()).filter(known -> known.contributor() == null).isEmpty()) {
					keyDates.removeIf(known -> known.id().equals(kind.id()));
					keyDates.add(kind);
				}
			}
		}
		if (files.isEmpty() && timescales.isEmpty() && declaredKeyDates == 0 && problems.stream().noneMatch(problem -> PLUGIN_XML.equals(problem.element()))) {
			problems.add(new DefinitionProblem(source, PLUGIN_XML, NLS.bind(Messages.Plugin_noChecklists, InstalledChecklists.EXTENSION_POINT)));
		}
		return files;
	}

	/** A timescales file must be in the jar and read without problems. */
	private static void checkTimescales(ZipFile zip, String file, String source, String prefix, List<DefinitionProblem> problems,
			List<KeyDateKinds.Kind> keyDates) throws IOException {
		ZipEntry entry = fileEntry(zip, file);
		if (entry == null) {
			problems.add(new DefinitionProblem(source, PLUGIN_XML, NLS.bind(Messages.Plugin_missingTimescales, file)));
			return;
		}
		try (InputStream in = zip.getInputStream(entry)) {
			problems.addAll(TimescalesReader.read(in, prefix + entry.getName(), keyDates).problems());
		}
	}

	/** The jar's entry for a file plugin.xml names; null when there is none. */
	private static ZipEntry fileEntry(ZipFile zip, String file) {
		ZipEntry entry = zip.getEntry(file.startsWith("/") ? file.substring(1) : file); //$NON-NLS-1$
		return entry == null || entry.isDirectory() ? null : entry;
	}

	private static void checkVersionsAreDistinct(List<DefinitionResult> definitions, String source, List<DefinitionProblem> problems) {
		Map<String, DefinitionResult> seen = new HashMap<>();
		for (DefinitionResult result : definitions) {
			if (result.definition().isEmpty()) {
				continue;
			}
			ChecklistDefinition definition = result.definition().get();
			DefinitionResult first = seen.putIfAbsent(definition.getDefinitionId() + ' ' + definition.getVersion(), result);
			if (first != null) {
				problems.add(new DefinitionProblem(source, PLUGIN_XML, NLS.bind(Messages.Plugin_sameVersionTwice,
						new Object[] { first.source(), result.source(), definition.getDefinitionId(), definition.getVersion() })));
			}
		}
	}

	private static String trimmed(String value) {
		return value == null ? null : value.trim();
	}
}
