-- CreateTable
CREATE TABLE "IndicatorAssessment" (
    "id" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "fulfilled" BOOLEAN NOT NULL,
    "assessedOn" DATE NOT NULL,
    "note" TEXT,
    "userId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceDocument" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,

    CONSTRAINT "EvidenceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IndicatorAssessment_indicatorId_createdAt_idx" ON "IndicatorAssessment"("indicatorId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceDocument_assessmentId_key" ON "EvidenceDocument"("assessmentId");

-- AddForeignKey
ALTER TABLE "IndicatorAssessment" ADD CONSTRAINT "IndicatorAssessment_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "MeasureIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorAssessment" ADD CONSTRAINT "IndicatorAssessment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceDocument" ADD CONSTRAINT "EvidenceDocument_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "IndicatorAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

