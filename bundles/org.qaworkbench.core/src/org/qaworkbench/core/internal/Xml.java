package org.qaworkbench.core.internal;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

/** A DOM parser for files from plugins: no DOCTYPE, no external entities. */
public final class Xml {

	private Xml() {
	}

	public static DocumentBuilder parser() throws ParserConfigurationException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
		factory.setExpandEntityReferences(false);
		return factory.newDocumentBuilder();
	}
}
