-- AlterTable
ALTER TABLE "MscSelection" ADD COLUMN     "machineDrafted" JSONB,
ADD COLUMN     "reasons" JSONB;
