package org.qaworkbench.audits.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Maps every font PDFBox wants a stand-in for to the Liberation Sans it carries. PDFBox's own mapper looks for
 * stand-ins of the standard 14 fonts among the system's fonts the first time one is used: a second or more, a cache
 * file in the user's home folder and warnings on standard error, for glyph shapes that only rendering on screen
 * needs. Writing a PDF and extracting its text need only the metrics, which PDFBox has built in.
 */
final class BuiltInFontMapper implements FontMapper {

	private static final String LIBERATION_SANS = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf"; //$NON-NLS-1$
	private static boolean installed;

	private TrueTypeFont font;

	private BuiltInFontMapper() {
	}

	/** Puts the mapper in place of PDFBox's own, once. */
	static synchronized void install() {
		if (!installed) {
			FontMappers.set(new BuiltInFontMapper());
			installed = true;
		}
	}

	@Override
	public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
		return new FontMapping<>(font(), false);
	}

	@Override
	public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
		return new FontMapping<>(font(), false);
	}

	@Override
	public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
		return new CIDFontMapping(null, font(), false);
	}

	private synchronized TrueTypeFont font() {
		if (font == null) {
			try (InputStream in = PDDocument.class.getResourceAsStream(LIBERATION_SANS)) {
				if (in == null) {
					throw new IOException("PDFBox carries no " + LIBERATION_SANS); //$NON-NLS-1$
				}
				font = new TTFParser().parse(new RandomAccessReadBuffer(in));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return font;
	}
}
