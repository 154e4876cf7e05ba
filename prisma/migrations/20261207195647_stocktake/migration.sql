-- CreateTable
CREATE TABLE "Stocktake" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "location" TEXT NOT NULL,
    "openLocation" TEXT,
    "startedBy" INTEGER,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "report" TEXT NOT NULL DEFAULT '{}'
);

-- CreateTable
CREATE TABLE "StocktakeScan" (
    "stocktakeId" INTEGER NOT NULL,
    "copyId" INTEGER NOT NULL,
    "scannedBy" INTEGER,
    "scannedAt" DATETIME NOT NULL,

    PRIMARY KEY ("stocktakeId", "copyId"),
    CONSTRAINT "StocktakeScan_stocktakeId_fkey" FOREIGN KEY ("stocktakeId") REFERENCES "Stocktake" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StocktakeScan_copyId_fkey" FOREIGN KEY ("copyId") REFERENCES "Copy" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Stocktake_openLocation_key" ON "Stocktake"("openLocation");

-- CreateIndex
CREATE INDEX "Stocktake_finishedAt_idx" ON "Stocktake"("finishedAt");

-- CreateIndex
CREATE INDEX "StocktakeScan_copyId_idx" ON "StocktakeScan"("copyId");

