-- CreateTable
CREATE TABLE "Scenario" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Scenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScenarioOffer" (
    "id" UUID NOT NULL,
    "scenarioId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "planningAreaId" UUID NOT NULL,
    "places" INTEGER,
    "staffFte" DECIMAL(6,2),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScenarioOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScenarioOfferTerm" (
    "scenarioOfferId" UUID NOT NULL,
    "termId" UUID NOT NULL,

    CONSTRAINT "ScenarioOfferTerm_pkey" PRIMARY KEY ("scenarioOfferId","termId")
);

-- CreateTable
CREATE TABLE "ScenarioRemoval" (
    "scenarioId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScenarioRemoval_pkey" PRIMARY KEY ("scenarioId","serviceId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Scenario_name_key" ON "Scenario"("name");

-- CreateIndex
CREATE INDEX "ScenarioOffer_scenarioId_idx" ON "ScenarioOffer"("scenarioId");

-- AddForeignKey
ALTER TABLE "Scenario" ADD CONSTRAINT "Scenario_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioOffer" ADD CONSTRAINT "ScenarioOffer_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioOffer" ADD CONSTRAINT "ScenarioOffer_planningAreaId_fkey" FOREIGN KEY ("planningAreaId") REFERENCES "PlanningArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioOfferTerm" ADD CONSTRAINT "ScenarioOfferTerm_scenarioOfferId_fkey" FOREIGN KEY ("scenarioOfferId") REFERENCES "ScenarioOffer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioOfferTerm" ADD CONSTRAINT "ScenarioOfferTerm_termId_fkey" FOREIGN KEY ("termId") REFERENCES "TaxonomyTerm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioRemoval" ADD CONSTRAINT "ScenarioRemoval_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioRemoval" ADD CONSTRAINT "ScenarioRemoval_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

