-- AlterTable
ALTER TABLE "Hold" ADD COLUMN     "toldPosition" INTEGER;

