-- CreateEnum
CREATE TYPE "SynonymKind" AS ENUM ('EQUIVALENT', 'ONE_WAY');

-- CreateTable
CREATE TABLE "SynonymGroup" (
    "id" UUID NOT NULL,
    "seedKey" TEXT,
    "kind" "SynonymKind" NOT NULL,
    "words" TEXT[],
    "targets" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "note" TEXT,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SynonymGroup_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SynonymGroup_seedKey_key" ON "SynonymGroup"("seedKey");

