package org.qaworkbench.audits.internal.pdf;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Text the standard 14 PDF fonts can show. They cover WinAnsi (Western European letters, curly quotes, dashes, the
 * euro sign); anything else would make PDFBox refuse the text. Accented letters outside it lose their accents
 * (Ș becomes S), a few letters with no decomposition have a stand-in (Ł becomes L), tabs and odd spaces become
 * spaces, invisible characters go, and whatever is left becomes "?".
 */
final class WinAnsi {

	private static final Set<Integer> SHOWN = shown();
	/** Letters with no decomposition (L with stroke, D with stroke, H with stroke, dotless i) and dashes and primes. */
	private static final Map<Integer, String> STAND_INS = Map.ofEntries(Map.entry(0x0141, "L"), Map.entry(0x0142, "l"), Map.entry(0x0110, "D"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry(0x0111, "d"), Map.entry(0x0126, "H"), Map.entry(0x0127, "h"), Map.entry(0x0131, "i"), Map.entry(0x2010, "-"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			Map.entry(0x2011, "-"), Map.entry(0x2012, "-"), Map.entry(0x2212, "-"), Map.entry(0x2032, "'"), Map.entry(0x2033, "\"")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private WinAnsi() {
	}

	/** The text with every character the fonts cannot show replaced; line breaks are kept. */
	static String clean(String text) {
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().forEach(codePoint -> clean.append(shown(codePoint)));
		return clean.toString();
	}

	private static String shown(int codePoint) {
		if (codePoint == '\n' || SHOWN.contains(codePoint)) {
			return Character.toString(codePoint);
		}
		if (codePoint == '\r' || Character.getType(codePoint) == Character.FORMAT) {
			return ""; //$NON-NLS-1$
		}
		if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
			return " "; //$NON-NLS-1$
		}
		String standIn = STAND_INS.get(codePoint);
		if (standIn != null) {
			return standIn;
		}
		String bare = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD).replaceAll("\\p{M}", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return !bare.isEmpty() && bare.codePoints().allMatch(SHOWN::contains) ? bare : "?"; //$NON-NLS-1$
	}

	private static Set<Integer> shown() {
		Set<Integer> shown = new HashSet<>();
		GlyphList glyphs = GlyphList.getAdobeGlyphList();
		for (String name : WinAnsiEncoding.INSTANCE.getCodeToNameMap().values()) {
			String unicode = glyphs.toUnicode(name);
			if (unicode != null && unicode.codePointCount(0, unicode.length()) == 1 && !Character.isISOControl(unicode.codePointAt(0))) {
				shown.add(unicode.codePointAt(0));
			}
		}
		return shown;
	}
}
