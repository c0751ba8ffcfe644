-- CreateEnum
CREATE TYPE "ConflictKind" AS ENUM ('EMPLOYED_BY', 'TRUSTEE', 'FAMILY', 'COLLABORATION', 'OTHER');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "Recommendation" AS ENUM ('FUND', 'MAYBE', 'DO_NOT_FUND');

-- AlterTable
ALTER TABLE "Panel" ADD COLUMN     "blindReview" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "communityRanking" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "communityReviewerRequired" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "disagreementThreshold" INTEGER NOT NULL DEFAULT 40,
ADD COLUMN     "reviewDeadline" TIMESTAMP(3),
ADD COLUMN     "reviewsNeeded" INTEGER NOT NULL DEFAULT 3;

-- AlterTable
ALTER TABLE "PanelMember" ADD COLUMN     "conflictsCheckedAt" TIMESTAMP(3),
ADD COLUMN     "removedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "PanelPot" (
    "panelId" TEXT NOT NULL,
    "potId" TEXT NOT NULL,

    CONSTRAINT "PanelPot_pkey" PRIMARY KEY ("panelId","potId")
);

-- CreateTable
CREATE TABLE "PanelInvitation" (
    "id" TEXT NOT NULL,
    "panelId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "PanelRole" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "locale" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PanelInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RubricVersion" (
    "id" TEXT NOT NULL,
    "panelId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "criteria" JSONB NOT NULL,
    "frozenAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RubricVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConflictDeclaration" (
    "id" TEXT NOT NULL,
    "panelId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "kind" "ConflictKind" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConflictDeclaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewAssignment" (
    "id" TEXT NOT NULL,
    "panelId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "panelId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "rubricVersionId" TEXT NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'DRAFT',
    "scores" JSONB,
    "comments" JSONB,
    "overallComment" TEXT,
    "recommendation" "Recommendation",
    "revision" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3),
    "reopenedAt" TIMESTAMP(3),
    "reopenedById" TEXT,
    "excludedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "PanelPot" ADD CONSTRAINT "PanelPot_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelPot" ADD CONSTRAINT "PanelPot_potId_fkey" FOREIGN KEY ("potId") REFERENCES "Pot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelInvitation" ADD CONSTRAINT "PanelInvitation_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RubricVersion" ADD CONSTRAINT "RubricVersion_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDeclaration" ADD CONSTRAINT "ConflictDeclaration_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDeclaration" ADD CONSTRAINT "ConflictDeclaration_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAssignment" ADD CONSTRAINT "ReviewAssignment_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAssignment" ADD CONSTRAINT "ReviewAssignment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_rubricVersionId_fkey" FOREIGN KEY ("rubricVersionId") REFERENCES "RubricVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
