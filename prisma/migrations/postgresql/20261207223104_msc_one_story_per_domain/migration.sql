-- DropIndex
DROP INDEX "MscSelection_roundId_changeDomainId_checkInId_key";

-- AlterTable: one story per domain and round; "any other change" gets the key "other".
ALTER TABLE "MscSelection" ADD COLUMN     "domainKey" TEXT;
UPDATE "MscSelection" SET "domainKey" = COALESCE("changeDomainId", 'other');
-- Should a domain have been chosen twice, the first choice is kept.
DELETE FROM "MscSelection" m
WHERE EXISTS (
  SELECT 1 FROM "MscSelection" e
  WHERE e."roundId" = m."roundId"
    AND e."domainKey" = m."domainKey"
    AND (e."createdAt" < m."createdAt" OR (e."createdAt" = m."createdAt" AND e."id" < m."id"))
);
ALTER TABLE "MscSelection" ALTER COLUMN "domainKey" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "MscSelection_roundId_domainKey_key" ON "MscSelection"("roundId", "domainKey");
