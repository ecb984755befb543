package org.qaworkbench.model.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates the Java code of the model bundle from its {@code model/qa.genmodel}, without Eclipse: what "Generate
 * Model Code" does in the IDE. Only Java code is written (into the genmodel's model directory, {@code src-gen/});
 * the bundle's MANIFEST.MF, plugin.xml and build.properties are maintained by hand, because EMF's templates for
 * them would impose a 1.0.0 version and a localisation we do not use.
 *
 * <p>Usage: {@code GenerateModel BUNDLE_FOLDER}. Exits with 1 and prints the diagnostics when the genmodel cannot
 * be loaded, the model is invalid or the generator reports an error.
 */
public final class GenerateModel {

	private static final String BUNDLE = "org.qaworkbench.model";
	private static final String GENMODEL = "model/qa.genmodel";

	private GenerateModel() {
	}

	public static void main(String[] args) {
		if (args.length != 1) {
			System.err.println("Usage: GenerateModel BUNDLE_FOLDER (the folder of " + BUNDLE + ")");
			System.exit(2);
		}
		try {
			System.exit(generate(Path.of(args[0]).toAbsolutePath().normalize()) ? 0 : 1);
		} catch (IOException | RuntimeException e) {
			System.err.println("Model code generation failed: " + e);
			e.printStackTrace();
			System.exit(1);
		}
	}

	private static boolean generate(Path bundle) throws IOException {
		long start = System.nanoTime();
		Path genModelFile = bundle.resolve(GENMODEL);
		if (!Files.isRegularFile(genModelFile)) {
			System.err.println("No genmodel at " + genModelFile);
			return false;
		}

		// What the plugin.xml files of EMF register when Eclipse runs.
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new EcoreResourceFactoryImpl());
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI, JavaOnly::new);
		// platform:/plugin/ URIs of the jars on the class path (the genmodel uses Ecore.genmodel of org.eclipse.emf.ecore).
		EcorePlugin.ExtensionProcessor.process(null);
		// platform:/resource/org.qaworkbench.model/ is the bundle folder, as in a workspace.
		EcorePlugin.getPlatformResourceMap().put(BUNDLE, URI.createFileURI(bundle + "/"));

		ResourceSet resourceSet = new ResourceSetImpl();
		URI genModelUri = URI.createPlatformResourceURI("/" + BUNDLE + "/" + GENMODEL, true);
		Resource resource = resourceSet.getResource(genModelUri, true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		EcoreUtil.resolveAll(resourceSet);
		boolean loaded = true;
		for (Resource each : resourceSet.getResources()) {
			for (Resource.Diagnostic error : each.getErrors()) {
				System.err.println("ERROR loading " + each.getURI() + ": " + error.getMessage());
				loaded = false;
			}
		}
		for (GenPackage used : genModel.getUsedGenPackages()) {
			if (used.eIsProxy()) {
				System.err.println("ERROR the genmodel uses " + EcoreUtil.getURI(used) + ", which cannot be found");
				loaded = false;
			}
		}
		if (!loaded) {
			return false;
		}

		// "Reload": bring the genmodel up to date with the .ecore, and keep the file so when that changed it.
		if (!genModel.reconcile()) {
			System.err.println("The genmodel has no package left after reconciling it with its .ecore model");
			return false;
		}
		boolean genModelChanged = saveIfChanged(resource, genModelFile);

		boolean ok = report("Ecore model", genModel.getGenPackages().stream()
				.map(genPackage -> Diagnostician.INSTANCE.validate(genPackage.getEcorePackage()))
				.toList());
		ok &= report("GenModel", List.of(genModel.diagnose()));
		if (!ok) {
			return false;
		}

		genModel.setCanGenerate(true);
		Generator generator = new Generator();
		generator.getOptions().resourceSet = resourceSet;
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor());
		if (!report("Generator", List.of(result))) {
			return false;
		}

		Path sourceFolder = bundle.resolve(Path.of(genModel.getModelDirectory()).getFileName().toString());
		long javaFiles;
		try (Stream<Path> files = Files.walk(sourceFolder)) {
			javaFiles = files.filter(file -> file.toString().endsWith(".java")).count();
		}
		System.out.printf("Generated %d Java files into %s from %s%s in %.1f s%n", javaFiles, bundle.relativize(sourceFolder),
				GENMODEL, genModelChanged ? " (genmodel reconciled with the .ecore and saved)" : "",
				(System.nanoTime() - start) / 1e9);
		return true;
	}

	/** Saves the genmodel when reconciling changed what it would serialize to; returns whether it did. */
	private static boolean saveIfChanged(Resource resource, Path file) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, null);
		if (Arrays.equals(bytes.toByteArray(), Files.readAllBytes(file))) {
			return false;
		}
		Files.write(file, bytes.toByteArray());
		return true;
	}

	/** Prints warnings and errors; returns false when there is an error. */
	private static boolean report(String what, List<Diagnostic> diagnostics) {
		boolean ok = true;
		for (Diagnostic diagnostic : diagnostics) {
			if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
				print(what, diagnostic, System.err, "");
			}
			ok &= diagnostic.getSeverity() < Diagnostic.ERROR;
		}
		return ok;
	}

	private static void print(String what, Diagnostic diagnostic, PrintStream out, String indent) {
		String severity = switch (diagnostic.getSeverity()) {
			case Diagnostic.ERROR -> "ERROR";
			case Diagnostic.CANCEL -> "CANCELLED";
			case Diagnostic.WARNING -> "WARNING";
			default -> "INFO";
		};
		out.println(indent + severity + " " + what + ": " + diagnostic.getMessage());
		if (diagnostic.getException() != null) {
			diagnostic.getException().printStackTrace(out);
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getSeverity() >= Diagnostic.WARNING) {
				print(what, child, out, indent + "  ");
			}
		}
	}

	/** The standard generator adapters, except that the GenModel's own one writes no project files. */
	private static final class JavaOnly extends GenModelGeneratorAdapterFactory {
		@Override
		public Adapter createGenModelAdapter() {
			if (genModelGeneratorAdapter == null) {
				genModelGeneratorAdapter = new GenModelGeneratorAdapter(this) {
					@Override
					protected Diagnostic generateModel(Object object, Monitor monitor) {
						// Plugin class, plugin.properties, build.properties, MANIFEST.MF and plugin.xml: kept by hand.
						monitor.done();
						return Diagnostic.OK_INSTANCE;
					}
				};
			}
			return genModelGeneratorAdapter;
		}
	}
}
