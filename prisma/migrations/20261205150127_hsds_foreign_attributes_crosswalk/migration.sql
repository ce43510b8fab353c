-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "foreignAttributes" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "HsdsCrosswalk" (
    "id" UUID NOT NULL,
    "taxonomy" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "matchKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HsdsCrosswalk_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HsdsCrosswalk_matchKey_key" ON "HsdsCrosswalk"("matchKey");

