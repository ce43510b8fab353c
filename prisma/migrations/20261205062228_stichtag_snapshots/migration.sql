-- CreateEnum
CREATE TYPE "SnapshotKind" AS ENUM ('FROZEN', 'REBUILT');

-- CreateTable
CREATE TABLE "Snapshot" (
    "id" UUID NOT NULL,
    "stichtag" DATE NOT NULL,
    "label" TEXT NOT NULL,
    "kind" "SnapshotKind" NOT NULL,
    "content" JSONB NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Snapshot_stichtag_idx" ON "Snapshot"("stichtag");

-- AddForeignKey
ALTER TABLE "Snapshot" ADD CONSTRAINT "Snapshot_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

