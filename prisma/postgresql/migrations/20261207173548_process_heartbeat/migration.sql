-- CreateTable
CREATE TABLE "Heartbeat" (
    "service" TEXT NOT NULL,
    "platforms" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "beatAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Heartbeat_pkey" PRIMARY KEY ("service")
);

