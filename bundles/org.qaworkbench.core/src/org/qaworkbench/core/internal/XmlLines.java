package org.qaworkbench.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses a small XML file from a plugin into elements that know the line they are on, so that a problem can say
 * where it is. DOM alone forgets lines; SAX knows them, so SAX builds the elements (no DOCTYPE, no external
 * entities, as {@link Xml}). Text and comments are left out: the files read this way keep everything in attributes.
 */
public final class XmlLines {

	private static final String LINE = "line"; //$NON-NLS-1$

	private XmlLines() {
	}

	public static Document parse(InputStream in) throws IOException, SAXException, ParserConfigurationException {
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false); //$NON-NLS-1$
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false); //$NON-NLS-1$
		Document document = Xml.parser().newDocument();
		factory.newSAXParser().parse(in, new DefaultHandler() {
			private final Deque<Node> open = new ArrayDeque<>(java.util.List.of(document));
			private Locator locator;

			@Override
			public void setDocumentLocator(Locator locator) {
				this.locator = locator;
			}

			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				Element element = document.createElement(qName);
				for (int i = 0; i < attributes.getLength(); i++) {
					element.setAttribute(attributes.getQName(i), attributes.getValue(i));
				}
				// The parser reports where the start tag ends; a tag over several lines is found by its last line.
				element.setUserData(LINE, locator == null ? 0 : locator.getLineNumber(), null);
				open.peek().appendChild(element);
				open.push(element);
			}

			@Override
			public void endElement(String uri, String localName, String qName) {
				open.pop();
			}
		});
		return document;
	}

	/** The line an element parsed here is on; 0 when not known. */
	public static int line(Element element) {
		return element.getUserData(LINE) instanceof Integer line ? line : 0;
	}
}
