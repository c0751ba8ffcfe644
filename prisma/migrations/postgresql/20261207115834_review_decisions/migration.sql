-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('AWARD', 'DECLINE', 'WAITLIST');

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "ineligibleNote" TEXT,
ADD COLUMN     "ineligibleReason" TEXT,
ADD COLUMN     "screenedAt" TIMESTAMP(3),
ADD COLUMN     "screenedById" TEXT;

-- AlterTable
ALTER TABLE "Funder" ADD COLUMN     "recordingRetentionDays" INTEGER NOT NULL DEFAULT 90;

-- AlterTable
ALTER TABLE "StoredFile" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "summary" TEXT,
ADD COLUMN     "summaryById" TEXT;

-- CreateTable
CREATE TABLE "PanelComment" (
    "id" TEXT NOT NULL,
    "panelId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PanelComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommunityRanking" (
    "id" TEXT NOT NULL,
    "panelId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "applicationIds" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommunityRanking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "potId" TEXT NOT NULL,
    "panelId" TEXT,
    "outcome" "DecisionOutcome" NOT NULL,
    "amountMinor" INTEGER,
    "rationale" TEXT,
    "feedback" JSONB,
    "machineDrafted" JSONB,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "draftedById" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "confirmedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MachineTranslation" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "sourceLanguage" TEXT NOT NULL,
    "targetLanguage" TEXT NOT NULL,
    "translatedText" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MachineTranslation_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "PanelComment" ADD CONSTRAINT "PanelComment_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelComment" ADD CONSTRAINT "PanelComment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunityRanking" ADD CONSTRAINT "CommunityRanking_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;
