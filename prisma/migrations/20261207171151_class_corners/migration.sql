-- CreateTable
CREATE TABLE "CornerBatch" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "classId" INTEGER NOT NULL,
    "dueOn" TEXT NOT NULL,
    "createdBy" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CornerBatch_classId_fkey" FOREIGN KEY ("classId") REFERENCES "SchoolClass" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CornerLoan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "batchId" INTEGER NOT NULL,
    "copyId" INTEGER NOT NULL,
    "issuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "returnedAt" DATETIME,
    CONSTRAINT "CornerLoan_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "CornerBatch" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CornerLoan_copyId_fkey" FOREIGN KEY ("copyId") REFERENCES "Copy" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CornerBatch_classId_idx" ON "CornerBatch"("classId");

-- CreateIndex
CREATE INDEX "CornerLoan_batchId_returnedAt_idx" ON "CornerLoan"("batchId", "returnedAt");

-- CreateIndex
CREATE INDEX "CornerLoan_copyId_returnedAt_idx" ON "CornerLoan"("copyId", "returnedAt");

