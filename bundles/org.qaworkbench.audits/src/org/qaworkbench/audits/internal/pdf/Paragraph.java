package org.qaworkbench.audits.internal.pdf;

/** A run of text in one style, cleaned for the standard fonts ({@link WinAnsi}); line breaks in it are kept. */
record Paragraph(String text, Style style) {

	enum Style {
		REGULAR, BOLD, ITALIC
	}

	Paragraph {
		text = WinAnsi.clean(text == null ? "" : text.strip()); //$NON-NLS-1$
	}

	static Paragraph plain(String text) {
		return new Paragraph(text, Style.REGULAR);
	}

	static Paragraph bold(String text) {
		return new Paragraph(text, Style.BOLD);
	}

	static Paragraph italic(String text) {
		return new Paragraph(text, Style.ITALIC);
	}

	boolean isEmpty() {
		return text.isEmpty();
	}
}
