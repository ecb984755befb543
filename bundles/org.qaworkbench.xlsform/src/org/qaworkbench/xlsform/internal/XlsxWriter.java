package org.qaworkbench.xlsform.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes sheets as a minimal .xlsx workbook (SpreadsheetML with inline strings, a bold first row that stays in
 * view, columns wide enough to read) that Excel and LibreOffice open. Every cell is text, so a version such as
 * 1.10 or a level 01 is kept exactly as written. The file is written whole or not at all (through a temporary file
 * beside it).
 */
public final class XlsxWriter {

	private static final int NARROWEST = 8;
	private static final int WIDEST = 70;

	private XlsxWriter() {
	}

	public static void write(List<Sheet> sheets, Path file) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path part = Files.createTempFile(folder, file.getFileName().toString(), ".part"); //$NON-NLS-1$
		try {
			try (OutputStream out = Files.newOutputStream(part); ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
				entry(zip, "[Content_Types].xml", contentTypes(sheets.size())); //$NON-NLS-1$
				entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" //$NON-NLS-1$ //$NON-NLS-2$
						+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" //$NON-NLS-1$
						+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>" //$NON-NLS-1$
						+ "</Relationships>"); //$NON-NLS-1$
				entry(zip, "xl/workbook.xml", workbook(sheets)); //$NON-NLS-1$
				entry(zip, "xl/_rels/workbook.xml.rels", workbookRelationships(sheets.size())); //$NON-NLS-1$
				entry(zip, "xl/styles.xml", STYLES); //$NON-NLS-1$
				for (int i = 0; i < sheets.size(); i++) {
					zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (i + 1) + ".xml")); //$NON-NLS-1$ //$NON-NLS-2$
					Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
					worksheet(sheets.get(i), writer);
					writer.flush();
					zip.closeEntry();
				}
			}
			Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(part);
		}
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static String contentTypes(int sheets) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" //$NON-NLS-1$
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" //$NON-NLS-1$
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" //$NON-NLS-1$
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" //$NON-NLS-1$
				+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" //$NON-NLS-1$
				+ "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"); //$NON-NLS-1$
		for (int i = 1; i <= sheets; i++) {
			xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i) //$NON-NLS-1$
					.append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"); //$NON-NLS-1$
		}
		return xml.append("</Types>").toString(); //$NON-NLS-1$
	}

	private static String workbook(List<Sheet> sheets) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" //$NON-NLS-1$
				+ "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " //$NON-NLS-1$
				+ "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"); //$NON-NLS-1$
		for (int i = 0; i < sheets.size(); i++) {
			xml.append("<sheet name=\"").append(escape(sheets.get(i).name())).append("\" sheetId=\"").append(i + 1) //$NON-NLS-1$ //$NON-NLS-2$
					.append("\" r:id=\"rId").append(i + 1).append("\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return xml.append("</sheets></workbook>").toString(); //$NON-NLS-1$
	}

	private static String workbookRelationships(int sheets) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" //$NON-NLS-1$
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"); //$NON-NLS-1$
		for (int i = 1; i <= sheets; i++) {
			xml.append("<Relationship Id=\"rId").append(i) //$NON-NLS-1$
					.append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet") //$NON-NLS-1$
					.append(i).append(".xml\"/>"); //$NON-NLS-1$
		}
		xml.append("<Relationship Id=\"rId").append(sheets + 1) //$NON-NLS-1$
				.append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"); //$NON-NLS-1$
		return xml.append("</Relationships>").toString(); //$NON-NLS-1$
	}

	/** Style 0: plain, top-aligned and wrapped; style 1: bold, for the first row. */
	private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" //$NON-NLS-1$
			+ "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" //$NON-NLS-1$
			+ "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>" //$NON-NLS-1$
			+ "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>" //$NON-NLS-1$
			+ "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>" //$NON-NLS-1$
			+ "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" //$NON-NLS-1$
			+ "<cellXfs count=\"2\">" //$NON-NLS-1$
			+ "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>" //$NON-NLS-1$
			+ "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\"/>" //$NON-NLS-1$
			+ "</cellXfs>" //$NON-NLS-1$
			+ "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>" //$NON-NLS-1$
			+ "</styleSheet>"; //$NON-NLS-1$

	private static void worksheet(Sheet sheet, Writer out) throws IOException {
		out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" //$NON-NLS-1$
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"); //$NON-NLS-1$
		out.write("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"); //$NON-NLS-1$
		int columns = sheet.rows().stream().mapToInt(List::size).max().orElse(0);
		if (columns > 0) {
			out.write("<cols>"); //$NON-NLS-1$
			for (int column = 1; column <= columns; column++) {
				out.write("<col min=\"" + column + "\" max=\"" + column + "\" width=\"" + width(sheet, column) + "\" customWidth=\"1\"/>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			out.write("</cols>"); //$NON-NLS-1$
		}
		out.write("<sheetData>"); //$NON-NLS-1$
		for (int r = 0; r < sheet.rows().size(); r++) {
			List<String> cells = sheet.rows().get(r);
			out.write("<row r=\"" + (r + 1) + "\">"); //$NON-NLS-1$ //$NON-NLS-2$
			for (int c = 0; c < cells.size(); c++) {
				if (cells.get(c).isEmpty()) {
					continue;
				}
				out.write("<c r=\"" + reference(c + 1) + (r + 1) + "\" t=\"inlineStr\"" + (r == 0 ? " s=\"1\"" : "") + "><is><t xml:space=\"preserve\">"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				out.write(escape(cells.get(c)));
				out.write("</t></is></c>"); //$NON-NLS-1$
			}
			out.write("</row>"); //$NON-NLS-1$
		}
		out.write("</sheetData></worksheet>"); //$NON-NLS-1$
	}

	/** Wide enough for the longest line of the column, within bounds (long text wraps). */
	private static int width(Sheet sheet, int column) {
		int widest = NARROWEST;
		for (List<String> row : sheet.rows()) {
			if (column <= row.size()) {
				for (String line : row.get(column - 1).split("\n")) { //$NON-NLS-1$
					widest = Math.max(widest, line.length() + 2);
				}
			}
		}
		return Math.min(widest, WIDEST);
	}

	/** The letters of a column: 1 is A, 27 is AA. */
	static String reference(int column) {
		StringBuilder letters = new StringBuilder();
		for (int c = column; c > 0; c = (c - 1) / 26) {
			letters.insert(0, (char) ('A' + (c - 1) % 26));
		}
		return letters.toString();
	}

	/** Text as XML character data; characters XML 1.0 cannot hold are written as Excel does, _xHHHH_. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '<' -> out.append("&lt;"); //$NON-NLS-1$
			case '>' -> out.append("&gt;"); //$NON-NLS-1$
			case '&' -> out.append("&amp;"); //$NON-NLS-1$
			case '"' -> out.append("&quot;"); //$NON-NLS-1$
			case '\r' -> out.append("&#13;"); //$NON-NLS-1$
			default -> {
				if (c < 0x20 && c != '\t' && c != '\n' || c == 0xFFFE || c == 0xFFFF) {
					out.append(String.format("_x%04X_", (int) c)); //$NON-NLS-1$
				} else if (c == '_' && text.startsWith("_x", i) && i + 7 <= text.length() && text.charAt(i + 6) == '_') { //$NON-NLS-1$
					out.append("_x005F_"); // a literal _xHHHH_ in the text, escaped as Excel does //$NON-NLS-1$
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}
}
