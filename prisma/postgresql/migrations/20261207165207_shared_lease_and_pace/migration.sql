-- CreateTable
CREATE TABLE "Lease" (
    "name" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Lease_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "PlatformPace" (
    "platform" TEXT NOT NULL,
    "nextSlotMs" BIGINT NOT NULL DEFAULT 0,
    "pausedUntilMs" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "PlatformPace_pkey" PRIMARY KEY ("platform")
);

