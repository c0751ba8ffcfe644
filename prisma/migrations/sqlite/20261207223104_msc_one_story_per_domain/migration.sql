-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MscSelection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "changeDomainId" TEXT,
    "domainKey" TEXT NOT NULL,
    "checkInId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "reasonLocale" TEXT NOT NULL,
    "selectedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
-- One story per domain and round: "any other change" gets the key "other"; should a domain
-- have been chosen twice, the first choice is kept.
INSERT INTO "new_MscSelection" ("changeDomainId", "domainKey", "checkInId", "createdAt", "id", "reason", "reasonLocale", "roundId", "selectedById") SELECT "changeDomainId", COALESCE("changeDomainId", 'other'), "checkInId", "createdAt", "id", "reason", "reasonLocale", "roundId", "selectedById" FROM "MscSelection" m
WHERE NOT EXISTS (
  SELECT 1 FROM "MscSelection" e
  WHERE e."roundId" = m."roundId"
    AND COALESCE(e."changeDomainId", 'other') = COALESCE(m."changeDomainId", 'other')
    AND (e."createdAt" < m."createdAt" OR (e."createdAt" = m."createdAt" AND e."id" < m."id"))
);
DROP TABLE "MscSelection";
ALTER TABLE "new_MscSelection" RENAME TO "MscSelection";
CREATE INDEX "MscSelection_checkInId_idx" ON "MscSelection"("checkInId");
CREATE UNIQUE INDEX "MscSelection_roundId_domainKey_key" ON "MscSelection"("roundId", "domainKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
