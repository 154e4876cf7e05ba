-- AlterTable
ALTER TABLE "Suggestion" ADD COLUMN "answer" TEXT;
ALTER TABLE "Suggestion" ADD COLUMN "answeredAt" DATETIME;
ALTER TABLE "Suggestion" ADD COLUMN "answeredBy" INTEGER;
ALTER TABLE "Suggestion" ADD COLUMN "arrivedTitleId" INTEGER;
ALTER TABLE "Suggestion" ADD COLUMN "reply" TEXT;

-- CreateIndex
CREATE INDEX "Suggestion_kind_status_idx" ON "Suggestion"("kind", "status");

