package org.qaworkbench.xlsform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** How cells read: serial days as dates (1900 with its leap-year bug, or 1904), date formats, cell references. */
class XlsxReaderTest {

	@Test
	void datesAreReadFromSerialDays() {
		assertEquals(LocalDate.of(2024, 11, 5), XlsxReader.date(45601, false));
		assertEquals(LocalDate.of(1900, 1, 1), XlsxReader.date(1, false));
		assertEquals(LocalDate.of(1900, 3, 1), XlsxReader.date(61, false));
		assertEquals(LocalDate.of(2028, 11, 6), XlsxReader.date(45601, true));
	}

	@Test
	void dateFormatsAreToldFromNumberFormats() {
		assertTrue(XlsxReader.isDateFormat("dd/mm/yyyy"));
		assertTrue(XlsxReader.isDateFormat("[$-809]d mmmm yyyy;@"));
		assertFalse(XlsxReader.isDateFormat("0.00"));
		assertFalse(XlsxReader.isDateFormat("\"days\" 0"));
		assertFalse(XlsxReader.isDateFormat("General"));
	}

	@Test
	void cellReferencesGiveColumns() {
		assertEquals(1, XlsxReader.column("A1", 9));
		assertEquals(28, XlsxReader.column("AB12", 9));
		assertEquals(9, XlsxReader.column(null, 9));
		assertEquals("AB", XlsxWriter.reference(28));
	}
}
