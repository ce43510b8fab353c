-- CreateEnum
CREATE TYPE "ServiceStatus" AS ENUM ('active', 'inactive', 'defunct', 'temporarily_closed');

-- CreateEnum
CREATE TYPE "AddressVisibility" AS ENUM ('PUBLIC', 'HIDDEN', 'NONE');

-- CreateEnum
CREATE TYPE "ServiceAreaScope" AS ENUM ('CITY', 'PLANNING_AREAS', 'OUTREACH', 'REGION');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('IN_PERSON', 'PHONE', 'ONLINE', 'OUTREACH');

-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "Weekday" AS ENUM ('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');

-- CreateEnum
CREATE TYPE "PublicationSource" AS ENUM ('SEED', 'IMPORT', 'APPROVAL', 'REVIEWER_EDIT', 'RESTORE');

-- CreateEnum
CREATE TYPE "MeasureStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'IMPLEMENTED', 'ONGOING', 'DELAYED', 'DISCONTINUED');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('PROVIDER', 'NETWORK_PARTNER', 'REVIEWER', 'ADMIN');

-- CreateEnum
CREATE TYPE "ErrorReportStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'DISMISSED');

-- CreateTable
CREATE TABLE "Taxonomy" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "uri" TEXT,
    "version" TEXT,

    CONSTRAINT "Taxonomy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaxonomyTerm" (
    "id" UUID NOT NULL,
    "taxonomyId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "labels" JSONB NOT NULL DEFAULT '{}',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "parentId" UUID,

    CONSTRAINT "TaxonomyTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LifePhaseTarget" (
    "termId" UUID NOT NULL,
    "ageFrom" INTEGER NOT NULL,
    "ageTo" INTEGER,
    "note" TEXT,

    CONSTRAINT "LifePhaseTarget_pkey" PRIMARY KEY ("termId")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "alternateName" TEXT,
    "description" TEXT,
    "email" TEXT,
    "website" TEXT,
    "legalStatus" TEXT,
    "providerType" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Service" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "alternateName" TEXT,
    "description" TEXT NOT NULL,
    "url" TEXT,
    "email" TEXT,
    "status" "ServiceStatus" NOT NULL DEFAULT 'active',
    "feesDescription" TEXT,
    "free" BOOLEAN,
    "languages" TEXT[],
    "eligibilityDescription" TEXT,
    "applicationProcess" TEXT,
    "requiredDocuments" TEXT[],
    "appointmentRequired" BOOLEAN NOT NULL DEFAULT false,
    "byArrangement" BOOLEAN NOT NULL DEFAULT false,
    "lastVerifiedAt" DATE,
    "addressVisibility" "AddressVisibility" NOT NULL DEFAULT 'PUBLIC',
    "serviceAreaScope" "ServiceAreaScope" NOT NULL DEFAULT 'CITY',
    "serviceAreaNote" TEXT,
    "anonymousPossible" BOOLEAN NOT NULL DEFAULT false,
    "channels" "Channel"[],
    "interpreterAvailable" BOOLEAN,
    "homeVisits" BOOLEAN,
    "version" INTEGER NOT NULL DEFAULT 0,
    "publishedAt" TIMESTAMP(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceTerm" (
    "serviceId" UUID NOT NULL,
    "termId" UUID NOT NULL,

    CONSTRAINT "ServiceTerm_pkey" PRIMARY KEY ("serviceId","termId")
);

-- CreateTable
CREATE TABLE "ServicePlanning" (
    "serviceId" UUID NOT NULL,
    "staffFte" DECIMAL(6,2),
    "places" INTEGER,
    "waitingTimeWeeks" INTEGER,
    "acceptingNewClients" BOOLEAN,
    "legalBasis" TEXT,
    "lszFundingArea" TEXT,
    "lszFundingStage" INTEGER,
    "fundingAmountEur" INTEGER,
    "professionalContact" TEXT,
    "intakeCriteria" TEXT,

    CONSTRAINT "ServicePlanning_pkey" PRIMARY KEY ("serviceId")
);

-- CreateTable
CREATE TABLE "ServiceTranslation" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "eligibilityDescription" TEXT,
    "feesDescription" TEXT,
    "applicationProcess" TEXT,
    "reviewState" "ReviewState" NOT NULL DEFAULT 'DRAFT',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Location" (
    "id" UUID NOT NULL,
    "organizationId" UUID,
    "name" TEXT,
    "description" TEXT,
    "street" TEXT,
    "postalCode" TEXT,
    "city" TEXT,
    "region" TEXT,
    "country" TEXT NOT NULL DEFAULT 'DE',
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "planningAreaId" UUID,
    "stepFree" BOOLEAN,
    "accessibleToilet" BOOLEAN,
    "hearingLoop" BOOLEAN,
    "accessibilityNote" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceAtLocation" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "description" TEXT,

    CONSTRAINT "ServiceAtLocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Schedule" (
    "id" UUID NOT NULL,
    "serviceId" UUID,
    "locationId" UUID,
    "weekday" "Weekday" NOT NULL,
    "opensAt" TEXT NOT NULL,
    "closesAt" TEXT NOT NULL,
    "description" TEXT,
    "validFrom" DATE,
    "validTo" DATE,

    CONSTRAINT "Schedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Phone" (
    "id" UUID NOT NULL,
    "serviceId" UUID,
    "organizationId" UUID,
    "locationId" UUID,
    "contactId" UUID,
    "number" TEXT NOT NULL,
    "extension" TEXT,
    "type" TEXT DEFAULT 'voice',
    "description" TEXT,

    CONSTRAINT "Phone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" UUID NOT NULL,
    "serviceId" UUID,
    "organizationId" UUID,
    "name" TEXT,
    "title" TEXT,
    "department" TEXT,
    "email" TEXT,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceRevision" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "baseVersion" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "state" "ReviewState" NOT NULL DEFAULT 'DRAFT',
    "authorId" UUID,
    "reviewerId" UUID,
    "reviewComment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "ServiceRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceVersion" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "source" "PublicationSource" NOT NULL,
    "actorId" UUID,
    "revisionId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEvent" (
    "id" BIGSERIAL NOT NULL,
    "serviceId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,

    CONSTRAINT "OutboxEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanningArea" (
    "id" UUID NOT NULL,
    "termId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "centerLat" DOUBLE PRECISION NOT NULL,
    "centerLon" DOUBLE PRECISION NOT NULL,
    "polygon" JSONB,
    "isDemo" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "PlanningArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanningAreaStreet" (
    "id" UUID NOT NULL,
    "planningAreaId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,

    CONSTRAINT "PlanningAreaStreet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceAreaPlanningArea" (
    "serviceId" UUID NOT NULL,
    "planningAreaId" UUID NOT NULL,

    CONSTRAINT "ServiceAreaPlanningArea_pkey" PRIMARY KEY ("serviceId","planningAreaId")
);

-- CreateTable
CREATE TABLE "PopulationFigure" (
    "id" UUID NOT NULL,
    "planningAreaId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "ageFrom" INTEGER NOT NULL,
    "ageTo" INTEGER,
    "count" INTEGER NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT true,
    "source" TEXT,

    CONSTRAINT "PopulationFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT,
    "description" TEXT,
    "source" TEXT,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "planningAreaId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DECIMAL(12,3) NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanningPeriod" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "adoptedOn" DATE,
    "source" TEXT,

    CONSTRAINT "PlanningPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" UUID NOT NULL,
    "periodId" UUID NOT NULL,
    "handlungsfeldId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubGoal" (
    "id" UUID NOT NULL,
    "goalId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SubGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" UUID NOT NULL,
    "periodId" UUID NOT NULL,
    "handlungsfeldId" UUID NOT NULL,
    "subGoalId" UUID,
    "code" TEXT,
    "title" TEXT NOT NULL,
    "timeframe" TEXT,
    "status" "MeasureStatus" NOT NULL DEFAULT 'PLANNED',
    "evidence" TEXT,
    "responsibleBody" TEXT,
    "funding" TEXT,
    "sources" TEXT[],
    "isDemo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureIndicator" (
    "id" UUID NOT NULL,
    "measureId" UUID NOT NULL,
    "statement" TEXT NOT NULL,
    "fulfilled" BOOLEAN,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MeasureIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceMeasure" (
    "serviceId" UUID NOT NULL,
    "measureId" UUID NOT NULL,
    "note" TEXT,

    CONSTRAINT "ServiceMeasure_pkey" PRIMARY KEY ("serviceId","measureId")
);

-- CreateTable
CREATE TABLE "Mikroprojekt" (
    "id" UUID NOT NULL,
    "periodId" UUID,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "handlungsfeldId" UUID NOT NULL,
    "recipient" TEXT,
    "amountEur" INTEGER NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Mikroprojekt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "passwordHash" TEXT,
    "role" "UserRole" NOT NULL DEFAULT 'PROVIDER',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "userId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("userId","organizationId")
);

-- CreateTable
CREATE TABLE "ErrorReport" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "message" TEXT NOT NULL,
    "replyEmail" TEXT,
    "status" "ErrorReportStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "ErrorReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoResultSearch" (
    "id" UUID NOT NULL,
    "query" TEXT NOT NULL,
    "filters" JSONB NOT NULL DEFAULT '{}',
    "locale" TEXT NOT NULL DEFAULT 'de',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoResultSearch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Taxonomy_key_key" ON "Taxonomy"("key");

-- CreateIndex
CREATE UNIQUE INDEX "TaxonomyTerm_taxonomyId_code_key" ON "TaxonomyTerm"("taxonomyId", "code");

-- CreateIndex
CREATE INDEX "Service_organizationId_idx" ON "Service"("organizationId");

-- CreateIndex
CREATE INDEX "ServiceTerm_termId_idx" ON "ServiceTerm"("termId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceTranslation_serviceId_locale_key" ON "ServiceTranslation"("serviceId", "locale");

-- CreateIndex
CREATE INDEX "ServiceAtLocation_locationId_idx" ON "ServiceAtLocation"("locationId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceAtLocation_serviceId_locationId_key" ON "ServiceAtLocation"("serviceId", "locationId");

-- CreateIndex
CREATE INDEX "ServiceRevision_serviceId_state_idx" ON "ServiceRevision"("serviceId", "state");

-- CreateIndex
CREATE INDEX "ServiceRevision_state_idx" ON "ServiceRevision"("state");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceVersion_serviceId_version_key" ON "ServiceVersion"("serviceId", "version");

-- CreateIndex
CREATE INDEX "OutboxEvent_processedAt_nextAttemptAt_idx" ON "OutboxEvent"("processedAt", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "PlanningArea_termId_key" ON "PlanningArea"("termId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanningArea_code_key" ON "PlanningArea"("code");

-- CreateIndex
CREATE UNIQUE INDEX "PlanningAreaStreet_name_key" ON "PlanningAreaStreet"("name");

-- CreateIndex
CREATE UNIQUE INDEX "PopulationFigure_planningAreaId_year_ageFrom_key" ON "PopulationFigure"("planningAreaId", "year", "ageFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_key_key" ON "Indicator"("key");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorValue_indicatorId_planningAreaId_year_key" ON "IndicatorValue"("indicatorId", "planningAreaId", "year");

-- CreateIndex
CREATE INDEX "ServiceMeasure_measureId_idx" ON "ServiceMeasure"("measureId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "ErrorReport_serviceId_status_idx" ON "ErrorReport"("serviceId", "status");

-- CreateIndex
CREATE INDEX "NoResultSearch_createdAt_idx" ON "NoResultSearch"("createdAt");

-- AddForeignKey
ALTER TABLE "TaxonomyTerm" ADD CONSTRAINT "TaxonomyTerm_taxonomyId_fkey" FOREIGN KEY ("taxonomyId") REFERENCES "Taxonomy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaxonomyTerm" ADD CONSTRAINT "TaxonomyTerm_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "TaxonomyTerm"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LifePhaseTarget" ADD CONSTRAINT "LifePhaseTarget_termId_fkey" FOREIGN KEY ("termId") REFERENCES "TaxonomyTerm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceTerm" ADD CONSTRAINT "ServiceTerm_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceTerm" ADD CONSTRAINT "ServiceTerm_termId_fkey" FOREIGN KEY ("termId") REFERENCES "TaxonomyTerm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServicePlanning" ADD CONSTRAINT "ServicePlanning_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceTranslation" ADD CONSTRAINT "ServiceTranslation_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_planningAreaId_fkey" FOREIGN KEY ("planningAreaId") REFERENCES "PlanningArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAtLocation" ADD CONSTRAINT "ServiceAtLocation_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAtLocation" ADD CONSTRAINT "ServiceAtLocation_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phone" ADD CONSTRAINT "Phone_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phone" ADD CONSTRAINT "Phone_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phone" ADD CONSTRAINT "Phone_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phone" ADD CONSTRAINT "Phone_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRevision" ADD CONSTRAINT "ServiceRevision_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRevision" ADD CONSTRAINT "ServiceRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRevision" ADD CONSTRAINT "ServiceRevision_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceVersion" ADD CONSTRAINT "ServiceVersion_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceVersion" ADD CONSTRAINT "ServiceVersion_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanningArea" ADD CONSTRAINT "PlanningArea_termId_fkey" FOREIGN KEY ("termId") REFERENCES "TaxonomyTerm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanningAreaStreet" ADD CONSTRAINT "PlanningAreaStreet_planningAreaId_fkey" FOREIGN KEY ("planningAreaId") REFERENCES "PlanningArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAreaPlanningArea" ADD CONSTRAINT "ServiceAreaPlanningArea_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAreaPlanningArea" ADD CONSTRAINT "ServiceAreaPlanningArea_planningAreaId_fkey" FOREIGN KEY ("planningAreaId") REFERENCES "PlanningArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PopulationFigure" ADD CONSTRAINT "PopulationFigure_planningAreaId_fkey" FOREIGN KEY ("planningAreaId") REFERENCES "PlanningArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_planningAreaId_fkey" FOREIGN KEY ("planningAreaId") REFERENCES "PlanningArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "PlanningPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_handlungsfeldId_fkey" FOREIGN KEY ("handlungsfeldId") REFERENCES "TaxonomyTerm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubGoal" ADD CONSTRAINT "SubGoal_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "PlanningPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_handlungsfeldId_fkey" FOREIGN KEY ("handlungsfeldId") REFERENCES "TaxonomyTerm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_subGoalId_fkey" FOREIGN KEY ("subGoalId") REFERENCES "SubGoal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureIndicator" ADD CONSTRAINT "MeasureIndicator_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceMeasure" ADD CONSTRAINT "ServiceMeasure_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceMeasure" ADD CONSTRAINT "ServiceMeasure_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mikroprojekt" ADD CONSTRAINT "Mikroprojekt_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "PlanningPeriod"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mikroprojekt" ADD CONSTRAINT "Mikroprojekt_handlungsfeldId_fkey" FOREIGN KEY ("handlungsfeldId") REFERENCES "TaxonomyTerm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ErrorReport" ADD CONSTRAINT "ErrorReport_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

