-- AlterTable
ALTER TABLE "Application" ADD COLUMN "personalDataRemovedAt" DATETIME;

-- AlterTable
ALTER TABLE "User" ADD COLUMN "erasedAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "totpEnabledAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "totpSecret" TEXT;

-- AlterTable
ALTER TABLE "WorkingGroupMember" ADD COLUMN "revokedAt" DATETIME;

-- CreateTable
CREATE TABLE "RecoveryCode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrustedDevice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userAgent" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TrustedDevice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FunderInvitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "funderId" TEXT NOT NULL,
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
    CONSTRAINT "FunderInvitation_funderId_fkey" FOREIGN KEY ("funderId") REFERENCES "Funder" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Funder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "recordingRetentionDays" INTEGER NOT NULL DEFAULT 90,
    "defaultLocale" TEXT NOT NULL DEFAULT 'en',
    "currency" TEXT NOT NULL DEFAULT 'GBP',
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/London',
    "requireTwoFactor" BOOLEAN NOT NULL DEFAULT false,
    "deactivatedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Funder" ("createdAt", "id", "name", "recordingRetentionDays", "slug", "updatedAt") SELECT "createdAt", "id", "name", "recordingRetentionDays", "slug", "updatedAt" FROM "Funder";
DROP TABLE "Funder";
ALTER TABLE "new_Funder" RENAME TO "Funder";
CREATE UNIQUE INDEX "Funder_slug_key" ON "Funder"("slug");
CREATE TABLE "new_Scheme" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "funderId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" JSONB NOT NULL,
    "description" JSONB NOT NULL,
    "moneyUse" JSONB,
    "helpText" JSONB,
    "currency" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "retentionMonths" INTEGER NOT NULL DEFAULT 24,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Scheme_funderId_fkey" FOREIGN KEY ("funderId") REFERENCES "Funder" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Scheme" ("createdAt", "currency", "description", "funderId", "helpText", "id", "moneyUse", "published", "slug", "timeZone", "title", "updatedAt") SELECT "createdAt", "currency", "description", "funderId", "helpText", "id", "moneyUse", "published", "slug", "timeZone", "title", "updatedAt" FROM "Scheme";
DROP TABLE "Scheme";
ALTER TABLE "new_Scheme" RENAME TO "Scheme";
CREATE UNIQUE INDEX "Scheme_slug_key" ON "Scheme"("slug");
CREATE INDEX "Scheme_funderId_idx" ON "Scheme"("funderId");
CREATE TABLE "new_Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "userAgent" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "awaitingSecondFactor" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Session" ("createdAt", "expiresAt", "id", "lastSeenAt", "userAgent", "userId") SELECT "createdAt", "expiresAt", "id", "lastSeenAt", "userAgent", "userId" FROM "Session";
DROP TABLE "Session";
ALTER TABLE "new_Session" RENAME TO "Session";
CREATE INDEX "Session_userId_idx" ON "Session"("userId");
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "RecoveryCode_userId_idx" ON "RecoveryCode"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "TrustedDevice_tokenHash_key" ON "TrustedDevice"("tokenHash");

-- CreateIndex
CREATE INDEX "TrustedDevice_userId_idx" ON "TrustedDevice"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "FunderInvitation_tokenHash_key" ON "FunderInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "FunderInvitation_funderId_email_idx" ON "FunderInvitation"("funderId", "email");

-- CreateIndex
CREATE INDEX "FunderInvitation_invitedById_createdAt_idx" ON "FunderInvitation"("invitedById", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_funderId_actorId_createdAt_idx" ON "AuditEvent"("funderId", "actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_funderId_action_createdAt_idx" ON "AuditEvent"("funderId", "action", "createdAt");

-- CreateIndex
CREATE INDEX "OrganisationInvitation_invitedById_createdAt_idx" ON "OrganisationInvitation"("invitedById", "createdAt");

-- CreateIndex
CREATE INDEX "PanelInvitation_invitedById_createdAt_idx" ON "PanelInvitation"("invitedById", "createdAt");

-- CreateIndex
CREATE INDEX "WorkingGroupMember_invitedById_createdAt_idx" ON "WorkingGroupMember"("invitedById", "createdAt");
