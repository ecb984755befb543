package org.qaworkbench.xlsform.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.osgi.util.NLS;

/**
 * Reads the sheets of an .xlsx workbook (Office Open XML SpreadsheetML) with the JDK's zip and StAX: no library,
 * no DTDs, no external entities. Shared strings, inline strings, numbers, booleans, formulas' cached values and
 * dates (serial numbers in a date format) are read as text. Sizes are bounded, so a hostile file cannot exhaust
 * memory.
 */
public final class XlsxReader {

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"; //$NON-NLS-1$
	private static final String STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/officeDocument/relationships"; //$NON-NLS-1$
	/** The most bytes read from one part once unpacked: far beyond any checklist, far below harm. */
	private static final long MOST_BYTES = 64L * 1024 * 1024;
	static final int MOST_ROWS = 100_000;
	static final int MOST_COLUMNS = 500;
	/** Excel's built-in number formats that show dates or times. */
	private static final int[][] DATE_FORMATS = { { 14, 22 }, { 27, 36 }, { 45, 47 }, { 50, 58 } };

	private final ZipFile zip;
	private final XMLInputFactory factory;
	private List<String> sharedStrings = List.of();
	private final List<Boolean> dateStyles = new ArrayList<>();
	private boolean date1904;

	private XlsxReader(ZipFile zip) {
		this.zip = zip;
		this.factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
		trySetProperty(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
	}

	private void trySetProperty(String name, Object value) {
		try {
			factory.setProperty(name, value);
		} catch (IllegalArgumentException notSupported) {
			// DTDs are off anyway; this only closes the door twice where the implementation knows the property
		}
	}

	/** Every sheet of the workbook, in the workbook's order. */
	public static List<Sheet> read(Path file) throws SpreadsheetException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return new XlsxReader(zip).sheets();
		} catch (ZipException e) {
			throw new SpreadsheetException(Messages.Xlsx_notAWorkbook);
		} catch (IOException e) {
			throw new SpreadsheetException(NLS.bind(Messages.Xlsx_unreadable, e.getMessage()));
		} catch (XMLStreamException | RuntimeException e) {
			throw new SpreadsheetException(NLS.bind(Messages.Xlsx_damaged, e.getMessage()));
		}
	}

	private List<Sheet> sheets() throws IOException, XMLStreamException, SpreadsheetException {
		String workbook = officeDocument();
		if (workbook == null || zip.getEntry(workbook) == null) {
			throw new SpreadsheetException(Messages.Xlsx_notAWorkbook);
		}
		Map<String, Relationship> relationships = relationships(workbook);
		for (Relationship relationship : relationships.values()) {
			if (relationship.type().endsWith("/sharedStrings")) { //$NON-NLS-1$
				sharedStrings = sharedStrings(relationship.target());
			} else if (relationship.type().endsWith("/styles")) { //$NON-NLS-1$
				styles(relationship.target());
			}
		}
		List<PendingSheet> pending = new ArrayList<>();
		XMLStreamReader xml = open(workbook);
		try {
			while (xml.hasNext()) {
				if (xml.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				if ("workbookPr".equals(xml.getLocalName())) { //$NON-NLS-1$
					String value = xml.getAttributeValue(null, "date1904"); //$NON-NLS-1$
					date1904 = "1".equals(value) || "true".equals(value); //$NON-NLS-1$ //$NON-NLS-2$
				} else if ("sheet".equals(xml.getLocalName())) { //$NON-NLS-1$
					String name = xml.getAttributeValue(null, "name"); //$NON-NLS-1$
					Relationship relationship = relationships.get(relationshipId(xml));
					if (relationship != null && relationship.type().endsWith("/worksheet") && zip.getEntry(relationship.target()) != null) { //$NON-NLS-1$
						pending.add(new PendingSheet(name, relationship.target()));
					}
				}
			}
		} finally {
			xml.close();
		}
		List<Sheet> sheets = new ArrayList<>();
		for (PendingSheet sheet : pending) {
			sheets.add(sheet(sheet.name(), sheet.part()));
		}
		return sheets;
	}

	/** A sheet named in the workbook, read when its turn comes (after the workbook's own XML is closed). */
	private record PendingSheet(String name, String part) {
	}

	private static String relationshipId(XMLStreamReader xml) {
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			String namespace = xml.getAttributeNamespace(i);
			if ("id".equals(xml.getAttributeLocalName(i)) && (RELATIONSHIPS.equals(namespace) || STRICT_RELATIONSHIPS.equals(namespace))) { //$NON-NLS-1$
				return xml.getAttributeValue(i);
			}
		}
		return null;
	}

	/** The workbook part the package's relationships name, else where Excel puts it. */
	private String officeDocument() throws IOException, XMLStreamException {
		if (zip.getEntry("_rels/.rels") == null) { //$NON-NLS-1$
			return "xl/workbook.xml"; //$NON-NLS-1$
		}
		for (Relationship relationship : relationships("").values()) { //$NON-NLS-1$
			if (relationship.type().endsWith("/officeDocument")) { //$NON-NLS-1$
				return relationship.target();
			}
		}
		return "xl/workbook.xml"; //$NON-NLS-1$
	}

	private record Relationship(String type, String target) {
	}

	/** The relationships of a part ("" for the package), with targets as zip entry names. */
	private Map<String, Relationship> relationships(String part) throws IOException, XMLStreamException {
		int slash = part.lastIndexOf('/');
		String folder = slash < 0 ? "" : part.substring(0, slash + 1); //$NON-NLS-1$
		String rels = folder + "_rels/" + part.substring(slash + 1) + ".rels"; //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, Relationship> relationships = new LinkedHashMap<>();
		if (zip.getEntry(rels) == null) {
			return relationships;
		}
		XMLStreamReader xml = open(rels);
		try {
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())) { //$NON-NLS-1$
					String target = xml.getAttributeValue(null, "Target"); //$NON-NLS-1$
					if (target == null || "External".equals(xml.getAttributeValue(null, "TargetMode"))) { //$NON-NLS-1$ //$NON-NLS-2$
						continue;
					}
					relationships.put(xml.getAttributeValue(null, "Id"), //$NON-NLS-1$
							new Relationship(String.valueOf(xml.getAttributeValue(null, "Type")), resolve(folder, target))); //$NON-NLS-1$
				}
			}
		} finally {
			xml.close();
		}
		return relationships;
	}

	/** A relationship target as a zip entry name: absolute ("/xl/...") or relative to the part's folder, "../" allowed. */
	private static String resolve(String folder, String target) {
		String path = target.startsWith("/") ? target.substring(1) : folder + target; //$NON-NLS-1$
		List<String> parts = new ArrayList<>();
		for (String part : path.split("/")) { //$NON-NLS-1$
			if (part.equals("..")) { //$NON-NLS-1$
				if (!parts.isEmpty()) {
					parts.remove(parts.size() - 1);
				}
			} else if (!part.isEmpty() && !part.equals(".")) { //$NON-NLS-1$
				parts.add(part);
			}
		}
		return String.join("/", parts); //$NON-NLS-1$
	}

	private List<String> sharedStrings(String part) throws IOException, XMLStreamException {
		List<String> strings = new ArrayList<>();
		if (zip.getEntry(part) == null) {
			return strings;
		}
		XMLStreamReader xml = open(part);
		try {
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) { //$NON-NLS-1$
					strings.add(richText(xml, "si")); //$NON-NLS-1$
				}
			}
		} finally {
			xml.close();
		}
		return strings;
	}

	/** The text of a string item (si or is): its t elements joined, phonetic runs (rPh) left out. */
	private static String richText(XMLStreamReader xml, String end) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int phonetic = 0;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				if ("rPh".equals(xml.getLocalName())) { //$NON-NLS-1$
					phonetic++;
				} else if ("t".equals(xml.getLocalName()) && phonetic == 0) { //$NON-NLS-1$
					text.append(xml.getElementText());
				}
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				if ("rPh".equals(xml.getLocalName())) { //$NON-NLS-1$
					phonetic--;
				} else if (end.equals(xml.getLocalName())) {
					break;
				}
			}
		}
		return unescape(text.toString());
	}

	/** Excel writes characters XML cannot hold as _xHHHH_. */
	private static String unescape(String text) {
		if (text.indexOf("_x") < 0) { //$NON-NLS-1$
			return text;
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			if (text.startsWith("_x", i) && i + 7 <= text.length() && text.charAt(i + 6) == '_' //$NON-NLS-1$
					&& text.substring(i + 2, i + 6).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
				out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
				i += 6;
			} else {
				out.append(text.charAt(i));
			}
		}
		return out.toString();
	}

	/** Which cell styles (by index) show a number as a date. */
	private void styles(String part) throws IOException, XMLStreamException {
		if (zip.getEntry(part) == null) {
			return;
		}
		Map<Integer, Boolean> customDates = new HashMap<>();
		XMLStreamReader xml = open(part);
		try {
			boolean inCellXfs = false;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (xml.getLocalName()) {
					case "numFmt" -> customDates.put(integer(xml.getAttributeValue(null, "numFmtId")), isDateFormat(xml.getAttributeValue(null, "formatCode"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					case "cellXfs" -> inCellXfs = true; //$NON-NLS-1$
					case "xf" -> { //$NON-NLS-1$
						if (inCellXfs) {
							int format = integer(xml.getAttributeValue(null, "numFmtId")); //$NON-NLS-1$
							dateStyles.add(customDates.containsKey(format) ? customDates.get(format) : isBuiltInDate(format));
						}
					}
					default -> {
						// nothing else bears on how a cell reads
					}
					}
				} else if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(xml.getLocalName())) { //$NON-NLS-1$
					inCellXfs = false;
				}
			}
		} finally {
			xml.close();
		}
	}

	private static boolean isBuiltInDate(int format) {
		for (int[] range : DATE_FORMATS) {
			if (format >= range[0] && format <= range[1]) {
				return true;
			}
		}
		return false;
	}

	/** A custom format shows a date when, outside quoted text and [colour] parts, it has d, m, y, h or s. */
	static boolean isDateFormat(String code) {
		if (code == null) {
			return false;
		}
		String plain = code.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "").replaceAll("\\\\.", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		return !plain.contains("general") && plain.matches(".*[dmyhs].*"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static int integer(String text) {
		try {
			return text == null ? 0 : Integer.parseInt(text.strip());
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	private Sheet sheet(String name, String part) throws IOException, XMLStreamException, SpreadsheetException {
		List<List<String>> rows = new ArrayList<>();
		XMLStreamReader xml = open(part);
		try {
			int rowNumber = 0;
			List<String> row = null;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) { //$NON-NLS-1$
					String r = xml.getAttributeValue(null, "r"); //$NON-NLS-1$
					rowNumber = r == null ? rowNumber + 1 : integer(r);
					if (rowNumber < 1 || rowNumber > MOST_ROWS) {
						throw new SpreadsheetException(NLS.bind(Messages.Xlsx_tooManyRows, name, MOST_ROWS));
					}
					while (rows.size() < rowNumber) {
						rows.add(new ArrayList<>());
					}
					row = rows.get(rowNumber - 1);
				} else if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName()) && row != null) { //$NON-NLS-1$
					int column = column(xml.getAttributeValue(null, "r"), row.size() + 1); //$NON-NLS-1$
					if (column > MOST_COLUMNS) {
						throw new SpreadsheetException(NLS.bind(Messages.Xlsx_tooManyColumns, name, MOST_COLUMNS));
					}
					String value = cell(xml);
					while (row.size() < column) {
						row.add(""); //$NON-NLS-1$
					}
					row.set(column - 1, value);
				}
			}
		} finally {
			xml.close();
		}
		return new Sheet(name, rows);
	}

	/** The column of a reference such as "AB12", counted from 1; {@code next} when the cell has no reference. */
	static int column(String reference, int next) {
		if (reference == null) {
			return next;
		}
		int column = 0;
		for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)) && column <= MOST_COLUMNS; i++) {
			column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
		}
		return column == 0 ? next : column;
	}

	/** The text of a cell; the reader stands on its start tag and ends on its end tag. */
	private String cell(XMLStreamReader xml) throws XMLStreamException {
		String type = xml.getAttributeValue(null, "t"); //$NON-NLS-1$
		int style = integer(xml.getAttributeValue(null, "s")); //$NON-NLS-1$
		String value = null;
		String inline = null;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				if ("v".equals(xml.getLocalName())) { //$NON-NLS-1$
					value = xml.getElementText();
				} else if ("is".equals(xml.getLocalName())) { //$NON-NLS-1$
					inline = richText(xml, "is"); //$NON-NLS-1$
				}
			} else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) { //$NON-NLS-1$
				break;
			}
		}
		if ("inlineStr".equals(type)) { //$NON-NLS-1$
			return inline == null ? "" : inline; //$NON-NLS-1$
		}
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (type == null || "n".equals(type)) { //$NON-NLS-1$
			return number(value, style < dateStyles.size() && dateStyles.get(style));
		}
		return switch (type) {
		case "s" -> { //$NON-NLS-1$
			int index = integer(value);
			yield index >= 0 && index < sharedStrings.size() ? sharedStrings.get(index) : ""; //$NON-NLS-1$
		}
		case "b" -> "1".equals(value.strip()) ? "TRUE" : "FALSE"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		default -> unescape(value); // str (a formula's text), e (an error such as #N/A), d (an ISO date)
		};
	}

	/** A number as a person reads it: 15 significant digits, no trailing zeros; a date as yyyy-mm-dd. */
	private String number(String value, boolean date) {
		BigDecimal number;
		try {
			number = new BigDecimal(value.strip());
		} catch (NumberFormatException e) {
			return value;
		}
		if (date) {
			return date(number.doubleValue(), date1904).toString();
		}
		BigDecimal rounded = number.round(new MathContext(15)).stripTrailingZeros();
		return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
	}

	/** Excel's serial day: 1 is 1 January 1900, with its 29 February 1900 that never was; or days from 1904. */
	static LocalDate date(double serial, boolean from1904) {
		long day = (long) Math.floor(serial);
		if (from1904) {
			return LocalDate.of(1904, 1, 1).plusDays(day);
		}
		return day < 61 ? LocalDate.of(1899, 12, 31).plusDays(day) : LocalDate.of(1899, 12, 30).plusDays(day);
	}

	private XMLStreamReader open(String part) throws IOException, XMLStreamException {
		ZipEntry entry = zip.getEntry(part);
		if (entry == null) {
			throw new IOException(NLS.bind(Messages.Xlsx_missingPart, part));
		}
		return factory.createXMLStreamReader(new Bounded(zip.getInputStream(entry), part), "UTF-8"); //$NON-NLS-1$
	}

	/** Stops reading a part past {@link #MOST_BYTES}: a small zip can unpack to gigabytes. */
	private static final class Bounded extends FilterInputStream {
		private final String part;
		private long read;

		Bounded(InputStream in, String part) {
			super(in);
			this.part = part;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count(b < 0 ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			count(Math.max(n, 0));
			return n;
		}

		private void count(int n) throws IOException {
			read += n;
			if (read > MOST_BYTES) {
				throw new IOException(NLS.bind(Messages.Xlsx_tooLarge, part));
			}
		}
	}
}
