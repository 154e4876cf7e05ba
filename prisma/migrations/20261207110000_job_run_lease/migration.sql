-- AlterTable
ALTER TABLE "JobRun" ADD COLUMN "leaseUntil" DATETIME;
ALTER TABLE "JobRun" ADD COLUMN "owner" TEXT;
