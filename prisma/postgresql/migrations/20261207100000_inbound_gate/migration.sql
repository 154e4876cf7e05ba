-- DropTable
DROP TABLE "ProcessedUpdate";

-- CreateTable
CREATE TABLE "InboundUpdate" (
    "id" SERIAL NOT NULL,
    "platform" TEXT NOT NULL,
    "updateId" TEXT NOT NULL,
    "chatKey" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "owner" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "replies" TEXT,
    "sentCount" INTEGER NOT NULL DEFAULT 0,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "InboundUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EffectReceipt" (
    "updateRef" INTEGER NOT NULL,
    "op" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "result" TEXT NOT NULL,

    CONSTRAINT "EffectReceipt_pkey" PRIMARY KEY ("updateRef","op","seq")
);

-- CreateIndex
CREATE INDEX "InboundUpdate_chatKey_status_idx" ON "InboundUpdate"("chatKey", "status");

-- CreateIndex
CREATE INDEX "InboundUpdate_status_leaseUntil_idx" ON "InboundUpdate"("status", "leaseUntil");

-- CreateIndex
CREATE INDEX "InboundUpdate_doneAt_idx" ON "InboundUpdate"("doneAt");

-- CreateIndex
CREATE UNIQUE INDEX "InboundUpdate_platform_updateId_key" ON "InboundUpdate"("platform", "updateId");

