-- AlterTable
ALTER TABLE "Measure" ADD COLUMN     "continuesId" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "Measure_continuesId_key" ON "Measure"("continuesId");

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_continuesId_fkey" FOREIGN KEY ("continuesId") REFERENCES "Measure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

