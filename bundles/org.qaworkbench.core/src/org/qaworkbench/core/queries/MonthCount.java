package org.qaworkbench.core.queries;

import java.time.YearMonth;

/** How many audits a locality ({@code null} id and name: none recorded) completed in a month. */
public record MonthCount(Long localityId, String locality, YearMonth month, long audits) {
}
