-- CreateTable
CREATE TABLE "ClassVisit" (
    "id" SERIAL NOT NULL,
    "classId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "on" TEXT NOT NULL,
    "recordedBy" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassVisit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClassVisit_on_idx" ON "ClassVisit"("on");

-- CreateIndex
CREATE UNIQUE INDEX "ClassVisit_classId_kind_on_key" ON "ClassVisit"("classId", "kind", "on");

-- AddForeignKey
ALTER TABLE "ClassVisit" ADD CONSTRAINT "ClassVisit_classId_fkey" FOREIGN KEY ("classId") REFERENCES "SchoolClass"("id") ON DELETE CASCADE ON UPDATE CASCADE;

