package org.qaworkbench.audits.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.qaworkbench.audits.internal.pdf.Paragraph.Style;

/** Helvetica, bold and oblique: standard fonts every PDF reader has, so nothing is embedded. */
final class Fonts {

	/** Height above the baseline of Helvetica's capitals, per point of size. */
	static final float ASCENT = 0.718f;

	private final Map<Style, PDFont> fonts = new EnumMap<>(Style.class);

	Fonts() {
		BuiltInFontMapper.install();
		fonts.put(Style.REGULAR, new PDType1Font(FontName.HELVETICA));
		fonts.put(Style.BOLD, new PDType1Font(FontName.HELVETICA_BOLD));
		fonts.put(Style.ITALIC, new PDType1Font(FontName.HELVETICA_OBLIQUE));
	}

	PDFont of(Style style) {
		return fonts.get(style);
	}

	/** The width in points of text cleaned by {@link WinAnsi}. */
	float width(Style style, float size, String text) {
		try {
			return fonts.get(style).getStringWidth(text) / 1000f * size;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
