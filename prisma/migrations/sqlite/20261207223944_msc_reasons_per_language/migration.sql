-- AlterTable
ALTER TABLE "MscSelection" ADD COLUMN "machineDrafted" JSONB;
ALTER TABLE "MscSelection" ADD COLUMN "reasons" JSONB;
