package org.qaworkbench.core.queries;

/**
 * How many audits stand at an overall grade ({@code null}: not graded), and how many of them have it from
 * moderation (the moderator's grade, which stands in place of the auditor's judgement).
 */
public record GradeCount(String grade, long audits, long moderated) {
}
