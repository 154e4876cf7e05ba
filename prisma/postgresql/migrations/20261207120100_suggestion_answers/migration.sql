-- AlterTable
ALTER TABLE "Suggestion" ADD COLUMN     "answer" TEXT,
ADD COLUMN     "answeredAt" TIMESTAMP(3),
ADD COLUMN     "answeredBy" INTEGER,
ADD COLUMN     "arrivedTitleId" INTEGER,
ADD COLUMN     "reply" TEXT;

-- CreateIndex
CREATE INDEX "Suggestion_kind_status_idx" ON "Suggestion"("kind", "status");

