-- CreateTable
CREATE TABLE "Stocktake" (
    "id" SERIAL NOT NULL,
    "location" TEXT NOT NULL,
    "openLocation" TEXT,
    "startedBy" INTEGER,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "report" TEXT NOT NULL DEFAULT '{}',

    CONSTRAINT "Stocktake_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StocktakeScan" (
    "stocktakeId" INTEGER NOT NULL,
    "copyId" INTEGER NOT NULL,
    "scannedBy" INTEGER,
    "scannedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StocktakeScan_pkey" PRIMARY KEY ("stocktakeId","copyId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Stocktake_openLocation_key" ON "Stocktake"("openLocation");

-- CreateIndex
CREATE INDEX "Stocktake_finishedAt_idx" ON "Stocktake"("finishedAt");

-- CreateIndex
CREATE INDEX "StocktakeScan_copyId_idx" ON "StocktakeScan"("copyId");

-- AddForeignKey
ALTER TABLE "StocktakeScan" ADD CONSTRAINT "StocktakeScan_stocktakeId_fkey" FOREIGN KEY ("stocktakeId") REFERENCES "Stocktake"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StocktakeScan" ADD CONSTRAINT "StocktakeScan_copyId_fkey" FOREIGN KEY ("copyId") REFERENCES "Copy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

