-- Key dates of kinds an authority adds as data: CASE_KEY_DATES.KIND holds the id of a kind (the name of a built-in
-- one, FIRST_CONTACT, as it always has, or one a checklist plugin contributes, TAF_MEETING), no longer only an
-- enumeration literal. The values already stored stay as they are; the column only widens to a text.
ALTER TABLE "CASE_KEY_DATES" ALTER COLUMN "KIND" SET DATA TYPE VARCHAR(32672);
