-- CreateTable
CREATE TABLE "OrganizationRevision" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "data" JSONB NOT NULL,
    "state" "ReviewState" NOT NULL DEFAULT 'DRAFT',
    "authorId" UUID,
    "reviewerId" UUID,
    "reviewComment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "baseUpdatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganizationRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrganizationRevision_organizationId_state_idx" ON "OrganizationRevision"("organizationId", "state");

-- CreateIndex
CREATE INDEX "OrganizationRevision_state_idx" ON "OrganizationRevision"("state");

-- AddForeignKey
ALTER TABLE "OrganizationRevision" ADD CONSTRAINT "OrganizationRevision_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationRevision" ADD CONSTRAINT "OrganizationRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationRevision" ADD CONSTRAINT "OrganizationRevision_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

