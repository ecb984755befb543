package org.qaworkbench.audits.internal.pdf;

import java.util.List;

/** One cell of a {@link Table}: paragraphs one under another, across one or more columns, shaded or centred. */
record Cell(List<Paragraph> paragraphs, int span, boolean isShaded, boolean isCentred) {

	static final Cell EMPTY = of(List.of());

	static Cell of(List<Paragraph> paragraphs) {
		return new Cell(List.copyOf(paragraphs), 1, false, false);
	}

	static Cell of(String text) {
		return of(List.of(Paragraph.plain(text)));
	}

	static Cell bold(String text) {
		return of(List.of(Paragraph.bold(text)));
	}

	Cell span(int columns) {
		return new Cell(paragraphs, columns, isShaded, isCentred);
	}

	Cell shaded() {
		return new Cell(paragraphs, span, true, isCentred);
	}

	Cell centred() {
		return new Cell(paragraphs, span, isShaded, true);
	}

	/** How much text there is, for choosing between a narrow and a full-width layout. */
	int length() {
		return paragraphs.stream().mapToInt(paragraph -> paragraph.text().length() + (paragraph.text().contains("\n") ? 1000 : 0)).sum(); //$NON-NLS-1$
	}
}
