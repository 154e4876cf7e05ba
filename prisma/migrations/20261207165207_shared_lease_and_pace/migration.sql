-- CreateTable
CREATE TABLE "Lease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "until" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PlatformPace" (
    "platform" TEXT NOT NULL PRIMARY KEY,
    "nextSlotMs" BIGINT NOT NULL DEFAULT 0,
    "pausedUntilMs" BIGINT NOT NULL DEFAULT 0
);

