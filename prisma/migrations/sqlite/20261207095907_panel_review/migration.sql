-- AlterTable
ALTER TABLE "PanelMember" ADD COLUMN "conflictsCheckedAt" DATETIME;
ALTER TABLE "PanelMember" ADD COLUMN "removedAt" DATETIME;

-- CreateTable
CREATE TABLE "PanelPot" (
    "panelId" TEXT NOT NULL,
    "potId" TEXT NOT NULL,

    PRIMARY KEY ("panelId", "potId"),
    CONSTRAINT "PanelPot_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PanelPot_potId_fkey" FOREIGN KEY ("potId") REFERENCES "Pot" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PanelInvitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "panelId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "locale" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "acceptedAt" DATETIME,
    "revokedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PanelInvitation_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RubricVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "panelId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "criteria" JSONB NOT NULL,
    "frozenAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RubricVersion_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConflictDeclaration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "panelId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConflictDeclaration_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ConflictDeclaration_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewAssignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "panelId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReviewAssignment_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewAssignment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "panelId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "rubricVersionId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "scores" JSONB,
    "comments" JSONB,
    "overallComment" TEXT,
    "recommendation" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" DATETIME,
    "reopenedAt" DATETIME,
    "reopenedById" TEXT,
    "excludedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Review_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Review_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Review_rubricVersionId_fkey" FOREIGN KEY ("rubricVersionId") REFERENCES "RubricVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Panel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "reviewsNeeded" INTEGER NOT NULL DEFAULT 3,
    "communityReviewerRequired" BOOLEAN NOT NULL DEFAULT false,
    "blindReview" BOOLEAN NOT NULL DEFAULT false,
    "reviewDeadline" DATETIME,
    "disagreementThreshold" INTEGER NOT NULL DEFAULT 40,
    "communityRanking" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Panel_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Panel" ("createdAt", "id", "name", "roundId", "updatedAt") SELECT "createdAt", "id", "name", "roundId", "updatedAt" FROM "Panel";
DROP TABLE "Panel";
ALTER TABLE "new_Panel" RENAME TO "Panel";
CREATE INDEX "Panel_roundId_idx" ON "Panel"("roundId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PanelPot_potId_idx" ON "PanelPot"("potId");

-- CreateIndex
CREATE UNIQUE INDEX "PanelInvitation_tokenHash_key" ON "PanelInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "PanelInvitation_panelId_email_idx" ON "PanelInvitation"("panelId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "RubricVersion_panelId_version_key" ON "RubricVersion"("panelId", "version");

-- CreateIndex
CREATE INDEX "ConflictDeclaration_applicationId_idx" ON "ConflictDeclaration"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "ConflictDeclaration_panelId_userId_applicationId_key" ON "ConflictDeclaration"("panelId", "userId", "applicationId");

-- CreateIndex
CREATE INDEX "ReviewAssignment_panelId_userId_idx" ON "ReviewAssignment"("panelId", "userId");

-- CreateIndex
CREATE INDEX "ReviewAssignment_applicationId_idx" ON "ReviewAssignment"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewAssignment_panelId_applicationId_userId_key" ON "ReviewAssignment"("panelId", "applicationId", "userId");

-- CreateIndex
CREATE INDEX "Review_applicationId_idx" ON "Review"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Review_panelId_applicationId_userId_key" ON "Review"("panelId", "applicationId", "userId");
