-- AlterTable
ALTER TABLE "JobRun" ADD COLUMN     "leaseUntil" TIMESTAMP(3),
ADD COLUMN     "owner" TEXT;

