-- CreateEnum
CREATE TYPE "MikroprojektStatus" AS ENUM ('APPLIED', 'APPROVED', 'SETTLED', 'REJECTED');

-- AlterTable
ALTER TABLE "Measure" ADD COLUMN     "plannedCents" INTEGER,
ADD COLUMN     "spentCents" INTEGER;

-- AlterTable
-- (edited by hand: keep existing amounts, whole euros become cents)
ALTER TABLE "Mikroprojekt" ADD COLUMN     "amountCents" INTEGER,
ADD COLUMN     "date" DATE,
ADD COLUMN     "status" "MikroprojektStatus" NOT NULL DEFAULT 'APPLIED';
UPDATE "Mikroprojekt" SET "amountCents" = "amountEur" * 100;
ALTER TABLE "Mikroprojekt" ALTER COLUMN "amountCents" SET NOT NULL, DROP COLUMN "amountEur";

-- AlterTable
ALTER TABLE "PlanningPeriod" ADD COLUMN     "capCents" INTEGER,
ADD COLUMN     "landSharePercent" INTEGER NOT NULL DEFAULT 70,
ADD COLUMN     "lszStage" INTEGER;

-- CreateTable
CREATE TABLE "MikroprojektBudget" (
    "year" INTEGER NOT NULL,
    "budgetCents" INTEGER NOT NULL,

    CONSTRAINT "MikroprojektBudget_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "FundingChange" (
    "id" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" UUID,
    "periodId" UUID NOT NULL,
    "subject" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "oldValue" TEXT,
    "newValue" TEXT,

    CONSTRAINT "FundingChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FundingChange_periodId_at_idx" ON "FundingChange"("periodId", "at");

-- AddForeignKey
ALTER TABLE "FundingChange" ADD CONSTRAINT "FundingChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

