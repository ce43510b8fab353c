-- CreateEnum
CREATE TYPE "PlanEntity" AS ENUM ('PERIOD', 'GOAL', 'SUB_GOAL', 'MEASURE', 'INDICATOR', 'MIKROPROJEKT', 'MIKROPROJEKT_BUDGET');

-- CreateEnum
CREATE TYPE "PlanChangeAction" AS ENUM ('CREATE', 'UPDATE', 'MOVE', 'RETIRE', 'RESTORE', 'DELETE');

-- DropForeignKey
ALTER TABLE "FundingChange" DROP CONSTRAINT "FundingChange_userId_fkey";

-- AlterTable
ALTER TABLE "Goal" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "retiredReason" TEXT;

-- AlterTable
ALTER TABLE "Measure" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "retiredReason" TEXT,
ADD COLUMN     "sortOrder" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "MeasureIndicator" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "retiredReason" TEXT;

-- AlterTable
ALTER TABLE "SubGoal" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "retiredReason" TEXT;

-- CreateTable
CREATE TABLE "PlanChange" (
    "id" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" UUID,
    "periodId" UUID,
    "entity" "PlanEntity" NOT NULL,
    "entityId" UUID,
    "action" "PlanChangeAction" NOT NULL,
    "subject" TEXT NOT NULL,
    "field" TEXT,
    "oldValue" TEXT,
    "newValue" TEXT,

    CONSTRAINT "PlanChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanChange_periodId_at_idx" ON "PlanChange"("periodId", "at");

-- CreateIndex
CREATE INDEX "PlanChange_entity_entityId_idx" ON "PlanChange"("entity", "entityId");

-- The funding history joins the plan's history: one table says who changed what when.
INSERT INTO "PlanChange" ("id", "at", "userId", "periodId", "entity", "entityId", "action", "subject", "field", "oldValue", "newValue")
SELECT f."id", f."at", f."userId",
       (SELECT p."id" FROM "PlanningPeriod" p WHERE p."id" = f."periodId"),
       CASE WHEN f."subject" = 'Planungszeitraum' THEN 'PERIOD'::"PlanEntity" ELSE 'MEASURE'::"PlanEntity" END,
       CASE WHEN f."subject" = 'Planungszeitraum' THEN (SELECT p."id" FROM "PlanningPeriod" p WHERE p."id" = f."periodId")
            ELSE (SELECT m."id" FROM "Measure" m WHERE m."periodId" = f."periodId"
                    AND f."subject" = CASE WHEN m."code" IS NULL OR m."code" = '' THEN m."title" ELSE m."code" || ' ' || m."title" END
                  ORDER BY m."id" LIMIT 1) END,
       'UPDATE'::"PlanChangeAction",
       f."subject",
       CASE f."field" WHEN 'Förderstufe' THEN 'lszStage' WHEN 'Obergrenze' THEN 'cap' WHEN 'Anteil Land' THEN 'landSharePercent'
                      WHEN 'geplant' THEN 'planned' WHEN 'ausgegeben' THEN 'spent' ELSE f."field" END,
       f."oldValue", f."newValue"
FROM "FundingChange" f;

-- DropTable
DROP TABLE "FundingChange";

-- AddForeignKey
ALTER TABLE "PlanChange" ADD CONSTRAINT "PlanChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanChange" ADD CONSTRAINT "PlanChange_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "PlanningPeriod"("id") ON DELETE SET NULL ON UPDATE CASCADE;

