package org.qaworkbench.core.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.QaPackage;

/**
 * Model objects as XMI text, for definition snapshots and drafts, wherever they are kept (a database, or a file on
 * this computer while the server is away). The same object always gives the same text.
 */
public final class RecordXmi {

	static {
		QaPackage.eINSTANCE.eClass(); // registers the package for reading, also outside OSGi
	}

	private static final Map<String, Object> OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 120); //$NON-NLS-1$

	private RecordXmi() {
	}

	public static String write(EObject object) {
		Resource resource = new XMIResourceImpl(URI.createURI("snapshot.xmi")); //$NON-NLS-1$
		EObject copy = EcoreUtil.copy(object);
		referToRecordsByProxy(copy);
		resource.getContents().add(copy);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			resource.save(bytes, OPTIONS);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@SuppressWarnings("unchecked")
	public static <T extends EObject> T read(String text) {
		Resource resource = new XMIResourceImpl(URI.createURI("snapshot.xmi")); //$NON-NLS-1$
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), OPTIONS);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		T root = (T) resource.getContents().get(0);
		restoreProxyIds(root);
		return root;
	}

	/** A stand-in for a stored record, known by its type and id (qa:/Type/id). */
	public static EObject proxy(EClass type, long id) {
		EObject proxy = EcoreUtil.create(type);
		((InternalEObject) proxy).eSetProxyURI(URI.createURI("qa:/" + type.getName() + "/" + id)); //$NON-NLS-1$ //$NON-NLS-2$
		((Identified) proxy).setId(id);
		return proxy;
	}

	/** Records referred to (staff, localities) are stored on their own: the text keeps only their type and id. */
	@SuppressWarnings("unchecked")
	private static void referToRecordsByProxy(EObject root) {
		java.util.List<EObject> objects = new java.util.ArrayList<>();
		objects.add(root);
		root.eAllContents().forEachRemaining(objects::add);
		for (EObject object : objects) {
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || !object.eIsSet(reference)) {
					continue;
				}
				if (reference.isMany()) {
					java.util.List<Object> targets = (java.util.List<Object>) object.eGet(reference, false);
					for (int i = 0; i < targets.size(); i++) {
						targets.set(i, asProxy(root, targets.get(i)));
					}
				} else {
					object.eSet(reference, asProxy(root, object.eGet(reference, false)));
				}
			}
		}
	}

	private static Object asProxy(EObject root, Object target) {
		if (target instanceof Identified record && !record.eIsProxy() && !EcoreUtil.isAncestor(root, record)) {
			return proxy(record.eClass(), record.getId());
		}
		return target;
	}

	/** References to stored records travel as proxies (qa:/Type/id); give each its id back. */
	private static void restoreProxyIds(EObject root) {
		for (var contents = EcoreUtil.getAllContents(root, false); contents.hasNext();) {
			restoreIds((EObject) contents.next());
		}
		restoreIds(root);
	}

	private static void restoreIds(EObject object) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment()) {
				continue;
			}
			Object value = object.eGet(reference, false);
			for (Object target : reference.isMany() ? (Iterable<?>) value : java.util.Collections.singletonList(value)) {
				if (target instanceof Identified record && record.eIsProxy()) {
					String path = ((InternalEObject) record).eProxyURI().path();
					record.setId(Long.parseLong(path.substring(path.lastIndexOf('/') + 1)));
				}
			}
		}
	}
}
