-- CreateEnum
CREATE TYPE "HouseholdType" AS ENUM ('SINGLE_PERSON', 'WITH_CHILDREN', 'SINGLE_PARENT', 'SENIOR_ALONE', 'TOTAL');

-- AlterTable
ALTER TABLE "IndicatorValue" ADD COLUMN     "source" TEXT;

-- CreateTable
CREATE TABLE "HouseholdFigure" (
    "id" UUID NOT NULL,
    "planningAreaId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "type" "HouseholdType" NOT NULL,
    "count" INTEGER NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT true,
    "source" TEXT,

    CONSTRAINT "HouseholdFigure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HouseholdFigure_planningAreaId_year_type_key" ON "HouseholdFigure"("planningAreaId", "year", "type");

-- AddForeignKey
ALTER TABLE "HouseholdFigure" ADD CONSTRAINT "HouseholdFigure_planningAreaId_fkey" FOREIGN KEY ("planningAreaId") REFERENCES "PlanningArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

