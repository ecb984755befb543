package org.qaworkbench.xlsform.internal;

/**
 * Puts a problem core's DefinitionValidator found back at the column it comes from. The validator names the
 * element ("item 'q3'", "the scoring of section 'basic'") as core's messages do, in these words; which of the
 * element's columns is meant follows from what the message is about (the validator speaks of the model's
 * attributes: notBefore, matrixFiles, scorerId).
 */
final class ProblemColumns {

	/** How core names elements (its DefinitionElement_* messages). */
	static final String CHECKLIST = "checklist"; //$NON-NLS-1$
	static final String SCALE = "scale"; //$NON-NLS-1$
	static final String SECTION = "section"; //$NON-NLS-1$
	static final String ITEM = "item"; //$NON-NLS-1$
	static final String LEVEL = "level {0} of {1}"; //$NON-NLS-1$
	static final String SECTION_SCORING = "the scoring of {0}"; //$NON-NLS-1$
	static final String OVERALL_SCORING = "the overall scoring"; //$NON-NLS-1$

	private ProblemColumns() {
	}

	/** The column a problem of {@code element} with {@code message} is about; {@code fallback} when no other fits. */
	static String column(String element, String message, String fallback) {
		if (element.startsWith(ITEM + ' ')) {
			return itemColumn(message);
		}
		if (element.startsWith("the scoring of ") || element.equals(OVERALL_SCORING)) { //$NON-NLS-1$
			return message.contains("decimals") ? WorkbookReader.DECIMALS : message.contains("scorerId") ? WorkbookReader.SCORER : WorkbookReader.SCORE; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (element.equals(CHECKLIST)) {
			return message.contains("definitionId") ? WorkbookReader.FORM_ID //$NON-NLS-1$
					: message.contains("version") ? WorkbookReader.VERSION : message.contains("title") ? WorkbookReader.FORM_TITLE : fallback; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (element.startsWith(SCALE + ' ')) {
			return message.contains("value") ? WorkbookReader.NAME : WorkbookReader.LIST_NAME; //$NON-NLS-1$
		}
		return fallback;
	}

	private static String itemColumn(String message) {
		if (message.contains("notBefore")) { //$NON-NLS-1$
			return WorkbookReader.NOT_BEFORE;
		}
		if (message.contains("condition")) { //$NON-NLS-1$
			return WorkbookReader.RELEVANT;
		}
		if (message.startsWith("its maximum")) { //$NON-NLS-1$
			return WorkbookReader.MAXIMUM;
		}
		if (message.contains("minimum") || message.contains("maximum")) { //$NON-NLS-1$ //$NON-NLS-2$
			return WorkbookReader.MINIMUM;
		}
		if (message.contains("matrixFiles")) { //$NON-NLS-1$
			return WorkbookReader.FILES;
		}
		if (message.contains("no text")) { //$NON-NLS-1$
			return WorkbookReader.LABEL;
		}
		if (message.contains(" id")) { //$NON-NLS-1$
			return WorkbookReader.NAME;
		}
		return WorkbookReader.TYPE;
	}
}
