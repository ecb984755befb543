-- The supervision audit's sample (Appendix D): each random draw of the supervision files an audit looks at, the
-- first and every redraw, with its seed, the team, the list drawn from and the files drawn (staff ids in order),
-- who drew it, when, and why for a redraw. The last draw is the audit's sample.
CREATE TABLE "ASSESSMENT_SAMPLE_DRAWS" (
    "PARENT_ID" BIGINT NOT NULL REFERENCES "ASSESSMENTS",
    "SEQ" INTEGER NOT NULL,
    "SEED" BIGINT,
    "TEAM_ID" BIGINT,
    "DRAWN_FROM" VARCHAR(32672),
    "FILES" VARCHAR(32672),
    "BY" VARCHAR(255),
    "AT" TIMESTAMP,
    "REASON" VARCHAR(32672),
    PRIMARY KEY ("PARENT_ID", "SEQ")
);
