-- CreateTable
CREATE TABLE "CornerBatch" (
    "id" SERIAL NOT NULL,
    "classId" INTEGER NOT NULL,
    "dueOn" TEXT NOT NULL,
    "createdBy" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CornerBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CornerLoan" (
    "id" SERIAL NOT NULL,
    "batchId" INTEGER NOT NULL,
    "copyId" INTEGER NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "returnedAt" TIMESTAMP(3),

    CONSTRAINT "CornerLoan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CornerBatch_classId_idx" ON "CornerBatch"("classId");

-- CreateIndex
CREATE INDEX "CornerLoan_batchId_returnedAt_idx" ON "CornerLoan"("batchId", "returnedAt");

-- CreateIndex
CREATE INDEX "CornerLoan_copyId_returnedAt_idx" ON "CornerLoan"("copyId", "returnedAt");

-- AddForeignKey
ALTER TABLE "CornerBatch" ADD CONSTRAINT "CornerBatch_classId_fkey" FOREIGN KEY ("classId") REFERENCES "SchoolClass"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CornerLoan" ADD CONSTRAINT "CornerLoan_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "CornerBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CornerLoan" ADD CONSTRAINT "CornerLoan_copyId_fkey" FOREIGN KEY ("copyId") REFERENCES "Copy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

