-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "personalDataRemovedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Funder" ADD COLUMN     "currency" TEXT NOT NULL DEFAULT 'GBP',
ADD COLUMN     "deactivatedAt" TIMESTAMP(3),
ADD COLUMN     "defaultLocale" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "requireTwoFactor" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'Europe/London';

-- AlterTable
ALTER TABLE "Scheme" ADD COLUMN     "retentionMonths" INTEGER NOT NULL DEFAULT 24;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "awaitingSecondFactor" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "erasedAt" TIMESTAMP(3),
ADD COLUMN     "totpEnabledAt" TIMESTAMP(3),
ADD COLUMN     "totpSecret" TEXT;

-- AlterTable
ALTER TABLE "WorkingGroupMember" ADD COLUMN     "revokedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RecoveryCode" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecoveryCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrustedDevice" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userAgent" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrustedDevice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FunderInvitation" (
    "id" TEXT NOT NULL,
    "funderId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "FunderRole" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "locale" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FunderInvitation_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "RecoveryCode" ADD CONSTRAINT "RecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustedDevice" ADD CONSTRAINT "TrustedDevice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FunderInvitation" ADD CONSTRAINT "FunderInvitation_funderId_fkey" FOREIGN KEY ("funderId") REFERENCES "Funder"("id") ON DELETE CASCADE ON UPDATE CASCADE;
