package org.qaworkbench.core.checklists.validation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.internal.Messages;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Condition;
import org.qaworkbench.model.QaPackage;

/**
 * Reads one checklist definition file (XMI) into its own resource set. What EMF reports while reading (not XML,
 * unknown elements or enumeration values, references to ids that do not exist, a root that is not a definition)
 * comes back as problems naming the source and, where EMF knows it, the element.
 */
public final class DefinitionLoader {

	/** The "(file:/x.xmi, 1, 28)" EMF appends to its messages; problems give the line and column their own way. */
	private static final Pattern LOCATION = Pattern.compile("\\s*\\([^()]*, \\d+, \\d+\\)$"); //$NON-NLS-1$

	private DefinitionLoader() {
	}

	/**
	 * Reads a definition.
	 *
	 * @param in     the file's content; not closed
	 * @param uri    the file's URI, against which relative references resolve
	 * @param source how problems name the file, such as {@code org.example.visit/checklists/visit.xmi}
	 * @return the definition, or (without one) the problems that stopped it being read
	 */
	public static DefinitionResult load(InputStream in, URI uri, String source) {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(QaPackage.eNS_URI, QaPackage.eINSTANCE);
		Resource resource = new XMIResourceImpl(uri);
		resourceSet.getResources().add(resource);
		List<DefinitionProblem> problems = new ArrayList<>();
		try {
			resource.load(in, Map.of());
		} catch (IOException | RuntimeException e) {
			if (resource.getErrors().isEmpty()) {
				problems.add(new DefinitionProblem(source, "", NLS.bind(Messages.Definition_unreadable, cause(e)))); //$NON-NLS-1$
			}
		}
		for (Resource.Diagnostic diagnostic : resource.getErrors()) {
			problems.add(problem(source, diagnostic));
		}
		for (Resource.Diagnostic diagnostic : resource.getWarnings()) {
			problems.add(problem(source, diagnostic));
		}
		if (!problems.isEmpty()) {
			return new DefinitionResult(source, null, problems);
		}
		if (resource.getContents().isEmpty()) {
			return new DefinitionResult(source, null, List.of(new DefinitionProblem(source, "", Messages.Definition_empty))); //$NON-NLS-1$
		}
		EObject root = resource.getContents().get(0);
		if (!(root instanceof ChecklistDefinition definition) || resource.getContents().size() > 1) {
			return new DefinitionResult(source, null,
					List.of(new DefinitionProblem(source, "", NLS.bind(Messages.Definition_notADefinition, root.eClass().getName())))); //$NON-NLS-1$
		}
		return new DefinitionResult(source, definition, List.of());
	}

	/** Reads a definition file from disk; problems name it by its path. */
	public static DefinitionResult load(Path file) {
		String source = file.toString();
		try (InputStream in = Files.newInputStream(file)) {
			return load(in, URI.createFileURI(file.toAbsolutePath().toString()), source);
		} catch (IOException e) {
			return new DefinitionResult(source, null, List.of(new DefinitionProblem(source, "", NLS.bind(Messages.Definition_unreadable, cause(e))))); //$NON-NLS-1$
		}
	}

	/** Reads a definition from a URL, such as a bundle entry; problems name it by {@code source}. */
	public static DefinitionResult load(URL url, String source) {
		try (InputStream in = url.openStream()) {
			return load(in, URI.createURI(url.toString()), source);
		} catch (IOException e) {
			return new DefinitionResult(source, null, List.of(new DefinitionProblem(source, "", NLS.bind(Messages.Definition_unreadable, cause(e))))); //$NON-NLS-1$
		}
	}

	/** The result for a contribution whose file is not in its bundle. */
	public static DefinitionResult missing(String source) {
		return new DefinitionResult(source, null, List.of(new DefinitionProblem(source, "", Messages.Definition_missing))); //$NON-NLS-1$
	}

	private static DefinitionProblem problem(String source, Resource.Diagnostic diagnostic) {
		String where = NLS.bind(Messages.Definition_line, diagnostic.getLine(), diagnostic.getColumn());
		if (diagnostic instanceof UnresolvedReferenceException unresolved && unresolved.getObject() != null) {
			EObject object = unresolved.getObject();
			String message = object instanceof Condition
					? NLS.bind(Messages.Definition_conditionItemMissing, unresolved.getReference())
					: unresolved.getFeature() == QaPackage.Literals.ITEM__SCALE ? NLS.bind(Messages.Definition_scaleNotHere, unresolved.getReference())
							: NLS.bind(Messages.Definition_unresolved, unresolved.getReference(), unresolved.getFeature().getName());
			return new DefinitionProblem(source, Elements.describe(object), message + ' ' + where);
		}
		if (diagnostic instanceof IllegalValueException illegal && illegal.getObject() != null) {
			String feature = illegal.getFeature().getName();
			String message = illegal.getFeature().getEType() instanceof EEnum enumeration
					? NLS.bind(Messages.Definition_unknownLiteral, new Object[] { illegal.getValue(), feature,
							enumeration.getELiterals().stream().map(EEnumLiteral::getLiteral).collect(Collectors.joining("\", \"", "\"", "\"")) }) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					: NLS.bind(Messages.Definition_illegalValue, illegal.getValue(), feature);
			return new DefinitionProblem(source, Elements.describe(illegal.getObject()), message + ' ' + where);
		}
		if (diagnostic instanceof FeatureNotFoundException unknown && unknown.getObject() != null) {
			return new DefinitionProblem(source, Elements.describe(unknown.getObject()),
					NLS.bind(Messages.Definition_unknownFeature, unknown.getName()) + ' ' + where);
		}
		String message = diagnostic instanceof XMIException xmi && xmi.getWrappedException() != null ? cause(xmi.getWrappedException())
				: LOCATION.matcher(String.valueOf(diagnostic.getMessage())).replaceFirst(""); //$NON-NLS-1$
		return new DefinitionProblem(source, "", NLS.bind(Messages.Definition_notXmi, message) + ' ' + where); //$NON-NLS-1$
	}

	private static String cause(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage() == null ? cause.toString() : cause.getMessage();
	}
}
