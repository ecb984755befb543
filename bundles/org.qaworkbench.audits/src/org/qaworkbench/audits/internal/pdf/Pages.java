package org.qaworkbench.audits.internal.pdf;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.audits.internal.Messages;
import org.qaworkbench.audits.internal.pdf.Paragraph.Style;

/**
 * A4 pages written top to bottom: where the next thing goes, a new page when it does not fit, and at the end a footer
 * with the page number on every page.
 */
final class Pages implements AutoCloseable {

	static final float SIZE = 9f;
	static final float LEADING = 11f;
	private static final PDRectangle A4 = PDRectangle.A4;
	private static final float MARGIN = 40f;
	private static final float FOOTER = 24f;
	private static final float GREY = 0.88f;

	private final PDDocument document;
	private final Fonts fonts;
	private PDPageContentStream stream;
	private float y;

	Pages(PDDocument document, Fonts fonts) throws IOException {
		this.document = document;
		this.fonts = fonts;
		newPage();
	}

	Fonts fonts() {
		return fonts;
	}

	float left() {
		return MARGIN;
	}

	float width() {
		return A4.getWidth() - 2 * MARGIN;
	}

	float y() {
		return y;
	}

	void down(float height) {
		y -= height;
	}

	/** The height left on this page. */
	float room() {
		return y - MARGIN - FOOTER;
	}

	/** The height of an empty page. */
	float pageRoom() {
		return A4.getHeight() - 2 * MARGIN - FOOTER;
	}

	boolean atTop() {
		return y >= A4.getHeight() - MARGIN;
	}

	void newPage() throws IOException {
		if (stream != null) {
			stream.close();
		}
		PDPage page = new PDPage(A4);
		document.addPage(page);
		stream = new PDPageContentStream(document, page);
		stream.setLineWidth(0.5f);
		y = A4.getHeight() - MARGIN;
	}

	/** Starts a new page unless {@code height} fits on this one. */
	void keep(float height) throws IOException {
		if (height > room() && !atTop()) {
			newPage();
		}
	}

	void text(float x, float baseline, Style style, float size, String text) throws IOException {
		show(stream, x, baseline, style, size, text);
	}

	private void show(PDPageContentStream on, float x, float baseline, Style style, float size, String text) throws IOException {
		if (text.isEmpty()) {
			return;
		}
		on.beginText();
		on.setFont(fonts.of(style), size);
		on.newLineAtOffset(x, baseline);
		on.showText(text);
		on.endText();
	}

	void box(float x, float top, float width, float height, boolean shaded) throws IOException {
		if (shaded) {
			stream.setNonStrokingColor(GREY, GREY, GREY);
			stream.addRect(x, top - height, width, height);
			stream.fill();
			stream.setNonStrokingColor(0f, 0f, 0f);
		}
		stream.addRect(x, top - height, width, height);
		stream.stroke();
	}

	void title(String text) throws IOException {
		block(List.of(Paragraph.bold(text)), 15f, 19f);
		down(6f);
	}

	/** A heading, kept on the page with a few lines of what follows it. */
	void heading(String text) throws IOException {
		down(6f);
		keep(14f + 5 * LEADING);
		block(List.of(Paragraph.bold(text)), 11f, 14f);
		down(3f);
	}

	void paragraph(Paragraph paragraph) throws IOException {
		block(List.of(paragraph), SIZE, LEADING);
		down(4f);
	}

	private void block(List<Paragraph> paragraphs, float size, float leading) throws IOException {
		for (Line line : Line.wrap(paragraphs, fonts, size, width())) {
			keep(leading);
			text(left(), y - Fonts.ASCENT * size - (leading - size) / 2, line.style(), size, line.text());
			down(leading);
		}
	}

	/** Ends the last page and writes on every page {@code left} and "Page N of M". */
	void finish(String left) throws IOException {
		stream.close();
		stream = null;
		int count = document.getNumberOfPages();
		String cleanLeft = WinAnsi.clean(left);
		for (int i = 0; i < count; i++) {
			try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i), AppendMode.APPEND, true, true)) {
				show(footer, left(), MARGIN, Style.REGULAR, 8f, cleanLeft);
				String page = NLS.bind(Messages.Pdf_page, i + 1, count);
				show(footer, left() + width() - fonts.width(Style.REGULAR, 8f, page), MARGIN, Style.REGULAR, 8f, page);
			}
		}
	}

	@Override
	public void close() throws IOException {
		if (stream != null) {
			stream.close();
			stream = null;
		}
	}
}
