package org.qaworkbench.audits.internal.pdf;

import java.util.ArrayList;
import java.util.List;

import org.qaworkbench.audits.internal.pdf.Paragraph.Style;

/** One printed line of a paragraph, wrapped to a width. */
record Line(String text, Style style) {

	/** The paragraphs' lines, wrapped at spaces to the width; a word longer than the width is broken where it must be. */
	static List<Line> wrap(List<Paragraph> paragraphs, Fonts fonts, float size, float width) {
		List<Line> lines = new ArrayList<>();
		for (Paragraph paragraph : paragraphs) {
			if (paragraph.isEmpty()) {
				continue;
			}
			for (String hardLine : paragraph.text().split("\n", -1)) { //$NON-NLS-1$
				wrap(hardLine, paragraph.style(), fonts, size, width, lines);
			}
		}
		return lines;
	}

	private static void wrap(String text, Style style, Fonts fonts, float size, float width, List<Line> lines) {
		String current = ""; //$NON-NLS-1$
		for (String word : text.strip().split(" +")) { //$NON-NLS-1$
			String longer = current.isEmpty() ? word : current + ' ' + word;
			if (fonts.width(style, size, longer) <= width) {
				current = longer;
				continue;
			}
			if (!current.isEmpty()) {
				lines.add(new Line(current, style));
			}
			current = word;
			while (current.length() > 1 && fonts.width(style, size, current) > width) {
				int fits = 1;
				while (fits < current.length() && fonts.width(style, size, current.substring(0, fits + 1)) <= width) {
					fits++;
				}
				lines.add(new Line(current.substring(0, fits), style));
				current = current.substring(fits);
			}
		}
		lines.add(new Line(current, style));
	}
}
