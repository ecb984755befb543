package org.qaworkbench.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/** Saves a model object to XMI bytes and loads it back into a fresh resource set, as a store would. */
final class XmiRoundTrip {

	private static final URI URI_ = URI.createURI("memory:/roundtrip.xmi");
	private static final Map<String, Object> OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8");

	final String xmi;
	final EObject loaded;

	private XmiRoundTrip(String xmi, EObject loaded) {
		this.xmi = xmi;
		this.loaded = loaded;
	}

	static XmiRoundTrip of(EObject root) throws IOException {
		Resource out = new XMIResourceImpl(URI_);
		new ResourceSetImpl().getResources().add(out);
		out.getContents().add(root);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		out.save(bytes, OPTIONS);

		ResourceSet fresh = new ResourceSetImpl();
		Resource in = new XMIResourceImpl(URI_);
		fresh.getResources().add(in);
		in.load(new ByteArrayInputStream(bytes.toByteArray()), OPTIONS);
		if (!in.getErrors().isEmpty() || in.getContents().size() != 1) {
			throw new IOException("Loading failed: " + in.getErrors() + " " + in.getContents());
		}
		return new XmiRoundTrip(bytes.toString(StandardCharsets.UTF_8), in.getContents().get(0));
	}
}
