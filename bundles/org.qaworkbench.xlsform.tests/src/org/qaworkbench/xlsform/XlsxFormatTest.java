package org.qaworkbench.xlsform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.xlsform.internal.Sheet;
import org.qaworkbench.xlsform.internal.SpreadsheetException;
import org.qaworkbench.xlsform.internal.XlsxReader;
import org.qaworkbench.xlsform.internal.XlsxWriter;

/** The .xlsx reader and writer on their own: what is written reads back exactly, and hostile or broken files are refused. */
class XlsxFormatTest {

	@TempDir
	Path temp;

	@Test
	void textWrittenReadsBackExactly() throws Exception {
		Path xlsx = temp.resolve("text.xlsx");
		String awkward = "  line one\nline two & <three> \"quoted\" _x0041_ tab\there\u0001 ";
		XlsxWriter.write(List.of(new Sheet("one", List.of(List.of("a", "", "c"), List.of(awkward, "1.10", "0042"))), new Sheet("two", List.of())), xlsx);

		List<Sheet> sheets = XlsxReader.read(xlsx);
		assertEquals(List.of("one", "two"), sheets.stream().map(Sheet::name).toList());
		assertEquals(awkward, sheets.get(0).cell(2, 1));
		assertEquals("1.10", sheets.get(0).cell(2, 2), "a version stays text");
		assertEquals("0042", sheets.get(0).cell(2, 3));
		assertEquals("", sheets.get(0).cell(1, 2));
		// every part is well-formed XML
		try (ZipFile zip = new ZipFile(xlsx.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				try (InputStream in = zip.getInputStream(entry)) {
					DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
				}
			}
			assertTrue(zip.getEntry("[Content_Types].xml") != null && zip.getEntry("xl/worksheets/sheet2.xml") != null);
		}
	}

	@Test
	void aFileThatIsNoWorkbookIsRefusedWithAReason() throws Exception {
		Path text = temp.resolve("notes.xlsx");
		Files.writeString(text, "not a workbook");
		WorkbookResult read = ChecklistWorkbooks.read(text);
		assertFalse(read.isValid());
		assertTrue(read.problems().get(0).toString().startsWith("notes.xlsx: this is not an .xlsx workbook"), read.problems().toString());

		Path zip = temp.resolve("other.xlsx");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("readme.txt"));
			out.write("hello".getBytes());
		}
		assertTrue(ChecklistWorkbooks.read(zip).problems().get(0).message().startsWith("this is not an .xlsx workbook"));
	}

	@Test
	void anExternalEntityIsNeverFetched() throws Exception {
		Path xlsx = temp.resolve("entity.xlsx");
		XlsxWriter.write(List.of(new Sheet("survey", List.of(List.of("type")))), xlsx);
		Path secret = temp.resolve("secret.txt");
		Files.writeString(secret, "SECRET");
		Path hostile = temp.resolve("hostile.xlsx");
		try (ZipFile in = new ZipFile(xlsx.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(hostile))) {
			for (ZipEntry entry : Collections.list(in.entries())) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				byte[] bytes = in.getInputStream(entry).readAllBytes();
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					bytes = new String(bytes, "UTF-8").replace("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>",
							"<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>").replace(">type<", ">&x;<").getBytes("UTF-8");
				}
				out.write(bytes);
			}
		}
		try {
			List<Sheet> sheets = XlsxReader.read(hostile);
			assertFalse(sheets.get(0).cell(1, 1).contains("SECRET"));
		} catch (SpreadsheetException refused) {
			assertTrue(refused.getMessage().startsWith("the workbook is damaged"), refused.getMessage());
		}
	}
}
