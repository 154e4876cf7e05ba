-- CreateTable
CREATE TABLE "Heartbeat" (
    "service" TEXT NOT NULL PRIMARY KEY,
    "platforms" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "beatAt" DATETIME NOT NULL
);

