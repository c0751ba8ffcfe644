-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "reference" TEXT;

-- Applications made before references existed get one in the same shape as new ones: the
-- scheme's letters, the round's closing year, and four characters from the unambiguous
-- alphabet, spread from the row's position (a bijection modulo 25^4, so each is unique).
UPDATE "Application" a
SET "reference" =
    CASE WHEN length(l.letters) < 2 THEN 'WF' ELSE upper(substr(l.letters, 1, 3)) END
    || '-' || to_char(l."closesAt", 'YY')
    || '-' || substr('34679ACDEFGHJKMNPQRTUVWXY', ((l.n / 15625) % 25)::int + 1, 1)
    || substr('34679ACDEFGHJKMNPQRTUVWXY', ((l.n / 625) % 25)::int + 1, 1)
    || substr('34679ACDEFGHJKMNPQRTUVWXY', ((l.n / 25) % 25)::int + 1, 1)
    || substr('34679ACDEFGHJKMNPQRTUVWXY', (l.n % 25)::int + 1, 1)
FROM (
    SELECT a2."id", r."closesAt",
        regexp_replace(s."slug", '[^a-zA-Z]', '', 'g') AS letters,
        (ROW_NUMBER() OVER (ORDER BY a2."createdAt", a2."id") * 7919) % 390625 AS n
    FROM "Application" a2
    JOIN "Pot" p ON p."id" = a2."potId"
    JOIN "Round" r ON r."id" = p."roundId"
    JOIN "Scheme" s ON s."id" = r."schemeId"
) l
WHERE l."id" = a."id";

ALTER TABLE "Application" ALTER COLUMN "reference" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Application_reference_key" ON "Application"("reference");
