-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Application" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "potId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "requestedMinor" INTEGER NOT NULL DEFAULT 0,
    "recommendedMinor" INTEGER,
    "awardedMinor" INTEGER,
    "meetsFloorRule" BOOLEAN NOT NULL DEFAULT false,
    "formVersionId" TEXT,
    "answers" JSONB,
    "answerLanguage" TEXT,
    "sectionRevisions" JSONB,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "completedSections" JSONB,
    "submittedAt" DATETIME,
    "submittedById" TEXT,
    "enteredOnBehalfById" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Application_potId_fkey" FOREIGN KEY ("potId") REFERENCES "Pot" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Application_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Application_formVersionId_fkey" FOREIGN KEY ("formVersionId") REFERENCES "FormVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- Applications made before references existed get one in the same shape as new ones: the
-- scheme's letters, the round's closing year, and four characters from the unambiguous
-- alphabet, spread from the row's position (a bijection modulo 25^4, so each is unique).
INSERT INTO "new_Application" ("answerLanguage", "answers", "awardedMinor", "completedSections", "createdAt", "createdById", "enteredOnBehalfById", "formVersionId", "id", "meetsFloorRule", "organisationId", "potId", "recommendedMinor", "requestedMinor", "revision", "sectionRevisions", "status", "submittedAt", "submittedById", "updatedAt", "reference")
SELECT a."answerLanguage", a."answers", a."awardedMinor", a."completedSections", a."createdAt", a."createdById", a."enteredOnBehalfById", a."formVersionId", a."id", a."meetsFloorRule", a."organisationId", a."potId", a."recommendedMinor", a."requestedMinor", a."revision", a."sectionRevisions", a."status", a."submittedAt", a."submittedById", a."updatedAt",
    CASE WHEN length(l.letters) < 2 THEN 'WF' ELSE upper(substr(l.letters, 1, 3)) END
    || '-' || substr(CASE WHEN typeof(l.closesAt) = 'integer' THEN strftime('%Y', l.closesAt / 1000, 'unixepoch') ELSE strftime('%Y', l.closesAt) END, 3, 2)
    || '-' || substr('34679ACDEFGHJKMNPQRTUVWXY', (l.n / 15625) % 25 + 1, 1)
    || substr('34679ACDEFGHJKMNPQRTUVWXY', (l.n / 625) % 25 + 1, 1)
    || substr('34679ACDEFGHJKMNPQRTUVWXY', (l.n / 25) % 25 + 1, 1)
    || substr('34679ACDEFGHJKMNPQRTUVWXY', l.n % 25 + 1, 1)
FROM "Application" a
JOIN (
    SELECT a2."id" AS id, r."closesAt" AS closesAt,
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
            s."slug", '-', ''), '0', ''), '1', ''), '2', ''), '3', ''), '4', ''), '5', ''), '6', ''), '7', ''), '8', ''), '9', '') AS letters,
        (ROW_NUMBER() OVER (ORDER BY a2."createdAt", a2."id") * 7919) % 390625 AS n
    FROM "Application" a2
    JOIN "Pot" p ON p."id" = a2."potId"
    JOIN "Round" r ON r."id" = p."roundId"
    JOIN "Scheme" s ON s."id" = r."schemeId"
) l ON l.id = a."id";
DROP TABLE "Application";
ALTER TABLE "new_Application" RENAME TO "Application";
CREATE UNIQUE INDEX "Application_reference_key" ON "Application"("reference");
CREATE INDEX "Application_potId_status_idx" ON "Application"("potId", "status");
CREATE INDEX "Application_organisationId_idx" ON "Application"("organisationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
