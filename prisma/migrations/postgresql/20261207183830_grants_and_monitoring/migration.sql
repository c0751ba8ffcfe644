-- CreateEnum
CREATE TYPE "GrantStatus" AS ENUM ('OFFERED', 'ACTIVE', 'COMPLETED', 'ENDED_EARLY', 'REVOKED');

-- CreateEnum
CREATE TYPE "GrantChangeKind" AS ENUM ('ACCEPTED', 'VARIED', 'ENDED_EARLY', 'REVOKED', 'COMPLETED');

-- CreateEnum
CREATE TYPE "CheckInKind" AS ENUM ('CHECK_IN', 'CONVERSATION');

-- CreateEnum
CREATE TYPE "ShareConsent" AS ENUM ('FUNDER_ONLY', 'FUNDER_REPORTS', 'PUBLIC');

-- AlterTable
ALTER TABLE "Funder" ADD COLUMN     "grantIdPrefix" TEXT,
ADD COLUMN     "orgIdentifier" TEXT;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "publishLeadership" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "checkInPlan" JSONB,
ADD COLUMN     "lightNumbers" JSONB,
ADD COLUMN     "mscEnabled" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "StoredFile" ADD COLUMN     "caption" TEXT,
ADD COLUMN     "checkInId" TEXT,
ADD COLUMN     "consent" "ShareConsent";

-- CreateTable
CREATE TABLE "GrantConditions" (
    "id" TEXT NOT NULL,
    "schemeId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "text" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GrantConditions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Grant" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "funderId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "status" "GrantStatus" NOT NULL DEFAULT 'OFFERED',
    "startsOn" TIMESTAMP(3) NOT NULL,
    "endsOn" TIMESTAMP(3) NOT NULL,
    "conditionsId" TEXT,
    "acceptedAt" TIMESTAMP(3),
    "acceptedById" TEXT,
    "acceptedLocale" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Grant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrantTranche" (
    "id" TEXT NOT NULL,
    "grantId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "dueOn" TIMESTAMP(3) NOT NULL,
    "paymentId" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GrantTranche_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrantChange" (
    "id" TEXT NOT NULL,
    "grantId" TEXT NOT NULL,
    "kind" "GrantChangeKind" NOT NULL,
    "reason" TEXT,
    "detail" JSONB,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GrantChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "grantId" TEXT NOT NULL,
    "kind" "CheckInKind" NOT NULL DEFAULT 'CHECK_IN',
    "position" INTEGER NOT NULL,
    "dueOn" TIMESTAMP(3) NOT NULL,
    "answers" JSONB,
    "answerLanguage" TEXT,
    "storyConsent" "ShareConsent",
    "changeDomainId" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "loggedById" TEXT,
    "groupAddition" TEXT,
    "storyHighlightedAt" TIMESTAMP(3),
    "quoteHighlightedAt" TIMESTAMP(3),
    "reply" TEXT,
    "repliedById" TEXT,
    "repliedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL,
    "funderId" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "mergedIntoId" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInTheme" (
    "checkInId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,
    "taggedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckInTheme_pkey" PRIMARY KEY ("checkInId","themeId")
);

-- CreateTable
CREATE TABLE "ChangeDomain" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeDomain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackResponse" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "answeredOn" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeedbackResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackReceipt" (
    "roundId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    CONSTRAINT "FeedbackReceipt_pkey" PRIMARY KEY ("roundId","organisationId")
);

-- CreateTable
CREATE TABLE "MscSelection" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "changeDomainId" TEXT,
    "checkInId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "reasonLocale" TEXT NOT NULL,
    "selectedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MscSelection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GrantConditions_schemeId_version_key" ON "GrantConditions"("schemeId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Grant_applicationId_key" ON "Grant"("applicationId");

-- CreateIndex
CREATE INDEX "Grant_funderId_status_idx" ON "Grant"("funderId", "status");

-- CreateIndex
CREATE INDEX "Grant_organisationId_idx" ON "Grant"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "GrantTranche_paymentId_key" ON "GrantTranche"("paymentId");

-- CreateIndex
CREATE INDEX "GrantTranche_grantId_position_idx" ON "GrantTranche"("grantId", "position");

-- CreateIndex
CREATE INDEX "GrantChange_grantId_createdAt_idx" ON "GrantChange"("grantId", "createdAt");

-- CreateIndex
CREATE INDEX "CheckIn_grantId_position_idx" ON "CheckIn"("grantId", "position");

-- CreateIndex
CREATE INDEX "CheckIn_dueOn_submittedAt_idx" ON "CheckIn"("dueOn", "submittedAt");

-- CreateIndex
CREATE INDEX "Theme_funderId_idx" ON "Theme"("funderId");

-- CreateIndex
CREATE INDEX "CheckInTheme_themeId_idx" ON "CheckInTheme"("themeId");

-- CreateIndex
CREATE INDEX "ChangeDomain_roundId_idx" ON "ChangeDomain"("roundId");

-- CreateIndex
CREATE INDEX "FeedbackResponse_roundId_idx" ON "FeedbackResponse"("roundId");

-- CreateIndex
CREATE INDEX "MscSelection_checkInId_idx" ON "MscSelection"("checkInId");

-- CreateIndex
CREATE UNIQUE INDEX "MscSelection_roundId_changeDomainId_checkInId_key" ON "MscSelection"("roundId", "changeDomainId", "checkInId");

-- CreateIndex
CREATE INDEX "StoredFile_checkInId_idx" ON "StoredFile"("checkInId");

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantConditions" ADD CONSTRAINT "GrantConditions_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_conditionsId_fkey" FOREIGN KEY ("conditionsId") REFERENCES "GrantConditions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantTranche" ADD CONSTRAINT "GrantTranche_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantTranche" ADD CONSTRAINT "GrantTranche_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantChange" ADD CONSTRAINT "GrantChange_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_changeDomainId_fkey" FOREIGN KEY ("changeDomainId") REFERENCES "ChangeDomain"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Theme" ADD CONSTRAINT "Theme_funderId_fkey" FOREIGN KEY ("funderId") REFERENCES "Funder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInTheme" ADD CONSTRAINT "CheckInTheme_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInTheme" ADD CONSTRAINT "CheckInTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeDomain" ADD CONSTRAINT "ChangeDomain_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackResponse" ADD CONSTRAINT "FeedbackResponse_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;
