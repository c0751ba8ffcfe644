-- AlterTable
ALTER TABLE "Application" ADD COLUMN "ineligibleNote" TEXT;
ALTER TABLE "Application" ADD COLUMN "ineligibleReason" TEXT;
ALTER TABLE "Application" ADD COLUMN "screenedAt" DATETIME;
ALTER TABLE "Application" ADD COLUMN "screenedById" TEXT;

-- AlterTable
ALTER TABLE "StoredFile" ADD COLUMN "deletedAt" DATETIME;
ALTER TABLE "StoredFile" ADD COLUMN "summary" TEXT;
ALTER TABLE "StoredFile" ADD COLUMN "summaryById" TEXT;

-- CreateTable
CREATE TABLE "PanelComment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "panelId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PanelComment_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PanelComment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommunityRanking" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "panelId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "applicationIds" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CommunityRanking_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "potId" TEXT NOT NULL,
    "panelId" TEXT,
    "outcome" TEXT NOT NULL,
    "amountMinor" INTEGER,
    "rationale" TEXT,
    "feedback" JSONB,
    "machineDrafted" JSONB,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "draftedById" TEXT,
    "confirmedAt" DATETIME,
    "confirmedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Decision_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MachineTranslation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "sourceLanguage" TEXT NOT NULL,
    "targetLanguage" TEXT NOT NULL,
    "translatedText" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Funder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "recordingRetentionDays" INTEGER NOT NULL DEFAULT 90,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Funder" ("createdAt", "id", "name", "slug", "updatedAt") SELECT "createdAt", "id", "name", "slug", "updatedAt" FROM "Funder";
DROP TABLE "Funder";
ALTER TABLE "new_Funder" RENAME TO "Funder";
CREATE UNIQUE INDEX "Funder_slug_key" ON "Funder"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PanelComment_panelId_applicationId_idx" ON "PanelComment"("panelId", "applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "CommunityRanking_panelId_userId_key" ON "CommunityRanking"("panelId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_applicationId_key" ON "Decision"("applicationId");

-- CreateIndex
CREATE INDEX "Decision_potId_idx" ON "Decision"("potId");

-- CreateIndex
CREATE UNIQUE INDEX "MachineTranslation_key_key" ON "MachineTranslation"("key");
