
-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "ProcessedUpdate";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "InboundUpdate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "platform" TEXT NOT NULL,
    "updateId" TEXT NOT NULL,
    "chatKey" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "owner" TEXT,
    "leaseUntil" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "replies" TEXT,
    "sentCount" INTEGER NOT NULL DEFAULT 0,
    "receivedAt" DATETIME NOT NULL,
    "doneAt" DATETIME
);

-- CreateTable
CREATE TABLE "EffectReceipt" (
    "updateRef" INTEGER NOT NULL,
    "op" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "result" TEXT NOT NULL,

    PRIMARY KEY ("updateRef", "op", "seq")
);

-- CreateIndex
CREATE INDEX "InboundUpdate_chatKey_status_idx" ON "InboundUpdate"("chatKey", "status");

-- CreateIndex
CREATE INDEX "InboundUpdate_status_leaseUntil_idx" ON "InboundUpdate"("status", "leaseUntil");

-- CreateIndex
CREATE INDEX "InboundUpdate_doneAt_idx" ON "InboundUpdate"("doneAt");

-- CreateIndex
CREATE UNIQUE INDEX "InboundUpdate_platform_updateId_key" ON "InboundUpdate"("platform", "updateId");

