package org.qaworkbench.xlsform.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * Reads a CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks) as one sheet. UTF-8, with or
 * without the byte order mark Excel writes; a file whose first line has semicolons and no comma (as Excel saves CSV
 * where the comma is the decimal mark) is read with semicolons.
 */
public final class CsvReader {

	private CsvReader() {
	}

	public static Sheet read(Path file, String sheetName) throws SpreadsheetException {
		String text;
		try {
			byte[] bytes = Files.readAllBytes(file);
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new SpreadsheetException(Messages.Csv_notUtf8);
		} catch (IOException e) {
			throw new SpreadsheetException(NLS.bind(Messages.Xlsx_unreadable, e.getMessage()));
		}
		if (text.startsWith("\uFEFF")) { //$NON-NLS-1$
			text = text.substring(1);
		}
		int lineEnd = text.indexOf('\n');
		String first = lineEnd < 0 ? text : text.substring(0, lineEnd);
		char separator = first.indexOf(',') < 0 && first.indexOf(';') >= 0 ? ';' : ',';
		return new Sheet(sheetName, parse(text, separator));
	}

	static List<List<String>> parse(String text, char separator) throws SpreadsheetException {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
				any = true;
			} else if (c == separator) {
				row.add(field.toString());
				field.setLength(0);
				any = true;
			} else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				any = false;
				if (rows.size() > XlsxReader.MOST_ROWS) {
					throw new SpreadsheetException(NLS.bind(Messages.Xlsx_tooManyRows, "csv", XlsxReader.MOST_ROWS)); //$NON-NLS-1$
				}
			} else {
				field.append(c);
				any = true;
			}
		}
		if (any || field.length() > 0) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}
}
