package org.qaworkbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The plugin.xml registration of the model, as OSGi and the extension registry see it. */
class QaPackageRegistrationPTest {

	private static final String NS_URI = "http://www.qaworkbench.org/model/qa/1.0";

	@Test
	void packageIsRegisteredUnderItsNamespaceUri() {
		assertEquals(NS_URI, QaPackage.eNS_URI);
		assertSame(QaPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(NS_URI));
	}

	@Test
	void generatedPackageExtensionIsReadWithItsGenModel() {
		// Filled only from org.eclipse.emf.ecore.generated_package extensions, never by the package's own init().
		URI genModel = EcorePlugin.getEPackageNsURIToGenModelLocationMap(true).get(NS_URI);
		assertNotNull(genModel, "no generated_package extension for " + NS_URI);
		assertEquals("platform:/plugin/org.qaworkbench.model/model/qa.genmodel", genModel.toString());
	}

	@Test
	void bundleShipsItsModel() {
		Bundle bundle = FrameworkUtil.getBundle(QaPackage.class);
		assertNotNull(bundle, "QaPackage is not loaded from a bundle");
		assertEquals("org.qaworkbench.model", bundle.getSymbolicName());
		assertNotNull(bundle.getEntry("model/qa.ecore"), "model/qa.ecore missing from the bundle");
		assertNotNull(bundle.getEntry("model/qa.genmodel"), "model/qa.genmodel missing from the bundle");
	}
}
