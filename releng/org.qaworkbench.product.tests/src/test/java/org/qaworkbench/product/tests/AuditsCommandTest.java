package org.qaworkbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.product.tests.Launcher.Result;

/** {@code qa audits list|export} on demo data, through the installed launcher. */
class AuditsCommandTest {

	@TempDir
	static Path temp;

	private static Path data;

	/** The demo's service delivery manager (seed 5): exports are for the roles the permission matrix lets export. */
	private static final String MANAGER = "chloe.morgan";

	@BeforeAll
	static void demoData() throws Exception {
		data = temp.resolve("data");
		Launcher.demoData(data);
	}

	@Test
	void listShowsTheClosedAuditsOneALineIdFirst() throws Exception {
		Result list = Launcher.qa(data, "audits", "list", "--state", "closed");
		assertEquals(0, list.exitCode(), list.err());
		assertEquals("", list.err());
		List<String> lines = list.out().lines().toList();
		assertFalse(lines.isEmpty(), "demo data has closed audits");
		for (String line : lines) {
			assertTrue(line.matches("[1-9][0-9]* +LL[0-9]{6} +[A-Z][A-Za-z ]+ +Closed +[0-3][0-9]/[01][0-9]/20[0-9]{2}  .+"), line);
		}
		Result all = Launcher.qa(data, "audits", "list");
		assertTrue(all.out().lines().count() > lines.size(), "more audits than the closed ones");
	}

	@Test
	void exportWritesAPdfOfAnAudit() throws Exception {
		String id = Launcher.qa(data, "audits", "list", "--state", "closed").out().lines().findFirst().orElseThrow().split(" +")[0];
		Path pdf = temp.resolve("x.pdf");
		Result export = Launcher.qa(data, "audits", "export", "--id", id, "--format", "pdf", "--out", pdf.toString(), "--as", MANAGER);
		assertEquals(0, export.exitCode(), export.err());
		assertEquals("", export.err(), "nothing on standard error, such as logging noise");
		assertEquals("Wrote audit " + id + " to " + pdf + "\n", export.out());
		String content = Files.readString(pdf, StandardCharsets.ISO_8859_1);
		assertTrue(content.startsWith("%PDF-"), "a PDF file");
		assertTrue(content.stripTrailing().endsWith("%%EOF"), "a complete PDF file");
	}

	@Test
	void exportWritesTheAnswersAsCsvWithoutPersonalOnes() throws Exception {
		Path csv = temp.resolve("answers.csv");
		Result refused = Launcher.qa(data, "audits", "export", "--format", "csv", "--out", csv.toString(), "--as", "tom.williams");
		assertEquals(1, refused.exitCode(), refused.err());
		assertTrue(refused.err().startsWith("qa: You may not export records as CSV"), "the demo's administrator may not: " + refused.err());
		assertFalse(Files.exists(csv));
		Result export = Launcher.qa(data, "audits", "export", "--format", "csv", "--out", csv.toString(), "--locality", "the wrekin", "--as", MANAGER);
		assertEquals(0, export.exitCode(), export.err());
		assertTrue(export.out().matches("Wrote [1-9][0-9]* answers of [1-9][0-9]* audits to " + csv + "\n"), export.out());
		List<String> lines = Files.readAllLines(csv);
		assertEquals("audit_id,case_number,locality,auditors,date,state,checklist,checklist_version,section,question_id,question,file,value,label,comment",
				lines.get(0));
		assertTrue(lines.size() > 100, "rows of answers");
		assertTrue(lines.stream().skip(1).allMatch(line -> line.matches("[1-9][0-9]*,LL[0-9]{6},The Wrekin,.*")), "only The Wrekin's audits");
		assertTrue(lines.stream().noneMatch(line -> line.contains(",details-child,") || line.contains(",details-family,") || line.contains(",details-dob,")),
				"no child's name, family names or date of birth");
	}

	@Test
	void wrongValuesAreOneLineAndExitCodeTwo() throws Exception {
		Result wrong = Launcher.qa(data, "audits", "list", "--from", "2026-01-01");
		assertEquals(2, wrong.exitCode());
		assertEquals(List.of("qa: --from needs a date as DD/MM/YYYY, not '2026-01-01'."), wrong.errLines());
		Result format = Launcher.qa(data, "audits", "export", "--format", "xlsx", "--out", temp.resolve("x.xlsx").toString());
		assertEquals(2, format.exitCode());
		assertEquals(List.of("qa: unknown format 'xlsx'; the formats are pdf and csv."), format.errLines());
		Result help = Launcher.qa(data, "--help");
		assertTrue(help.out().contains("\n  audits         list audits and export them as PDF or CSV"), help.out());
	}
}
