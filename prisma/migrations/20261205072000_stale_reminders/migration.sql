-- CreateTable
CREATE TABLE "StaleReminder" (
    "organizationId" UUID NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaleReminder_pkey" PRIMARY KEY ("organizationId")
);

-- AddForeignKey
ALTER TABLE "StaleReminder" ADD CONSTRAINT "StaleReminder_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
